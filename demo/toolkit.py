"""Tools for building demo content in French and translating it through wagtail-localize.

Demo content is written as plain Python data whose translatable leaves are ``T`` values holding
the text in every language of the site (``R`` for rich text). The French text builds the source page;
the other languages are then imported into wagtail-localize as translations of its segments and
published, exactly as a translator's work would be, so the translation editor shows them.

Each app's demo content is a module ``demo.<app label>`` defining ``load(*, log)``; the
``load_demo_content`` command calls each in turn. Loading is idempotent: a page or translation
that already exists is left alone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.strings import StringValue, extract_strings

SOURCE_LANGUAGE = "fr"
TARGET_LANGUAGES = ("de", "lb", "en", "pt")

Log = Callable[[str], None]


@dataclass(frozen=True)
class T:
    """A text in every language of the site."""

    fr: str
    de: str
    lb: str
    en: str
    pt: str = ""

    def __getitem__(self, language: str) -> str:
        return getattr(self, language)


class R(T):
    """Rich text (HTML) in every language; paired with its translations paragraph by paragraph."""


class MissingDemoTranslation(Exception):
    """A demo text lacks one of the languages it is translated into: nothing of it is loaded."""


def localise(data: Any, language: str) -> Any:
    """The data with every T replaced by its text in ``language``."""
    if isinstance(data, T):
        return data[language]
    if isinstance(data, dict):
        return {key: localise(value, language) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return type(data)(localise(value, language) for value in data)
    return data


def _texts(data: Any) -> Iterator[T]:
    if isinstance(data, T):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _texts(value)
    elif isinstance(data, list | tuple):
        for value in data:
            yield from _texts(value)


def translation_map(data: Any, language: str) -> dict[str, str]:
    """French segment → translated segment, as wagtail-localize will segment the French page."""
    pairs: dict[str, str] = {}
    for text in _texts(data):
        if text.fr and not text[language]:
            raise MissingDemoTranslation(f"{language}: no text for {text.fr[:60]!r}")
        if isinstance(text, R):
            _, source_strings = extract_strings(text.fr)
            _, target_strings = extract_strings(text[language])
            if len(source_strings) != len(target_strings):
                raise MissingDemoTranslation(f"{language}: paragraphs do not match for {text.fr[:60]!r}")
            for (source, _), (target, _) in zip(source_strings, target_strings, strict=True):
                pairs[source.data] = target.data
        else:
            # wagtail-localize stores plain text as HTML: escaped, with <br> for line breaks.
            pairs[StringValue.from_plaintext(text.fr).data] = StringValue.from_plaintext(text[language]).data
    return pairs


def locale(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def ensure_child_page(parent: Page, page: Page, *, log: Log) -> tuple[Page, bool]:
    """Add ``page`` (unsaved, French) under ``parent`` and publish it, unless a page with its slug is there."""
    existing = parent.get_children().filter(slug=page.slug, locale=parent.locale).first()
    if existing:
        return existing.specific, False
    page.locale = parent.locale
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            # Expanding the stream stores list items in Wagtail's current format, with an id each;
            # wagtail-localize leaves list items in the older plain-list format untranslated.
            list(getattr(page, field.name))
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"  created {page.__class__.__name__} “{page.title}”")
    return page, True


def _import_and_publish(instance, source: TranslationSource, data: Any, language: str) -> None:
    """Import the ``language`` texts of ``data`` as the translation of ``source`` and publish it."""
    strings = translation_map(data, language)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale(language), defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.msgid in strings:
            entry.msgstr = strings[entry.msgid]
        else:
            missing.append(entry.msgid)
    if missing:
        raise MissingDemoTranslation(f"{instance} has no {language} text for: {missing}")
    translation.import_po(po, tool_name="demo content")
    if not isinstance(instance, DraftStateMixin):
        translation.save_target()
        return
    # wagtail-localize publishes a saved translation once the transaction commits, from a revision
    # whose copy of the page predates the pages added under it meanwhile (its child count would be
    # reset). Publishing the revision at once keeps the tree right even inside an outer transaction.
    translation.save_target(publish=False)
    instance.get_translation(translation.target_locale).get_latest_revision().publish()


@transaction.atomic
def translate(instance, data: Any, *, log: Log, languages: tuple[str, ...] = TARGET_LANGUAGES) -> None:
    """Translate a French page or snippet into ``languages`` through wagtail-localize and publish.

    ``data`` holds every T the French instance was built from. A language whose translation
    already exists is skipped, so running this twice changes nothing.
    """
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    for language in languages:
        if instance.get_translation_or_none(locale(language)) is not None:
            continue
        _import_and_publish(instance, source, data, language)
        log(f"  translated “{instance}” into {language}")


def _source_is_outdated(source: TranslationSource) -> bool:
    """Whether the French instance changed since wagtail-localize last read it."""
    instance = source.get_source_instance()
    if isinstance(instance, ClusterableModel):
        current = instance.to_json()
    else:
        current = json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)
    return json.loads(current) != json.loads(source.content_json)


@transaction.atomic
def translate_or_update(instance, data: Any, *, log: Log, languages: tuple[str, ...] = TARGET_LANGUAGES) -> None:
    """Translate a French page or snippet like ``translate``, and bring existing translations up to date.

    For content that changes after it was first translated (the home page gains its entry points
    once the other apps have built their pages). When the French instance changed since its
    translation source was read, the source is updated from the database (what the admin's
    "Sync translated pages" does) and every language is saved again from ``data``. A language
    whose page exists but was not made by wagtail-localize (an alias wagtail-localize creates for
    a parent when a child page is translated first) becomes a real translation. When nothing
    changed, nothing is saved.
    """
    instance = type(instance).objects.get(pk=instance.pk)
    source, created = TranslationSource.get_or_create_from_instance(instance)
    outdated = not created and _source_is_outdated(source)
    if outdated:
        source.update_from_db()
    for language in languages:
        target_locale = locale(language)
        translated = instance.get_translation_or_none(target_locale)
        has_translation = Translation.objects.filter(source=source, target_locale=target_locale).exists()
        if (
            translated is not None
            and getattr(translated, "alias_of_id", None) is None
            and has_translation
            and not outdated
        ):
            continue
        _import_and_publish(instance, source, data, language)
        if translated is None:
            log(f"  translated “{instance}” into {language}")
        else:
            log(f"  updated the {language} translation of “{instance}”")
