"""The report: counts per month, commune, kind of help and status over a chosen period."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..audit import audit_record
from ..models import HelpKind, Status
from ..selectors import report_data, report_period_default
from .forms import ReportPeriodForm
from .views import AuditedRefusalMixin

HELP_LABELS = dict(HelpKind.choices)
STATUS_LABELS = dict(Status.choices)


class HelpdeskPageMixin(AuditedRefusalMixin, WagtailAdminTemplateMixin):
    """A helpdesk page beside the queue, open to those with ``permission`` (and the queue)."""

    permission = ""
    header_icon = "help"

    def check_access(self):
        user = self.request.user
        if not (user.has_perm("care_requests.view_carerequest") and user.has_perm(self.permission)):
            raise PermissionDenied

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("care_requests_admin:index"), "label": gettext_lazy("Care requests")},
            {"url": "", "label": self.get_page_title()},
        ]


class ReportView(HelpdeskPageMixin, TemplateView):
    """Deleted requests count through their anonymous monthly counts, so a period counts whole months of them."""

    permission = "care_requests.view_carerequest_report"
    template_name = "care_requests/admin/report.html"
    page_title = gettext_lazy("Care requests report")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        start, end = report_period_default()
        form = ReportPeriodForm(
            self.request.GET if "start" in self.request.GET else None, initial={"start": start, "end": end}
        )
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
        data = report_data(start=start, end=end)
        audit_record(user=self.request.user, action="viewed report", detail=f"{start.isoformat()} – {end.isoformat()}")
        charts = [
            (_("Requests per month"), _("Month"), [(month.strftime("%Y-%m"), n) for month, n in data["per_month"]]),
            (_("Per commune"), _("Commune"), data["per_commune"]),
            (_("Per kind of help"), _("Kind of help"), [(_label(HELP_LABELS, key), n) for key, n in data["per_help"]]),
            (_("Per status"), _("Status"), [(_label(STATUS_LABELS, key), n) for key, n in data["per_status"]]),
        ]
        context.update(
            form=form,
            start=start,
            end=end,
            report=data,
            charts=[(title, heading, _with_widths(rows)) for title, heading, rows in charts],
        )
        return context


def _with_widths(rows):
    top = max((n for _, n in rows), default=0) or 1
    return [(label, n, round(100 * n / top)) for label, n in rows]


def _label(labels, key):
    return labels.get(key) or _("Not given")
