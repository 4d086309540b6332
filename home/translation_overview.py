"""Where every page stands in every language, for the translators' overview in the admin."""

from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource


class TranslationState(StrEnum):
    UP_TO_DATE = "up-to-date"
    SOURCE_CHANGED = "source-changed"
    NOT_PUBLISHED = "not-published"
    MISSING = "missing"

    @property
    def label(self):
        return {
            "up-to-date": _("Up to date"),
            "source-changed": _("Source changed since translation"),
            "not-published": _("Translated, not published"),
            "missing": _("Missing"),
        }[self.value]


@dataclass(frozen=True)
class TranslationCell:
    language: str
    state: TranslationState
    url: str


@dataclass(frozen=True)
class TranslationRow:
    page: Page
    cells: list[TranslationCell]


def translation_overview(*, source_language: str = settings.LANGUAGE_CODE) -> list[TranslationRow]:
    """One row per source-language page, one cell per other language, in tree order.

    A translation is out of date when the source page was saved after wagtail-localize last
    synchronised it (its TranslationSource), so the translator has new segments to look at.
    """
    source_locale = Locale.objects.get(language_code=source_language)
    targets = list(Locale.objects.exclude(pk=source_locale.pk).order_by("pk"))
    order = {code: position for position, (code, _name) in enumerate(settings.LANGUAGES)}
    targets.sort(key=lambda locale: order.get(locale.language_code, len(order)))

    pages = list(Page.objects.filter(depth__gt=1, locale=source_locale).order_by("path"))
    keys = [page.translation_key for page in pages]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys).exclude(locale=source_locale)
    }
    synced_at = dict(
        TranslationSource.objects.filter(
            object_id__in=keys, locale=source_locale, object__content_type=ContentType.objects.get_for_model(Page)
        ).values_list("object_id", "last_updated_at")
    )

    rows = []
    for page in pages:
        cells = []
        for locale in targets:
            translated = translations.get((page.translation_key, locale.pk))
            if translated is None:
                state = TranslationState.MISSING
                url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            else:
                last_sync = synced_at.get(page.translation_key)
                changed = page.latest_revision_created_at
                if last_sync and changed and changed > last_sync:
                    state = TranslationState.SOURCE_CHANGED
                elif not translated.live:
                    state = TranslationState.NOT_PUBLISHED
                else:
                    state = TranslationState.UP_TO_DATE
                url = reverse("wagtailadmin_pages:edit", args=[translated.pk])
            cells.append(TranslationCell(locale.language_code, state, url))
        rows.append(TranslationRow(page, cells))
    return rows
