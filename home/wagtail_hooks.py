from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.views import TranslationOverviewView, can_see_translation_overview


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [
        path("translations/", TranslationOverviewView.as_view(), name="translation_overview"),
        path(
            "translations/results/",
            TranslationOverviewView.as_view(results_only=True),
            name="translation_overview_results",
        ),
    ]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_translation_overview(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(_("Translations"), reverse("translation_overview"), icon_name="globe", order=250)
