"""Where every page and every translatable snippet stands in every language, for the translation dashboard.

Everything is read from wagtail-localize's own records: its ``TranslationSource`` (the French content as
it was when last submitted or synchronised), its ``Translation`` per language, the source's string segments
and the ``StringTranslation`` rows translators fill in, and the ``TranslationLog`` written each time a
translation is saved into the page or snippet. The whole dashboard takes a fixed number of queries,
however many pages and languages there are.
"""

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationLog, TranslationSource

PAGES_SECTION = "pages"


class TranslationState(models.TextChoices):
    MISSING = "missing", pgettext_lazy("translation state", "Missing")
    IN_PROGRESS = "in-progress", pgettext_lazy("translation state", "In progress")
    NEEDS_UPDATE = "needs-update", pgettext_lazy("translation state", "Needs update")
    NOT_PUBLISHED = "not-published", pgettext_lazy("translation state", "Not published")
    UP_TO_DATE = "up-to-date", pgettext_lazy("translation state", "Up to date")


@dataclass(frozen=True)
class Section:
    """A part of the dashboard: all pages, one branch of the page tree, or one kind of snippet."""

    key: str
    label: str


@dataclass(frozen=True)
class TranslationStatus:
    """One row of the dashboard: one French page or snippet in one other language."""

    source: models.Model
    sections: tuple[Section, ...]
    locale: Locale
    state: TranslationState
    url: str
    source_url: str
    translated_segments: int | None = None
    total_segments: int | None = None

    @property
    def title(self) -> str:
        if isinstance(self.source, Page):
            return self.source.get_admin_display_title()
        return str(self.source)

    @property
    def section(self) -> Section:
        return self.sections[-1]

    @property
    def language(self) -> str:
        return self.locale.get_display_name()


@dataclass(frozen=True)
class _Copy:
    """What the dashboard needs to know about the copy of an object in another language."""

    edit_url: str
    published: bool
    is_alias: bool
    last_published_at: datetime | None


def source_locale() -> Locale:
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def target_locales() -> list[Locale]:
    """The content languages other than the source language, in the order of the settings."""
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != settings.LANGUAGE_CODE]
    locales = {locale.language_code: locale for locale in Locale.objects.filter(language_code__in=codes)}
    return [locales[code] for code in codes if code in locales]


def translatable_snippet_models(user) -> list[type[models.Model]]:
    """Translatable snippet models whose admin screens ``user`` may open, by their plural names."""
    found = [
        model
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        and model.snippet_viewset.permission_policy.user_has_any_permission(
            user, {"add", "change", "delete", "view", "publish"}
        )
    ]
    return sorted(found, key=lambda model: str(model._meta.verbose_name_plural).lower())


def snippet_section(model) -> Section:
    return Section(f"snippet:{model._meta.label_lower}", str(model._meta.verbose_name_plural).capitalize())


def sections(user) -> list[Section]:
    """The choices of the section filter: all pages, each branch under the home page, each kind of snippet."""
    branches = Page.objects.filter(locale=source_locale(), depth__in=[2, 3]).order_by("path")
    return [
        Section(PAGES_SECTION, str(_("All pages"))),
        *(Section(f"page:{page.pk}", page.get_admin_display_title()) for page in branches),
        *(snippet_section(model) for model in translatable_snippet_models(user)),
    ]


def translation_statuses(*, user, locales: list[Locale] | None = None) -> list[TranslationStatus]:
    """Every French page (in tree order), then every translatable snippet ``user`` may see, each in
    every language of ``locales`` (by default all target languages).
    """
    locales = target_locales() if locales is None else locales
    origin = source_locale()
    batch = _Batch(origin, locales)
    for model in [Page, *translatable_snippet_models(user)]:
        batch.add(model)
    return batch.statuses()


class _Batch:
    """Collects the source objects of several models, then reads wagtail-localize's records for all at once."""

    def __init__(self, origin: Locale, locales: list[Locale]):
        self.origin = origin
        self.locales = locales
        self.sources: list[tuple[models.Model, tuple[Section, ...], str]] = []
        self.copies: dict[tuple[object, int], _Copy] = {}
        self.models_by_key: dict[object, type[models.Model]] = {}

    def add(self, model) -> None:
        if model is Page:
            self._add_pages()
            return
        section = snippet_section(model)
        edit_url_name = model.snippet_viewset.get_url_name("edit")
        # Some records name their language in their title (``__str__``): read the locale with them.
        for obj in model._default_manager.filter(locale=self.origin).select_related("locale"):
            self.sources.append((obj, (section,), reverse(edit_url_name, args=[quote(obj.pk)])))
            self.models_by_key[obj.translation_key] = model
        self._add_copies(model, edit_url_name)

    def _add_pages(self) -> None:
        pages = list(Page.objects.filter(locale=self.origin, depth__gt=1).order_by("path"))
        everything = Section(PAGES_SECTION, str(_("All pages")))
        branches = {
            page.path: Section(f"page:{page.pk}", page.get_admin_display_title()) for page in pages if page.depth <= 3
        }
        for page in pages:
            branch = branches[page.path[: Page.steplen * min(page.depth, 3)]]
            self.sources.append((page, (everything, branch), reverse("wagtailadmin_pages:edit", args=[page.pk])))
            self.models_by_key[page.translation_key] = Page
        self._add_copies(Page, "wagtailadmin_pages:edit")

    def _add_copies(self, model, edit_url_name: str) -> None:
        keys = [key for key, owner in self.models_by_key.items() if owner is model]
        drafts = issubclass(model, DraftStateMixin)
        columns = ["pk", "translation_key", "locale_id"]
        if drafts:
            columns += ["live", "has_unpublished_changes", "last_published_at"]
        if model is Page:
            columns.append("alias_of_id")
        for row in model._default_manager.filter(translation_key__in=keys, locale__in=self.locales).values(*columns):
            self.copies[(row["translation_key"], row["locale_id"])] = _Copy(
                edit_url=reverse(edit_url_name, args=[quote(row["pk"])]),
                published=not drafts or (row["live"] and not row["has_unpublished_changes"]),
                is_alias=row.get("alias_of_id") is not None,
                last_published_at=row.get("last_published_at"),
            )

    @cached_property
    def records(self) -> dict[object, TranslationSource]:
        """wagtail-localize's frozen French content, by translation key."""
        return {
            record.object_id: record
            for record in TranslationSource.objects.filter(
                locale=self.origin, object_id__in=list(self.models_by_key)
            ).only("pk", "object_id", "content_json", "last_updated_at", "specific_content_type_id")
        }

    @cached_property
    def translations(self) -> set[tuple[int, int]]:
        """(source, language) pairs that wagtail-localize keeps synchronised (not stopped or disabled)."""
        return set(
            Translation.objects.filter(
                source__in=self.records.values(), target_locale__in=self.locales, enabled=True
            ).values_list("source_id", "target_locale_id")
        )

    @cached_property
    def progress(self) -> dict[tuple[int, int], tuple[int, int]]:
        """(total, translated) string segments per (source, language).

        The same count as wagtail-localize's ``Translation.get_progress()`` (a segment counts as translated
        when a translation without error exists for its string in its context), for every translation in
        one query instead of one query each.
        """
        translated = {
            f"translated_{locale.pk}": Count(
                "pk",
                filter=Q(
                    Exists(
                        StringTranslation.objects.filter(
                            translation_of_id=OuterRef("string_id"),
                            context_id=OuterRef("context_id"),
                            locale_id=locale.pk,
                            has_error=False,
                        )
                    )
                ),
            )
            for locale in self.locales
        }
        rows = (
            StringSegment.objects.filter(source__in=self.records.values())
            .order_by()
            .values("source_id")
            .annotate(total=Count("pk"), **translated)
        )
        return {
            (row["source_id"], locale.pk): (row["total"], row[f"translated_{locale.pk}"])
            for row in rows
            for locale in self.locales
        }

    @cached_property
    def last_saved(self) -> dict[tuple[int, int], datetime]:
        """When wagtail-localize last wrote each translation into its page or snippet."""
        rows = (
            TranslationLog.objects.filter(source__in=self.records.values(), locale__in=self.locales)
            .order_by()
            .values("source_id", "locale_id")
            .annotate(at=Max("created_at"))
        )
        return {(row["source_id"], row["locale_id"]): row["at"] for row in rows}

    @cached_property
    def last_translated(self) -> dict[tuple[object, int], datetime]:
        """When a translator last changed a string of each object in each language."""
        rows = (
            StringTranslation.objects.filter(context__object_id__in=list(self.records), locale__in=self.locales)
            .order_by()
            .values("context__object_id", "locale_id")
            .annotate(at=Max("updated_at"))
        )
        return {(row["context__object_id"], row["locale_id"]): row["at"] for row in rows}

    @cached_property
    def changed_sources(self) -> set[object]:
        """Translation keys of objects whose published content differs from what wagtail-localize last took in.

        Compares only the fields wagtail-localize translates or synchronises, in the serialised form it
        stores, so saving a draft (which changes nothing published) never counts as a change.
        """
        changed = set()
        for model, objects in self._published_sources().items():
            names = [field.field_name for field in get_translatable_fields(model)]
            for obj in objects:
                stored = json.loads(self.records[obj.translation_key].content_json)
                if _published_content(obj, names) != {name: stored.get(name) for name in names}:
                    changed.add(obj.translation_key)
        return changed

    def _published_sources(self) -> dict[type[models.Model], list[models.Model]]:
        """The most specific model instance of each object that wagtail-localize took in, with the
        related rows it synchronises read in one query per relation."""
        by_model = defaultdict(list)
        for record in self.records.values():
            model = ContentType.objects.get_for_id(record.specific_content_type_id).model_class()
            if model is not None:
                by_model[model].append(record.object_id)
        found = {}
        for model, keys in by_model.items():
            related = [
                field.field_name
                for field in get_translatable_fields(model)
                if field.field_name not in {f.name for f in model._meta.fields}
            ]
            found[model] = list(
                model._default_manager.filter(translation_key__in=keys, locale=self.origin).prefetch_related(*related)
            )
        return found

    def statuses(self) -> list[TranslationStatus]:
        return [
            self._status(obj, sections, source_url, locale)
            for obj, sections, source_url in self.sources
            for locale in self.locales
        ]

    def _status(self, obj, sections, source_url, locale) -> TranslationStatus:
        def status(state, url, progress=(None, None)):
            total, done = progress
            return TranslationStatus(obj, sections, locale, state, url, source_url, done, total)

        copy = self.copies.get((obj.translation_key, locale.pk))
        if copy is None or copy.is_alias:
            return status(TranslationState.MISSING, _translate_url(obj))

        record = self.records.get(obj.translation_key)
        if record is None or (record.pk, locale.pk) not in self.translations:
            return status(self._state_without_segments(obj, copy), copy.edit_url)

        progress = self.progress.get((record.pk, locale.pk), (0, 0))
        total, done = progress
        if obj.translation_key in self.changed_sources:
            return status(
                TranslationState.NEEDS_UPDATE,
                reverse("wagtail_localize:update_translations", args=[record.pk]),
                progress,
            )
        if done < total:
            return status(TranslationState.IN_PROGRESS, copy.edit_url, progress)
        if not (self._written(record, locale, copy) and copy.published):
            return status(TranslationState.NOT_PUBLISHED, copy.edit_url, progress)
        return status(TranslationState.UP_TO_DATE, copy.edit_url, progress)

    def _written(self, record: TranslationSource, locale: Locale, copy: _Copy) -> bool:
        """Whether the copy holds the current source and every translated string.

        wagtail-localize logs each time it writes a translation into its page or snippet; a copy
        published after the last synchronisation also has the current source (the directory shares
        a service's facts that way). Strings translated since the last write are not in the copy yet.
        """
        saved = self.last_saved.get((record.pk, locale.pk))
        translated = self.last_translated.get((record.object_id, locale.pk))
        current = any(moment and moment >= record.last_updated_at for moment in (saved, copy.last_published_at))
        return current and (translated is None or (saved is not None and saved >= translated))

    @staticmethod
    def _state_without_segments(obj, copy: _Copy) -> TranslationState:
        """A copy edited by hand (never synchronised, or synchronisation stopped): judged by publication dates."""
        if not copy.published:
            return TranslationState.NOT_PUBLISHED
        published = getattr(obj, "last_published_at", None)
        if published and (copy.last_published_at is None or published > copy.last_published_at):
            return TranslationState.NEEDS_UPDATE
        return TranslationState.UP_TO_DATE


def _translate_url(obj) -> str:
    if isinstance(obj, Page):
        return reverse("wagtail_localize:submit_page_translation", args=[obj.pk])
    return reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[obj._meta.app_label, obj._meta.model_name, quote(obj.pk)],
    )


def _published_content(obj, names: list[str]) -> dict:
    """The values of ``names`` as wagtail-localize serialises them into a ``TranslationSource``."""
    data = get_serializable_data_for_fields(obj)
    for name in names:
        if name in data:
            continue
        related = getattr(obj, name).all()
        if obj._meta.get_field(name).many_to_many:
            data[name] = [item.pk for item in related]
        else:
            data[name] = [
                item.serializable_data()
                if hasattr(item, "serializable_data")
                else get_serializable_data_for_fields(item)
                for item in related
            ]
    return json.loads(json.dumps({name: data.get(name) for name in names}, cls=DjangoJSONEncoder))
