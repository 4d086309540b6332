"""Who may do what in the helpdesk, as Wagtail permission policies (registered in ``wagtail_hooks``).

The generic admin views, the bulk actions and the admin URL finder all ask these policies, so the
row-level rule of ``visible_requests`` (the helpdesk sees every request, CIG staff those routed to
their organisations) holds everywhere a request can be reached.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy

from ..models import CareRequest
from ..selectors import MODEL_BACKEND, visible_requests

VIEW = "care_requests.view_carerequest"
VIEW_ALL = "care_requests.view_all_carerequests"

#: The policy's actions and the Django permissions behind them. Nobody adds a request in the admin
#: (they come from the public forms), and a request is never edited as a whole: "change" is what the
#: request page and the bulk actions do (assign, change the status, note, reply), each audited.
CARE_REQUEST_ACTIONS = {
    "view": "care_requests.view_carerequest",
    "change": "care_requests.change_carerequest",
    "delete": "care_requests.delete_carerequest",
    "export": "care_requests.export_carerequests",
}


def _holders(permission: str) -> QuerySet:
    return get_user_model().objects.with_perm(permission, backend=MODEL_BACKEND).values("pk")


class CareRequestPermissionPolicy(BasePermissionPolicy):
    """Django's permissions on care requests, narrowed to the requests a user may see."""

    def user_has_permission(self, user, action):
        permission = CARE_REQUEST_ACTIONS.get(action)
        return permission is not None and user.has_perm(VIEW) and user.has_perm(permission)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, pk__in=_holders(VIEW))
        query = Q(pk__in=[])
        for action in actions:
            if action in CARE_REQUEST_ACTIONS:
                query |= Q(pk__in=_holders(CARE_REQUEST_ACTIONS[action]))
        return users.filter(query)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and visible_requests(user).filter(pk=instance.pk).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return CareRequest.objects.none()
        return visible_requests(user)

    def users_with_any_permission_for_instance(self, actions, instance):
        keys = instance.organisations.values("translation_key")
        routed = get_user_model().objects.filter(care_memberships__organisation__translation_key__in=keys)
        return self.users_with_any_permission(actions).filter(
            Q(pk__in=_holders(VIEW_ALL)) | Q(pk__in=routed.values("pk"))
        )


class AuditEntryPermissionPolicy(BasePermissionPolicy):
    """The audit log is read, never written, in the admin, by those who see every request."""

    def user_has_permission(self, user, action):
        return action == "view" and user.has_perm(VIEW) and user.has_perm(VIEW_ALL)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True, pk__in=_holders(VIEW)).filter(pk__in=_holders(VIEW_ALL))
