from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

from home.translation_overview import TranslationState, translation_overview
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


class TranslationOverviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/translation_overview.html"
    page_title = _("Translations")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_see_translation_overview(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = translation_overview()
        languages = dict(settings.LANGUAGES)
        context["rows"] = rows
        context["languages"] = [(cell.language, languages[cell.language]) for cell in rows[0].cells] if rows else []
        context["states"] = list(TranslationState)
        return context


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
