"""The translation dashboard: every page and translatable snippet in every language, on Wagtail's report screens."""

from urllib.parse import urlencode

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.functional import cached_property
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, Table, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.translation_overview import TranslationState, sections, target_locales, translation_statuses
from home.translation_workflow import (
    TranslationNotReady,
    edit_url,
    translation_review,
    translation_submit_for_moderation,
    user_can_edit,
)


def can_see_translation_overview(user) -> bool:
    return user.is_active and (
        user.is_superuser
        or user.has_perm("wagtail_localize.submit_translation")
        or user.groups.filter(name__in=["Editors", "Moderators", "Translators"]).exists()
    )


class TranslationOverviewFilterSet(WagtailFilterSet):
    """The dashboard's filter drawer.

    It filters the target languages (its queryset); the state and section it offers are applied by
    ``TranslationOverviewView.filter_queryset`` to the statuses computed for those languages.
    """

    language = django_filters.ChoiceFilter(
        field_name="language_code",
        label=_("Language"),
        choices=lambda: [(locale.language_code, locale.get_display_name()) for locale in target_locales()],
        empty_label=_("All languages"),
    )
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=TranslationState.choices, empty_label=_("All states"), method="by_status"
    )
    section = django_filters.ChoiceFilter(label=_("Section"), empty_label=_("Everything"), method="by_status")

    class Meta:
        model = Locale
        fields = ["language", "state", "section"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["section"].extra["choices"] = [(section.key, section.label) for section in sections(request.user)]

    def by_status(self, queryset, name, value):
        """Languages are not narrowed by state or section; see ``TranslationOverviewView.filter_queryset``."""
        return queryset


class TranslationStateColumn(Column):
    cell_template_name = "home/admin/translation_state_cell.html"


class TranslationActionColumn(Column):
    cell_template_name = "home/admin/translation_action_cell.html"

    labels = {
        TranslationState.MISSING: _("Translate"),
        TranslationState.NEEDS_UPDATE: _("Sync with the original"),
    }

    def get_value(self, instance):
        return self.labels.get(instance.state, _("Open the translation"))


class TranslationStatusTable(Table):
    def get_caption(self):
        return _("Translation state of each page and record, language by language")

    def get_row_attrs(self, instance):
        return {
            **super().get_row_attrs(instance),
            "data-object": f"{instance.source._meta.label_lower}:{instance.source.pk}",
            "data-language": instance.locale.language_code,
            "data-state": instance.state,
        }


def _progress(status) -> str:
    if status.total_segments is None:
        return ""
    return _("%(translated)s of %(total)s") % {"translated": status.translated_segments, "total": status.total_segments}


class TranslationOverviewView(ReportView):
    template_name = "home/admin/translation_overview.html"
    results_template_name = "home/admin/translation_overview_results.html"
    index_url_name = "translation_overview"
    index_results_url_name = "translation_overview_results"
    page_title = _("Translations")
    header_icon = "globe"
    filterset_class = TranslationOverviewFilterSet
    table_class = TranslationStatusTable
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Original"), get_url=lambda status: status.source_url),
        Column("section", label=_("Section"), accessor="section.label"),
        Column("language", label=_("Language")),
        TranslationStateColumn("state", label=_("State")),
        Column("progress", label=_("Translated segments"), accessor=_progress),
        TranslationActionColumn("action", label=_("Action")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_overview(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": Locale.objects.all()}

    @cached_property
    def filter_values(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    @cached_property
    def locales(self) -> list[Locale]:
        locales = target_locales()
        if self.filter_values.get("language"):
            chosen = set(self.filters.qs.values_list("pk", flat=True))
            locales = [locale for locale in locales if locale.pk in chosen]
        return locales

    def get_queryset(self):
        return translation_statuses(user=self.request.user, locales=self.locales)

    def filter_queryset(self, statuses):
        section = self.filter_values.get("section")
        if section:
            statuses = [status for status in statuses if section in {part.key for part in status.sections}]
        self.section_statuses = statuses
        state = self.filter_values.get("state")
        if state:
            statuses = [status for status in statuses if status.state == state]
        return statuses

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["states"] = TranslationState
        context["summary"] = self.summary()
        return context

    def summary(self) -> list[dict]:
        """How many rows each language has in each state, within the chosen section, with a link to them."""
        counts = {}
        for status in self.section_statuses:
            key = (status.locale.pk, status.state)
            counts[key] = counts.get(key, 0) + 1
        section = self.filter_values.get("section")
        rows = []
        for locale in self.locales:
            cells = []
            for state in TranslationState:
                query = {"language": locale.language_code, "state": state.value}
                if section:
                    query["section"] = section
                cells.append(
                    {
                        "state": state,
                        "count": counts.get((locale.pk, state), 0),
                        "url": f"{self.index_url}?{urlencode(query)}",
                    }
                )
            rows.append({"locale": locale, "cells": cells, "total": sum(cell["count"] for cell in cells)})
        return rows


@require_POST
def translation_submit(request, translation_id: int):
    """Submit a complete translation for moderation, from wagtail-localize's translation editor."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    instance = translation.get_target_instance()
    review = translation_review(translation=translation, user=request.user)
    if review is None or not user_can_edit(request.user, instance):
        raise PermissionDenied
    if not review.can_submit and review.workflow_state is None:
        raise PermissionDenied  # locked by someone else
    try:
        translation_submit_for_moderation(translation=translation, user=request.user)
    except TranslationNotReady as problem:
        messages.error(request, str(problem))
    else:
        messages.success(
            request,
            _gettext("“%(title)s” (%(language)s) is waiting for a moderator's approval.")
            % {"language": translation.target_locale.get_display_name(), "title": instance},
        )
    return redirect(edit_url(request.user, instance))


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", where only those who may publish may publish at once.

    Syncing takes the source's new texts into the segments to translate. Someone without the publish
    permission (a translator) cannot tick "Publish immediately": the translated pages keep their
    published version until the new texts are translated and a moderator approves them.
    """

    def get_form(self):
        form = super().get_form()
        if not self.user_may_publish():
            field = form.fields["publish_translations"]
            field.disabled = True
            field.help_text = _("A moderator publishes the translations once they are translated and approved.")
        return form

    def user_may_publish(self) -> bool:
        source = self.object.get_source_instance()
        if isinstance(source, Page):
            return source.permissions_for_user(self.request.user).can_publish()
        if isinstance(source, DraftStateMixin):
            return self.request.user.has_perm(get_permission_name("publish", type(source)))
        return True
