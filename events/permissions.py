"""Who manages which events: editors and moderators every organisation's, CIG staff their own organisations'.

Registered as the events' Wagtail permission policy, so the listing, the edit views, the bulk actions
and the choosers all apply the same row-level rule.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q, QuerySet
from wagtail.permission_policies.base import BasePermissionPolicy, ModelPermissionPolicy

from services_directory.models import Organization

MANAGE_ALL = "events.manage_all_events"


def manages_all_events(user) -> bool:
    return user.is_superuser or user.has_perm(MANAGE_ALL)


def own_organizations(user) -> QuerySet:
    """The organisations (every translation) whose events ``user`` manages."""
    if manages_all_events(user):
        return Organization.objects.all()
    keys = Organization.objects.filter(care_memberships__user=user).values("translation_key")
    return Organization.objects.filter(translation_key__in=keys)


def organization_choices(user, *, locale_id: int | None, current_id: int | None = None) -> QuerySet:
    """The organisations ``user`` may give an event, each once, by name.

    Each one in the event's language where it is translated, else in the language it was first
    written in; the one the event already has (``current_id``) stays as it is.
    """
    best: dict = {}
    rows = own_organizations(user).order_by("pk").values_list("pk", "translation_key", "locale_id")
    for pk, key, organization_locale_id in rows:
        rank = 0 if pk == current_id else 1 if organization_locale_id == locale_id else 2
        if key not in best or rank < best[key][0]:
            best[key] = (rank, pk)
    return Organization.objects.filter(pk__in=[pk for _rank, pk in best.values()]).order_by("name")


class EventPermissionPolicy(ModelPermissionPolicy):
    def _own(self, user) -> Q:
        if manages_all_events(user):
            return Q()
        return Q(organization__in=own_organizations(user))

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return self.model.objects.filter(self._own(user), pk=instance.pk).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return any(self.user_has_permission_for_instance(user, action, instance) for action in actions)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model.objects.none()
        return self.model.objects.filter(self._own(user))

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])


class SignUpPermissionPolicy(BasePermissionPolicy):
    """Sign-ups are seen (and exported) by those who manage the event: never added or edited in the admin."""

    ACTIONS = ("view", "export")

    def user_has_permission(self, user, action):
        return action in self.ACTIONS and user.is_active and user.has_perm("events.change_event")

    def users_with_any_permission(self, actions):
        if not set(actions) & set(self.ACTIONS):
            return get_user_model().objects.none()
        return get_user_model().objects.filter(is_active=True).with_perm("events.change_event")

    def user_has_permission_for_instance(self, user, action, instance):
        return (
            self.user_has_permission(user, action)
            and self.instances_user_has_permission_for(user, action).filter(pk=instance.pk).exists()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if not any(self.user_has_permission(user, action) for action in actions):
            return self.model.objects.none()
        return self.model.objects.filter(event__organization__in=own_organizations(user))
