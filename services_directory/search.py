"""Read-only queries behind the public directory: the search, its sort orders, the map and the pages.

A search runs in a constant number of SQL queries whatever the number of results: the matching
services are found as (id, name, …) rows, filtered and ordered in Python, and only the services
of the page being shown are loaded with their facts. The rows of each combination of filters are
cached until the next publish, so a repeated search, or the same filters with other words, reads
no table but the full-text index, and that only for candidates whose names did not match.

Free text matches, in the visitor's language, the service's name, its organisation's name and
its categories' names (case and accents ignored, parts of words allowed), plus whatever the
Wagtail search backend finds in the indexed texts (descriptions, who it is for).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import NamedTuple
from uuid import UUID

from django.apps import apps
from django.db.models import F, QuerySet
from wagtail.models import Locale, Page

from geography.models import Commune
from geography.places import fold
from portal.caching import DIRECTORY, NAVIGATION, cached
from site_search.backends import with_fallback
from site_search.words import search_query, synonym_groups, word_alternatives

from .hours import LUXEMBOURG, Closure, WeeklyHours, WeeklySlot
from .models import DirectoryPage, Location, Organization, Schedule, Service, ServiceAtLocation, ServiceClosure
from .selectors import PUBLIC_STATUSES, all_terms, directory_services, terms_in_locale, with_page_facts

SORT_RELEVANCE = "relevance"
SORT_NAME = "name"
SORT_DISTANCE = "distance"
MAX_QUERY_LENGTH = 200
MAP_LIMIT = 500
MAX_LISTED_IDS = 500
WORD_RE = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class DirectoryQuery:
    """What a visitor asked for; empty values mean "any"."""

    text: str = ""
    category: str = ""
    commune: Commune | None = None
    language: str = ""
    open_now: bool = False
    free: bool = False
    sort: str = SORT_RELEVANCE


class Match(NamedTuple):
    """A matching service (a tuple: a search may list all 10,000)."""

    pk: int
    name: str


@dataclass
class SearchOutcome:
    """The matching services in display order; ``distances`` in km when sorted by distance."""

    matches: list[Match] = field(default_factory=list)
    distances: dict[int, float] = field(default_factory=dict)

    @property
    def ids(self) -> list[int]:
        return [match.pk for match in self.matches]

    def __len__(self) -> int:
        return len(self.matches)


def query_words(text: str) -> list[str]:
    """The words of a free-text query, without punctuation a search backend could trip on."""
    return [word for word in WORD_RE.split(text[:MAX_QUERY_LENGTH].replace("_", " ")) if word]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _candidates(locale: Locale, query: DirectoryQuery) -> QuerySet[Service]:
    services = directory_services(
        locale=locale, category=query.category or None, commune=query.commune, language=query.language or None
    ).prefetch_related(None)
    if query.free:
        services = services.filter(is_free=True)
    return services


def _candidate_rows(locale: Locale, query: DirectoryQuery, *, with_categories: bool) -> list[tuple]:
    """``_rows`` of the services matching ``query``'s filters (all but the text and "open now"),
    cached per combination of filters until content is published."""
    commune = query.commune.slug if query.commune is not None else ""
    key = (
        f"directory-candidates:{locale.pk}:{query.category}:{commune}:{query.language}:"
        f"{int(query.free)}:{int(with_categories)}"
    )

    def build() -> list[tuple]:
        # In name order (folded name, then id), which every search keeps unless it sorts otherwise.
        rows = _rows(_candidates(locale, query), with_categories=with_categories)
        return sorted(rows, key=lambda row: (row[1], row[0]))

    return cached(key, build, depends_on=[DIRECTORY])


def _text_ranks(locale: Locale, candidates, rows: list[tuple], words: list[str]) -> dict[int, tuple[bool, bool]]:
    """Rank (lowest first) of every candidate the text matches.

    ``rows`` are ``_rows``'. Services with every word in their name come first, then those with every
    word in their name, organisation and categories, then those the search index finds through their
    other texts.
    """
    term_names = folded_term_names(locale.pk)
    language = locale.language_code
    synonyms = synonym_groups()
    # Each word, or its stem or a synonym ("jardins" finds "Service jardin", "Internetcafé" "Internetstuff").
    alternatives = [word_alternatives(word, language=language, synonyms=synonyms) for word in words]

    def has_every_word(text: str) -> bool:
        return all(any(alternative in text for alternative in word) for word in alternatives)

    ranks = {}
    unmatched = []
    for pk, folded_name, _name, organisation, term_ids in rows:
        if has_every_word(folded_name):
            ranks[pk] = (False, False)
            continue
        document = " ".join([folded_name, fold(organisation), *(term_names.get(term, "") for term in term_ids)])
        if has_every_word(document):
            ranks[pk] = (True, False)
        else:
            unmatched.append(pk)
    # The search index is asked only about the candidates the names did not match, and without the
    # backend's relevance score: scoring every match takes seconds with 10,000 services on the
    # database backend; within a rank, services are shown by name.
    if unmatched:
        searchable = Service.objects.filter(pk__in=_among(candidates, unmatched)).only("pk")
        query = search_query(words, language=language, synonyms=synonyms)
        found = with_fallback(language, lambda backend: backend.search(query, searchable, order_by_relevance=False))
        for pk in _result_ids(found):
            ranks.setdefault(pk, (True, True))
    return ranks


def _result_ids(results) -> list[int]:
    """The ids of search results; the database backends give them without building a model instance each."""
    if hasattr(results, "get_queryset"):
        return list(results.get_queryset().values_list("pk", flat=True))
    return [result.pk for result in results]


def folded_term_names(locale_id: int) -> dict[int, str]:
    """Taxonomy term id → its name in the language of ``locale_id``, folded for matching; cached."""

    def build() -> dict[int, str]:
        names = terms_in_locale(locale_id)
        return {
            term.pk: fold(names[term.translation_key].name) for term in all_terms() if term.translation_key in names
        }

    return cached(f"directory-term-words:{locale_id}", build, depends_on=[DIRECTORY])


def _open_now(ids, now: datetime) -> set[int]:
    """Which of the services ``ids`` (ids or a query of ids) are open at ``now``.

    Only yesterday's and today's hours and closures can make a service open now (yesterday's for
    opening hours that run past midnight), so only those are read.
    """
    today = now.astimezone(LUXEMBOURG).date()
    yesterday = today - timedelta(days=1)
    slots: dict[int, list[WeeklySlot]] = {}
    for service_id, weekday, opens, closes in Schedule.objects.filter(
        service__in=ids, weekday__in=(yesterday.weekday(), today.weekday())
    ).values_list("service_id", "weekday", "opens_at", "closes_at"):
        slots.setdefault(service_id, []).append(WeeklySlot(weekday, opens, closes))
    closures: dict[int, list[Closure]] = {}
    for service_id, start, end in ServiceClosure.objects.filter(
        service__in=ids, end_date__gte=yesterday, start_date__lte=today
    ).values_list("service_id", "start_date", "end_date"):
        closures.setdefault(service_id, []).append(Closure(start, end))
    holidays_open = dict(Service.objects.filter(pk__in=ids).values_list("pk", "open_on_public_holidays"))
    return {
        pk
        for pk in slots
        if WeeklyHours(
            slots=tuple(slots[pk]),
            closures=tuple(closures.get(pk, ())),
            open_on_public_holidays=holidays_open.get(pk, False),
        ).is_open(now)
    }


def _among(candidates, ids: list[int]):
    """``ids`` (some of the candidates) to filter on: the list when it is short, else the query of
    ``candidates()``, which may hold more: a long list costs more to send than the query (and SQLite
    caps its length)."""
    return ids if len(ids) <= MAX_LISTED_IDS else candidates().values("pk")


def _distances(ids, commune: Commune) -> dict[int, float]:
    """Distance in km from ``commune`` to each service's nearest location, or, for a service without a
    location, to the nearest commune it serves."""
    origin = (float(commune.latitude), float(commune.longitude))
    distances: dict[int, float] = {}

    def add(service_id: int, point: tuple[float, float]) -> None:
        distance = distance_km(origin, point)
        distances[service_id] = min(distance, distances.get(service_id, distance))

    rows = ServiceAtLocation.objects.filter(service__in=ids).values_list(
        "service_id",
        "location__latitude",
        "location__longitude",
        "location__commune__latitude",
        "location__commune__longitude",
    )
    for service_id, lat, lon, commune_lat, commune_lon in rows:
        point = (lat, lon) if lat is not None and lon is not None else (commune_lat, commune_lon)
        add(service_id, (float(point[0]), float(point[1])))
    located = set(distances)
    areas = Service.service_areas.through.objects.filter(service__in=ids).values_list(
        "service_id", "commune__latitude", "commune__longitude"
    )
    for service_id, lat, lon in areas:
        if service_id not in located:
            add(service_id, (float(lat), float(lon)))
    return distances


def _rows(candidates: QuerySet[Service], *, with_categories: bool) -> list[tuple]:
    """(pk, folded name, name, organisation name, category ids) of every candidate.

    The categories come in the same query (one row per service and category) when the text needs them.
    """
    fields = ("pk", "name", "organization__name")
    if not with_categories:
        return [
            (pk, fold(name), name, organisation, ())
            for pk, name, organisation in candidates.order_by().values_list(*fields)
        ]
    rows: dict[int, tuple] = {}
    for pk, name, organisation, term_id in candidates.order_by().values_list(*fields, "categories"):
        known = rows.get(pk)
        if known is None:
            known = rows[pk] = (pk, fold(name), name, organisation, [])
        if term_id is not None:
            known[-1].append(term_id)
    return list(rows.values())


def directory_search(*, locale: Locale, query: DirectoryQuery, now: datetime) -> SearchOutcome:
    """The live public services of ``locale`` matching ``query``, in the order asked for.

    Sorted by distance from a commune, the search looks past that commune: the services for the
    commune come first, then every other match, nearest first.
    """
    if query.sort == SORT_DISTANCE and query.commune is not None:
        return _by_distance(locale=locale, query=query, now=now)
    words = query_words(query.text)
    rows, ranks = _matching_rows(locale, query, now, words)
    if query.sort == SORT_RELEVANCE and ranks is not None:
        rows = sorted(rows, key=lambda row: ranks[row[0]])  # stable: by name within a rank
    return SearchOutcome(matches=[Match(row[0], row[2]) for row in rows])


def _matching_rows(locale: Locale, query: DirectoryQuery, now: datetime, words: list[str]):
    """The ``_rows`` matching every filter of ``query`` in name order, and the text ranks (or None)."""
    rows = _candidate_rows(locale, query, with_categories=bool(words))
    candidates = partial(_candidates, locale, query)  # the query, built only if a long list needs it
    ranks = _text_ranks(locale, candidates, rows, words) if words else None
    if ranks is not None:
        rows = [row for row in rows if row[0] in ranks]
    if query.open_now:
        open_ids = _open_now(_among(candidates, [row[0] for row in rows]), now)
        rows = [row for row in rows if row[0] in open_ids]
    return rows, ranks


def _by_distance(*, locale: Locale, query: DirectoryQuery, now: datetime) -> SearchOutcome:
    words = query_words(query.text)
    # The commune's own services (all filters but the text and "open now", which ``rows`` applies).
    local = {row[0] for row in _candidate_rows(locale, query, with_categories=False)}
    everywhere = replace(query, commune=None)
    rows, _ranks = _matching_rows(locale, everywhere, now, words)
    distances = _distances(_among(partial(_candidates, locale, everywhere), [row[0] for row in rows]), query.commune)
    ordered = sorted(rows, key=lambda row: (row[0] not in local, row[0] not in distances, distances.get(row[0], 0.0)))
    return SearchOutcome(matches=[Match(row[0], row[2]) for row in ordered], distances=distances)


def nearest_elsewhere(*, locale: Locale, query: DirectoryQuery, now: datetime, limit: int) -> SearchOutcome:
    """When nothing matches ``query`` in its commune: up to ``limit`` services matching the other
    filters in other communes, nearest first, with their distances."""
    if query.commune is None:
        return SearchOutcome()
    outcome = directory_search(locale=locale, query=replace(query, sort=SORT_DISTANCE), now=now)
    matches = [match for match in outcome.matches if match.pk in outcome.distances][:limit]
    return SearchOutcome(matches=matches, distances={match.pk: outcome.distances[match.pk] for match in matches})


def locations_in_locale(services: list[Service], locale: Locale) -> dict[UUID, Location]:
    """The translated texts of the card services' locations, by translation key, falling back to the source."""
    sources = {sal.location.translation_key: sal.location for service in services for sal in service.card_places}
    missing = [key for key, location in sources.items() if location.locale_id != locale.pk]
    if not missing:
        return sources
    translated = Location.objects.filter(translation_key__in=missing, locale=locale).select_related("commune")
    return {**sources, **{location.translation_key: location for location in translated}}


def public_service(*, locale: Locale, key: UUID) -> Service | None:
    """The live public copy in ``locale`` of the service whose HSDS id is ``key``, ``with_page_facts``, and
    its ``places`` in that language; cached until content is published (each call gets its own copy)."""

    def build() -> Service | None:
        service = (
            Service.objects.filter(translation_key=key, locale=locale, live=True, status__in=PUBLIC_STATUSES)
            .select_related("organization", "locale")
            .first()
        )
        if service is None:
            return None
        with_page_facts(service)
        locations = locations_in_locale([service], locale)
        service.places = [locations[place.location.translation_key] for place in service.card_places]
        return service

    return cached(f"service-page:{locale.pk}:{key}", build, depends_on=[DIRECTORY])


def public_organization(*, locale: Locale, key: UUID) -> Organization | None:
    return Organization.objects.filter(translation_key=key, locale=locale, live=True).first()


def service_names_by_language(key: UUID) -> dict[str, str]:
    """Language code → name of the live public copies of a service (for the language switcher),
    cached until something is published."""
    return cached(
        f"service-names:{key}",
        lambda: dict(
            Service.objects.filter(translation_key=key, live=True, status__in=PUBLIC_STATUSES).values_list(
                "locale__language_code", "name"
            )
        ),
        depends_on=[DIRECTORY],
    )


def organization_names_by_language(key: UUID) -> dict[str, str]:
    return cached(
        f"organization-names:{key}",
        lambda: dict(
            Organization.objects.filter(translation_key=key, live=True).values_list("locale__language_code", "name")
        ),
        depends_on=[DIRECTORY],
    )


def map_locations(ids: list[int]) -> list[tuple[int, UUID, Location]]:
    """(service id, service translation key, location) of the first ``MAP_LIMIT`` services, for the map."""
    pairs = (
        ServiceAtLocation.objects.filter(service_id__in=ids[:MAP_LIMIT])
        .select_related("location__commune")
        .annotate(service_key=F("service__translation_key"))
    )
    return [(pair.service_id, pair.service_key, pair.location) for pair in pairs]


def canton_alternatives(*, locale: Locale, query: DirectoryQuery, now: datetime) -> list[tuple[Commune, int]]:
    """The canton's other communes with services matching the other filters, and how many: "widen your search"."""
    commune = query.commune
    if commune is None:
        return []
    matching = set(directory_search(locale=locale, query=replace(query, commune=None, sort=SORT_NAME), now=now).ids)
    if not matching:
        return []
    pairs = set(
        Service.service_areas.through.objects.filter(commune__canton_id=commune.canton_id).values_list(
            "service_id", "commune_id"
        )
    )
    pairs |= set(
        ServiceAtLocation.objects.filter(location__commune__canton_id=commune.canton_id).values_list(
            "service_id", "location__commune_id"
        )
    )
    counts = Counter(commune_id for service_id, commune_id in pairs if service_id in matching)
    others = Commune.objects.filter(pk__in=[pk for pk in counts if pk != commune.pk])
    return sorted(((other, counts[other.pk]) for other in others), key=lambda item: fold(item[0].name))


def care_request_page(*, locale: Locale) -> Page | None:
    """The live care-request page of ``locale``, when the care-request app is installed; cached until
    the next publish (each call gets its own copy)."""
    try:
        model = apps.get_model("care_requests", "CareRequestPage")
    except LookupError:
        return None
    return cached(
        f"care-request-page:{locale.pk}",
        lambda: model.objects.live().public().filter(locale=locale).first(),
        depends_on=[NAVIGATION],
    )


def directory_page(*, locale: Locale) -> Page | None:
    """The live directory page of ``locale``."""
    return DirectoryPage.objects.live().public().filter(locale=locale).first()


def public_records_by_language(model) -> dict[UUID, dict[str, tuple[str, datetime | None]]]:
    """HSDS id → (language code → (name, last published)) of every live public service or organisation,
    for the sitemap."""
    records = model.objects.filter(live=True)
    if model is Service:
        records = records.filter(status__in=PUBLIC_STATUSES)
    found: dict[UUID, dict[str, tuple[str, datetime | None]]] = {}
    rows = records.values_list("translation_key", "locale__language_code", "name", "last_published_at")
    for key, language, name, published in rows:
        found.setdefault(key, {})[language] = (name, published)
    return found
