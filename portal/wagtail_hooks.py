from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from portal.caching import take_failed_scopes
from portal.search_terms import PERMISSION as SEARCH_TERMS_PERMISSION
from portal.search_terms import EditorsSearchTermsReportView
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


@hooks.register("register_admin_urls")
def register_search_terms_report_urls():
    return [
        path("search-terms/", EditorsSearchTermsReportView.as_view(), name="portal_search_terms"),
        path(
            "search-terms/results/",
            EditorsSearchTermsReportView.as_view(results_only=True),
            name="portal_search_terms_results",
        ),
    ]


@hooks.register("construct_reports_menu")
def link_the_search_terms_report_for_editors(request, menu_items):
    """Wagtail's "Search terms" item (superusers only) gives way to the report editors may open."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
    if request.user.has_perm(SEARCH_TERMS_PERMISSION):
        menu_items.append(
            MenuItem(
                gettext_lazy("Search terms"),
                reverse("portal_search_terms"),
                name="search-terms",
                icon_name="search",
                order=1300,
            )
        )
