"""The helpdesk's admin viewsets: the queue of care requests and the audit log.

Only the views the helpdesk uses are routed: requests come from the public forms (no "add") and
change through their page's actions (no generic "edit"), so every change goes through the services
that write the request's history and the audit log.
"""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet

from ..models import AuditEntry, CareRequest
from . import views
from .audit_log import AuditEntryIndexView
from .filters import AuditEntryFilterSet, CareRequestFilterSet
from .people import PeopleView
from .report import ReportView


class CareRequestURLFinder(ModelAdminURLFinder):
    """A request's admin page is its inspect view, where the helpdesk works on it."""

    edit_url_name = "care_requests_admin:inspect"


class CareRequestViewSet(ModelViewSet):
    model = CareRequest
    icon = "help"
    url_prefix = "care-requests"
    url_namespace = "care_requests_admin"
    menu_label = _("Care requests")
    add_to_reference_index = False
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = views.CareRequestIndexView
    inspect_view_class = views.CareRequestInspectView
    delete_view_class = views.CareRequestDeleteView
    filterset_class = CareRequestFilterSet
    ordering = ["-submitted_at", "-pk"]
    list_per_page = 50
    url_finder_class = CareRequestURLFinder

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None, edit_url_name=None, history_url_name=None, usage_url_name=None, **kwargs
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/delete/", self.delete_view, name="delete"),
            path("report/", ReportView.as_view(), name="report"),
            path("people/", PeopleView.as_view(), name="people"),
        ]


class AuditEntryViewSet(ModelViewSet):
    model = AuditEntry
    icon = "history"
    url_prefix = "care-requests/audit"
    url_namespace = "care_requests_audit"
    menu_label = _("Audit log")
    add_to_reference_index = False
    copy_view_enabled = False
    index_view_class = AuditEntryIndexView
    filterset_class = AuditEntryFilterSet
    ordering = ["-at", "-pk"]
    list_per_page = 100

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            delete_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]

    def get_permissions_to_register(self):
        """The audit log is opened with "Can see every care request"; it has no permissions of its own."""
        return Permission.objects.none()

    def register_admin_url_finder(self):
        """Audit entries have no page of their own."""
