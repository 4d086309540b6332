"""The audit log in the admin: who did what to which request, and when, filtered by who, what, when and request."""

from __future__ import annotations

from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic

from .filters import AUDIT_ACTIONS
from .views import AuditedRefusalMixin


class AuditEntryIndexView(AuditedRefusalMixin, generic.IndexView):
    """The audit log, filtered by who, what, when and request; it holds no personal details."""

    permission_required = "view"
    any_permission_required = None
    page_title = gettext_lazy("Audit log")

    @cached_property
    def columns(self):
        return [
            Column("at", label=gettext_lazy("When"), accessor="at", sort_key="at"),
            Column(
                "username",
                label=gettext_lazy("Who"),
                accessor=lambda entry: entry.username or _("system or public form"),
                sort_key="username",
            ),
            Column(
                "action",
                label=gettext_lazy("What"),
                accessor=lambda entry: AUDIT_ACTIONS.get(entry.action, entry.action),
                sort_key="action",
            ),
            Column("reference", label=gettext_lazy("Request"), sort_key="reference"),
            Column("detail", label=gettext_lazy("Detail")),
        ]
