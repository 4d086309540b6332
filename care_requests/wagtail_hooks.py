from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .helpdesk.bulk_actions import BULK_ACTIONS
from .helpdesk.permissions import AuditEntryPermissionPolicy, CareRequestPermissionPolicy
from .helpdesk.viewsets import AuditEntryViewSet, CareRequestViewSet
from .models import AuditEntry, CannedReply, CareRequest, OrganisationMembership, OutboxEmail
from .viewsets import OutboxEmailViewSet, OutboxPermissionPolicy, RetryBulkAction, outbox_panel

register_permission_policy(CareRequest, CareRequestPermissionPolicy(CareRequest))
register_permission_policy(AuditEntry, AuditEntryPermissionPolicy(AuditEntry))
for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_admin_viewset")
def register_helpdesk_viewsets():
    return [CareRequestViewSet(), AuditEntryViewSet()]


@hooks.register("filter_form_submissions_for_user")
def form_submissions_for_page_authors(user, editable_forms):
    """Submissions hold personal details: only people who create or publish pages see them.

    Translators may change every page (to translate it) but have no reason to read what visitors sent.
    """
    if user.is_superuser:
        return editable_forms
    authored = PagePermissionPolicy().instances_user_has_any_permission_for(user, ["add", "publish"])
    return editable_forms.filter(pk__in=authored.values("pk"))


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class CannedReplyViewSet(SnippetViewSet):
    model = CannedReply
    icon = "mail"
    menu_label = _("Canned replies")
    list_display = ["title", "subject"]
    add_to_admin_menu = False


class MembershipViewSet(SnippetViewSet):
    model = OrganisationMembership
    icon = "group"
    menu_label = _("CIG staff memberships")
    list_display = ["user", "organisation"]
    add_to_admin_menu = False


register_snippet(CannedReplyViewSet)
register_snippet(MembershipViewSet)
register_permission_policy(OutboxEmail, OutboxPermissionPolicy(OutboxEmail))
register_snippet(OutboxEmailViewSet)
hooks.register("register_bulk_action", RetryBulkAction)


@hooks.register("construct_homepage_panels")
def outbox_dashboard_panel(request, panels):
    panel = outbox_panel(request.user)
    if panel is not None:
        panels.append(panel)


@hooks.register("register_admin_menu_item")
def register_care_requests_menu():
    items = [
        PermissionMenuItem(
            _("Queue"),
            reverse("care_requests_admin:index"),
            icon_name="list-ul",
            order=100,
            permission="care_requests.view_carerequest",
        ),
        PermissionMenuItem(
            _("Report"),
            reverse("care_requests_admin:report"),
            icon_name="table",
            order=200,
            permission="care_requests.view_carerequest_report",
        ),
        PermissionMenuItem(
            _("A person's requests"),
            reverse("care_requests_admin:people"),
            icon_name="user",
            order=300,
            permission="care_requests.manage_personal_data",
        ),
        PermissionMenuItem(
            _("Audit log"),
            reverse("care_requests_audit:index"),
            icon_name="history",
            order=400,
            permission="care_requests.view_all_carerequests",
        ),
        PermissionMenuItem(
            _("Canned replies"),
            reverse("wagtailsnippets_care_requests_cannedreply:list"),
            icon_name="mail",
            order=500,
            permission="care_requests.change_cannedreply",
        ),
        PermissionMenuItem(
            _("CIG staff memberships"),
            reverse("wagtailsnippets_care_requests_organisationmembership:list"),
            icon_name="group",
            order=600,
            permission="care_requests.change_organisationmembership",
        ),
        PermissionMenuItem(
            _("Outgoing emails"),
            reverse("wagtailsnippets_care_requests_outboxemail:list"),
            icon_name="mail",
            order=700,
            permission="care_requests.view_outboxemail",
        ),
    ]
    return SubmenuMenuItem(_("Care requests"), Menu(items=items), icon_name="help", order=250)
