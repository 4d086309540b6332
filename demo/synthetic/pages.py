"""Synthetic standard pages for benchmarks: thousands per language, written in bulk.

Under each language's home page, a container page (slug ``synthetic-pages``) holds the generated
pages (live, public, slugs ``synthetic-pages-<n>``). Page and StandardPage rows are inserted with
bulk queries and tree paths computed directly (treebeard's materialised path), then indexed for
search in bulk. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from modelsearch.backends import get_search_backends
from wagtail.models import Page

from home.models import HomePage, StandardPage

SLUG = "synthetic-pages"
BATCH = 500

WORDS = {
    "fr": (
        "aide commune habitants jardin internet ordinateur courses transport santé logement emploi formation "
        "association bénévoles quartier école famille enfants seniors culture sport langue intégration conseil "
        "projet budget calendrier réunion atelier information démarche service accueil numérique environnement"
    ),
    "de": (
        "Hilfe Gemeinde Einwohner Garten Internet Computer Einkäufe Verkehr Gesundheit Wohnung Arbeit Ausbildung "
        "Verein Ehrenamtliche Viertel Schule Familie Kinder Senioren Kultur Sport Sprache Integration Gemeinderat "
        "Projekt Budget Zeitplan Sitzung Workshop Information Antrag Dienst Empfang digital Umwelt"
    ),
    "lb": (
        "Hëllef Gemeng Awunner Gaart Internet Computer Akafen Transport Gesondheet Wunneng Aarbecht Formatioun "
        "Associatioun Benevollen Quartier Schoul Famill Kanner Senioren Kultur Sport Sprooch Integratioun Gemengerot "
        "Projet Budget Kalenner Reunioun Atelier Informatioun Demarche Service Empfang digital Ëmwelt"
    ),
    "en": (
        "help municipality residents garden internet computer shopping transport health housing work training "
        "association volunteers neighbourhood school family children seniors culture sport language integration "
        "council project budget schedule meeting workshop information application service welcome digital environment"
    ),
    "pt": (
        "ajuda comuna habitantes jardim internet computador compras transporte saúde habitação trabalho formação "
        "associação voluntários bairro escola família crianças idosos cultura desporto língua integração conselho "
        "projeto orçamento calendário reunião oficina informação pedido serviço acolhimento digital ambiente"
    ),
}
TITLES = {"fr": "Synthèse", "de": "Synthese", "lb": "Synthees", "en": "Synthesis", "pt": "Síntese"}


def _sentence(rng: random.Random, words: list[str], length: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(length))
    return text[:1].upper() + text[1:] + "."


def _container(home: HomePage, language: str) -> Page:
    existing = home.get_children().filter(slug=SLUG).first()
    if existing is not None:
        return existing
    page = StandardPage(title=f"{TITLES[language]} (benchmark)", slug=SLUG, locale=home.locale)
    home.add_child(instance=page)
    return page


@transaction.atomic
def synthetic_pages_generate(*, per_language: int, seed: int = 1, index: bool = True) -> int:
    """``per_language`` live standard pages under each language's "Synthetic pages" page."""
    rng = random.Random(seed)
    content_type = ContentType.objects.get_for_model(StandardPage)
    now = timezone.now()
    created = []
    for home in HomePage.objects.filter(depth=2).select_related("locale"):
        language = home.locale.language_code
        words = WORDS.get(language, WORDS["en"]).split()
        parent = _container(home, language)
        first = parent.numchild
        pages = []
        for number in range(first + 1, first + per_language + 1):
            title = f"{TITLES.get(language, 'Synthetic')} {number}: {_sentence(rng, words, 4)[:-1]}"
            slug = f"{SLUG}-{number}"
            pages.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(parent.path, parent.depth + 1, number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    locale=home.locale,
                    translation_key=uuid.uuid4(),
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        Page.objects.bulk_create(pages, batch_size=BATCH)
        ids = list(Page.objects.filter(path__in=[p.path for p in pages]).values_list("pk", flat=True))
        rows = [
            (
                pk,
                _sentence(rng, words, 18),
                json.dumps(
                    [{"type": "paragraph", "value": f"<p>{_sentence(rng, words, 60)}</p>", "id": str(uuid.uuid4())}]
                ),
                "[]",  # no easy-to-read summary
            )
            for pk in ids
        ]
        table = StandardPage._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (page_ptr_id, intro, body, easy_read) VALUES (%s, %s, %s, %s)",  # noqa: S608
                rows,
            )
        Page.objects.filter(pk=parent.pk).update(numchild=first + per_language)
        created += ids
    if index:
        for backend in get_search_backends(with_auto_update=True):
            for start in range(0, len(created), BATCH):
                chunk = created[start : start + BATCH]
                backend.add_bulk(StandardPage, list(StandardPage.objects.filter(pk__in=chunk)))
    return len(created)
