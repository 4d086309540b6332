"""The outbox in the admin: the helpdesk sees the emails not sent yet, why, and sends them again.

Read-only by design (an email is what the portal said to someone): nobody adds, edits or deletes
one here; the helpdesk (``view_outboxemail``, ``retry_outboxemail``) and superusers list them,
inspect them and retry them with the "Send again" bulk action. The dashboard shows a panel while
emails are waiting or given up.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.ui.components import Component
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EmailStatus, OutboxEmail
from .notifications import outbox_counts, outbox_retry

EDITS = frozenset({"add", "change", "delete"})


class OutboxPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, minus adding, changing and deleting, which nobody may do."""

    def user_has_permission(self, user, action):
        return action not in EDITS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in EDITS])


class OutboxEmailViewSet(SnippetViewSet):
    model = OutboxEmail
    icon = "mail"
    menu_label = _("Outgoing emails")
    add_to_admin_menu = False
    inspect_view_enabled = True
    list_display = ["subject", "to", "status", "attempts", "last_error", "next_attempt_at", "created_at"]
    list_filter = ["status"]
    ordering = ["-created_at", "-pk"]
    inspect_view_fields = [
        "to",
        "subject",
        "body",
        "status",
        "attempts",
        "last_error",
        "next_attempt_at",
        "created_at",
        "sent_at",
    ]


class RetryBulkAction(SnippetBulkAction):
    display_name = _("Send again")
    action_type = "retry"
    aria_label = _("Send the selected emails again")
    template_name = "care_requests/admin/confirm_bulk_retry.html"
    models = [OutboxEmail]

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission(self.request.user, "retry")

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return outbox_retry(emails=objects), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d email will be sent again now.", "%(count)d emails will be sent again now.", num_parent_objects
        ) % {"count": num_parent_objects}


class OutboxPanel(Component):
    """On the dashboard while emails wait or were given up: how many, the latest error, a link."""

    name = "outbox"
    template_name = "care_requests/admin/outbox_panel.html"
    order = 90

    def __init__(self, counts):
        self.counts = counts

    def get_context_data(self, parent_context):
        index = reverse("wagtailsnippets_care_requests_outboxemail:list")
        return {
            "counts": self.counts,
            "waiting_url": f"{index}?status={EmailStatus.PENDING}",
            "gave_up_url": f"{index}?status={EmailStatus.FAILED}",
        }


def outbox_panel(user) -> OutboxPanel | None:
    """The dashboard panel for ``user``, when they may see the outbox and it holds unsent emails."""
    if not user.has_perm("care_requests.view_outboxemail"):
        return None
    counts = outbox_counts()
    return OutboxPanel(counts) if counts.waiting or counts.gave_up else None
