from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin.widgets import Button

from portal.caching import take_failed_scopes
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


def warn_when_the_site_was_not_refreshed(request, *args, **kwargs) -> None:
    """Tell the editor when a change could not retire the public caches (the cache was unreachable)."""
    if take_failed_scopes():
        messages.warning(
            request,
            _(
                "Your change is saved, but the public site could not be refreshed: the cache server is "
                "unreachable. The site retries by itself; visitors may see the previous version until then."
            ),
        )


for hook_name in (
    "after_create_page",
    "after_edit_page",
    "after_delete_page",
    "after_move_page",
    "after_publish_page",
    "after_unpublish_page",
    "after_create_snippet",
    "after_edit_snippet",
    "after_delete_snippet",
    "after_publish",
    "after_unpublish",
    "after_edit_setting",
    "after_bulk_action",
):
    hooks.register(hook_name, warn_when_the_site_was_not_refreshed)
