"""Bulk actions on the queue (Wagtail's bulk action framework): assign, close, export.

Only requests the user may see can be acted on: "select all" takes the queue as the user filtered and
searched it, and naming a request they may not open refuses the whole action (audited, 403).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext_lazy
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permissions import policy_registry

from ..models import CareRequest, Status
from ..selectors import search_requests
from ..services import care_request_assign, care_request_set_status
from .export import export_response
from .filters import CareRequestFilterSet
from .forms import BulkAssignForm, BulkCloseForm, ExportFormatForm
from .views import SEARCH_SESSION_KEY, export_audit, no_store, refusal


class CareRequestBulkAction(BulkAction):
    models = [CareRequest]
    template_name = "care_requests/admin/bulk_confirm.html"
    #: The permission policy's action the user needs on each request.
    permission = "change"
    confirm_label = ""

    @cached_property
    def permission_policy(self):
        return policy_registry.get_by_type(CareRequest)

    def dispatch(self, request, *args, **kwargs):
        ids = [value for value in request.GET.getlist("id") if value != "all"]
        if not all(value.isdigit() for value in ids):
            raise Http404
        try:
            if not self.permission_policy.user_has_permission(request.user, self.permission):
                raise PermissionDenied
            visible = self.permission_policy.instances_user_has_permission_for(request.user, "view")
            hidden = CareRequest.objects.filter(pk__in=ids).exclude(pk__in=visible.values("pk")).first()
            if hidden is not None:
                return no_store(refusal(request, reference=hidden.reference, detail=f"bulk {self.action_type}"))
            response = super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            response = refusal(request, detail=f"bulk {self.action_type}")
        return no_store(response)

    def get_all_objects_in_listing_query(self, parent_id):
        """The queue as the user filtered and searched it when they chose "select all"."""
        requests = self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
        filters = CareRequestFilterSet(self.request.GET, queryset=requests, request=self.request)
        if filters.is_valid():
            requests = filters.qs
        if self.request.GET.get("search") == "1":
            requests = search_requests(requests, self.request.session.get(SEARCH_SESSION_KEY, ""))
        return requests.values_list("pk", flat=True)

    @cached_property
    def _actionable_objects(self):
        return super().get_actionable_objects()

    def get_actionable_objects(self):
        return self._actionable_objects

    def check_perm(self, obj):
        return self.permission_policy.user_has_permission_for_instance(self.request.user, self.permission, obj)

    def get_execution_context(self):
        return {"user": self.request.user, **self.cleaned_form.cleaned_data}


class AssignBulkAction(CareRequestBulkAction):
    display_name = _("Assign")
    action_type = "assign"
    aria_label = _("Assign the selected requests")
    action_priority = 10
    form_class = BulkAssignForm
    confirm_label = _("Yes, assign")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "care_requests": self.get_actionable_objects()[0]}

    @classmethod
    def execute_action(cls, objects, assignee=None, user=None, **kwargs):
        changed = [r for r in objects if r.assignee_id != assignee.pk]
        for care_request in changed:
            care_request_assign(care_request=care_request, assignee=assignee, user=user)
        return len(changed), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext(
            "%(count)d request assigned to %(person)s.",
            "%(count)d requests assigned to %(person)s.",
            num_parent_objects,
        ) % {"count": num_parent_objects, "person": self.cleaned_form.cleaned_data["assignee"].get_username()}


class CloseBulkAction(CareRequestBulkAction):
    display_name = pgettext_lazy("helpdesk", "Close")
    action_type = "close"
    aria_label = _("Close the selected requests")
    action_priority = 20
    form_class = BulkCloseForm
    confirm_label = _("Yes, close them")

    @classmethod
    def execute_action(cls, objects, close_reason="", user=None, **kwargs):
        still_open = [r for r in objects if r.status != Status.CLOSED]
        for care_request in still_open:
            care_request_set_status(
                care_request=care_request, status=Status.CLOSED, close_reason=close_reason, user=user
            )
        return len(still_open), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d request closed.", "%(count)d requests closed.", num_parent_objects) % {
            "count": num_parent_objects
        }


class ExportBulkAction(CareRequestBulkAction):
    """Answers with the file instead of going back to the queue; each request exported is audited."""

    display_name = pgettext_lazy("helpdesk", "Export")
    action_type = "export"
    aria_label = _("Export the selected requests")
    action_priority = 30
    permission = "export"
    form_class = ExportFormatForm
    confirm_label = _("Download the file")

    def form_valid(self, form):
        requests = self.get_actionable_objects()[0]
        file_format = form.cleaned_data["format"]
        export_audit(user=self.request.user, care_requests=requests, file_format=file_format)
        return export_response(requests, file_format)


BULK_ACTIONS = [AssignBulkAction, CloseBulkAction, ExportBulkAction]
