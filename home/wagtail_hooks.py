from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.views import (
    ModeratedUpdateTranslationsView,
    TranslationOverviewView,
    can_see_translation_overview,
    translation_submit,
)


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [path("translations/", TranslationOverviewView.as_view(), name="translation_overview")]


@hooks.register("register_admin_urls")
def register_translation_review_urls():
    """Submitting a translation for moderation; wagtail-localize's sync, answered here first (home's hooks run
    before wagtail-localize's) so that publishing at once needs the publish permission."""
    return [
        path("translations/<int:translation_id>/submit/", translation_submit, name="translation_submit"),
        path(
            "localize/update/<int:translation_source_id>/",
            ModeratedUpdateTranslationsView.as_view(),
            name="translation_sync",
        ),
    ]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_overview(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(_("Translations"), reverse("translation_overview"), icon_name="globe", order=250)
