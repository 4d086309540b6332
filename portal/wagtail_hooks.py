from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.two_factor import urls as two_factor_urls
from portal.two_factor.views import can_reset_second_factor


@hooks.register("register_admin_urls")
def register_two_factor_urls():
    return [path("2fa/", include(two_factor_urls))]


@hooks.register("register_account_menu_item")
def register_two_factor_account_item(request):
    return {
        "url": reverse("two_factor:manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app or get new backup codes."),
    }


@hooks.register("register_user_listing_buttons")
def register_two_factor_reset_button(user, request_user):
    if can_reset_second_factor(request_user, user):
        yield Button(_("Reset two-factor authentication"), reverse("two_factor:reset", args=[user.pk]), priority=60)
