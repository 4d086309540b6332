from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from home.translation_overview import TranslationState, translation_overview


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
