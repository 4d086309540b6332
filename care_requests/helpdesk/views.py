"""Helpdesk views in the Wagtail admin. Each view, export, change and deletion is audited."""

from __future__ import annotations

import json
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..audit import audit_record
from ..models import AuditEntry, CareRequest, CareRequestEvent, HelpKind, Status
from ..retention import care_requests_delete, form_submissions_delete
from ..selectors import (
    is_overdue,
    overdue_filter,
    person_form_submissions,
    person_requests,
    report_data,
    search_requests,
    visible_requests,
)
from ..services import (
    care_request_add_note,
    care_request_assign,
    care_request_reply,
    care_request_set_status,
    requester_language,
)
from .export import export_response
from .forms import AssignForm, NoteForm, PersonForm, QueueFilterForm, ReplyForm, StatusForm

SEARCH_SESSION_KEY = "care_requests_search"
PER_PAGE = 50
HELP_LABELS = dict(HelpKind.choices)
STATUS_LABELS = dict(Status.choices)


def no_store(response):
    patch_cache_control(response, no_store=True, private=True)
    return response


class HelpdeskView(WagtailAdminTemplateMixin, TemplateView):
    permission = "care_requests.view_carerequest"
    header_icon = "help"

    def dispatch(self, request, *args, **kwargs):
        """A plain 403 page (Wagtail would redirect to the dashboard) for what the user may not see."""
        self.requests = visible_requests(request.user)
        try:
            if self.requests is None or not request.user.has_perm(self.permission):
                raise PermissionDenied
            response = super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            audit_record(
                user=request.user,
                action="refused",
                reference=getattr(self, "refused_reference", ""),
                detail=request.resolver_match.url_name,
            )
            response = TemplateResponse(request, "care_requests/admin/forbidden.html", status=403)
        return no_store(response)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("care_requests_admin:index"), "label": gettext_lazy("Care requests")},
            {"url": "", "label": self.get_page_title()},
        ]


def filtered_requests(request, requests: QuerySet[CareRequest]) -> tuple[QueueFilterForm, QuerySet, str]:
    """The queue narrowed by the GET filters and by the search kept in the session (never in the URL)."""
    form = QueueFilterForm(request.GET or None, requests=requests)
    if form.is_valid():
        data = form.cleaned_data
        for name in ("status", "kind", "help_kind"):
            if data.get(name):
                requests = requests.filter(**{name: data[name]})
        if data.get("commune"):
            requests = requests.filter(commune=data["commune"])
        if data.get("canton"):
            requests = requests.filter(commune__canton=data["canton"])
        if data.get("organisation"):
            requests = requests.filter(organisations__translation_key=data["organisation"].translation_key)
        if data.get("assignee"):
            requests = requests.filter(assignee=data["assignee"])
        now = timezone.now()
        age = data.get("age")
        if age == "overdue":
            requests = requests.filter(overdue_filter(now))
        elif age == "week":
            requests = requests.filter(submitted_at__gte=now - timedelta(days=7))
        elif age == "older":
            requests = requests.filter(submitted_at__lt=now - timedelta(days=7))
        elif age == "month":
            requests = requests.filter(submitted_at__lt=now - timedelta(days=30))
    search = request.session.get(SEARCH_SESSION_KEY, "") if request.GET.get("search") == "1" else ""
    return form, search_requests(requests, search).distinct(), search


class QueueView(HelpdeskView):
    template_name = "care_requests/admin/queue.html"
    page_title = gettext_lazy("Care requests")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def post(self, request):
        request.session[SEARCH_SESSION_KEY] = request.POST.get("q", "")[:200]
        params = request.GET.copy()
        params["search"] = "1"
        params.pop("page", None)
        return redirect(f"{reverse('care_requests_admin:index')}?{params.urlencode()}")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form, requests, search = filtered_requests(self.request, self.requests)
        page = Paginator(requests.prefetch_related("organisations"), PER_PAGE).get_page(self.request.GET.get("page"))
        overdue = set(requests.filter(overdue_filter()).values_list("pk", flat=True))
        for item in page.object_list:
            item.is_overdue = item.pk in overdue
        params = self.request.GET.copy()
        params.pop("page", None)
        audit_record(user=self.request.user, action="viewed list", detail=f"{page.paginator.count} request(s)")
        context.update(
            filter_form=form,
            page_obj=page,
            search=search,
            query_string=params.urlencode(),
            can_export=self.request.user.has_perm("care_requests.export_carerequests"),
            can_report=self.request.user.has_perm("care_requests.view_carerequest_report"),
            can_manage_people=self.request.user.has_perm("care_requests.manage_personal_data"),
        )
        return context


class RequestMixin:
    def get_care_request(self) -> CareRequest:
        care_request = get_object_or_404(CareRequest, pk=self.kwargs["pk"])
        if not self.requests.filter(pk=care_request.pk).exists():
            self.refused_reference = care_request.reference
            raise PermissionDenied
        return care_request


class DetailView(RequestMixin, HelpdeskView):
    template_name = "care_requests/admin/detail.html"

    def get_page_title(self):
        return self.care_request.reference

    def get(self, request, *args, **kwargs):
        self.care_request = self.get_care_request()
        audit_record(user=request.user, action="viewed", reference=self.care_request.reference)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.care_request = self.get_care_request()
        if not request.user.has_perm("care_requests.change_carerequest"):
            raise PermissionDenied
        action = request.POST.get("action")
        forms = {}
        if action == "assign":
            form = forms["assign_form"] = AssignForm(request.POST, care_request=self.care_request)
            if form.is_valid():
                care_request_assign(
                    care_request=self.care_request, assignee=form.cleaned_data["assignee"], user=request.user
                )
                messages.success(request, _("Assignment saved."))
                return redirect(request.path)
        elif action == "status":
            form = forms["status_form"] = StatusForm(request.POST)
            if form.is_valid():
                care_request_set_status(
                    care_request=self.care_request,
                    status=form.cleaned_data["status"],
                    close_reason=form.cleaned_data["close_reason"],
                    user=request.user,
                )
                messages.success(request, _("Status saved."))
                return redirect(request.path)
        elif action == "note":
            form = forms["note_form"] = NoteForm(request.POST)
            if form.is_valid():
                care_request_add_note(care_request=self.care_request, text=form.cleaned_data["text"], user=request.user)
                messages.success(request, _("Note added."))
                return redirect(request.path)
        elif action in ("use_canned", "reply") and self.care_request.email:
            form = forms["reply_form"] = ReplyForm(request.POST, language=requester_language(self.care_request))
            if form.is_valid() and action == "use_canned" and form.cleaned_data["canned_reply"]:
                canned = form.cleaned_data["canned_reply"]
                values = {"reference": self.care_request.reference}
                forms["reply_form"] = ReplyForm(
                    initial={
                        "canned_reply": canned,
                        "subject": canned.subject.replace("{reference}", values["reference"]),
                        "body": canned.body.replace("{reference}", values["reference"]),
                    },
                    language=requester_language(self.care_request),
                )
            elif form.is_valid() and action == "reply":
                care_request_reply(
                    care_request=self.care_request,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                    user=request.user,
                )
                messages.success(request, _("Reply sent."))
                return redirect(request.path)
        context = self.get_context_data(**forms)
        return self.render_to_response(context)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        care_request = self.care_request
        language = requester_language(care_request)
        context.setdefault(
            "assign_form", AssignForm(initial={"assignee": care_request.assignee}, care_request=care_request)
        )
        context.setdefault(
            "status_form",
            StatusForm(initial={"status": care_request.status, "close_reason": care_request.close_reason}),
        )
        context.setdefault("note_form", NoteForm())
        context.setdefault("reply_form", ReplyForm(language=language))
        context.update(
            care_request=care_request,
            events=care_request.events.select_related("actor"),
            organisations=care_request.organisations.all(),
            is_overdue=is_overdue(care_request),
            reply_language=language,
            can_change=self.request.user.has_perm("care_requests.change_carerequest"),
            can_delete=self.request.user.has_perm("care_requests.delete_carerequest"),
            event_actions=CareRequestEvent.Action,
        )
        return context


class DeleteView(RequestMixin, HelpdeskView):
    permission = "care_requests.delete_carerequest"
    template_name = "care_requests/admin/delete.html"

    def get_page_title(self):
        return _("Delete %(reference)s") % {"reference": self.care_request.reference}

    def get(self, request, *args, **kwargs):
        self.care_request = self.get_care_request()
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        care_request = self.get_care_request()
        care_requests_delete(care_requests=[care_request], user=request.user, action="deleted")
        messages.success(request, _("Request %(reference)s deleted.") % {"reference": care_request.reference})
        return redirect("care_requests_admin:index")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "care_request": self.care_request}


class ExportView(HelpdeskView):
    permission = "care_requests.export_carerequests"

    def get(self, request, *args, **kwargs):
        file_format = "xlsx" if request.GET.get("format") == "xlsx" else "csv"
        _form, requests, _search = filtered_requests(request, self.requests)
        requests = list(requests.prefetch_related("organisations"))
        AuditEntry.objects.bulk_create(
            [
                AuditEntry(
                    user=request.user,
                    username=request.user.get_username(),
                    action="exported",
                    reference=r.reference,
                    detail=file_format,
                )
                for r in requests
            ]
        )
        return export_response(requests, file_format)


class ReportView(HelpdeskView):
    permission = "care_requests.view_carerequest_report"
    template_name = "care_requests/admin/report.html"
    page_title = gettext_lazy("Care requests report")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        data = report_data()
        audit_record(user=self.request.user, action="viewed report")
        context["report"] = data
        charts = [
            (_("Requests per month"), _("Month"), [(month.strftime("%Y-%m"), n) for month, n in data["per_month"]]),
            (_("Per commune"), _("Commune"), data["per_commune"]),
            (_("Per kind of help"), _("Kind of help"), [(_label(HELP_LABELS, key), n) for key, n in data["per_help"]]),
            (_("Per status"), _("Status"), [(_label(STATUS_LABELS, key), n) for key, n in data["per_status"]]),
        ]
        context["charts"] = [(title, heading, _with_widths(rows)) for title, heading, rows in charts]
        return context


def _with_widths(rows):
    top = max((n for _, n in rows), default=0) or 1
    return [(label, n, round(100 * n / top)) for label, n in rows]


def _label(labels, key):
    return labels.get(key) or _("Not given")


class PeopleView(HelpdeskView):
    """Find a person's requests and form messages by email or phone, export them (JSON) or erase them.

    Always by POST."""

    permission = "care_requests.manage_personal_data"
    template_name = "care_requests/admin/people.html"
    page_title = gettext_lazy("A person's requests")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", PersonForm())
        return context

    def post(self, request, *args, **kwargs):
        form = PersonForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        found = person_requests(form.cleaned_data["identifier"])
        submissions = person_form_submissions(form.cleaned_data["identifier"])
        action = request.POST.get("action", "find")
        audit_record(
            user=request.user,
            action="searched person",
            detail=f"{len(found)} request(s), {len(submissions)} form submission(s)",
        )
        if action == "export" and (found or submissions):
            for care_request in found:
                audit_record(user=request.user, action="exported personal data", reference=care_request.reference)
            if submissions:
                audit_record(
                    user=request.user, action="exported personal data", detail=f"{len(submissions)} form submission(s)"
                )
            data = {
                "requests": [_as_json(r) for r in found],
                "form_submissions": [_submission_as_json(s) for s in submissions],
            }
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="care-requests-personal-data.json"'
            return no_store(response)
        if action == "erase" and (found or submissions):
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Tick the box to confirm the erasure."))
            else:
                references = care_requests_delete(care_requests=found, user=request.user, action="erased")
                erased = form_submissions_delete(submissions=submissions, user=request.user, action="erased")
                if references:
                    messages.success(request, _("Erased: %(references)s") % {"references": ", ".join(references)})
                if erased:
                    messages.success(
                        request,
                        ngettext(
                            "Erased %(count)s message sent through a form.",
                            "Erased %(count)s messages sent through forms.",
                            erased,
                        )
                        % {"count": erased},
                    )
                return redirect("care_requests_admin:people")
        context = self.get_context_data(form=form, found=found, submissions=submissions, searched=True)
        return self.render_to_response(context)


def _as_json(care_request: CareRequest) -> dict:
    fields = [
        "reference",
        "kind",
        "language",
        "requester_role",
        "relationship",
        "name",
        "address",
        "phone",
        "email",
        "contact_language",
        "help_kind",
        "description",
        "availability",
        "status",
        "close_reason",
    ]
    data = {name: getattr(care_request, name) for name in fields}
    data["commune"] = care_request.commune.name_fr if care_request.commune else ""
    for name in ("submitted_at", "consent_at", "first_contact_at", "closed_at"):
        value = getattr(care_request, name)
        data[name] = value.isoformat() if value else None
    data["history"] = [
        {"at": event.at.isoformat(), "action": event.action, "text": event.text} for event in care_request.events.all()
    ]
    return data


def _submission_as_json(submission) -> dict:
    return {
        "form": submission.page.title,
        "submitted_at": submission.submit_time.isoformat(),
        "answers": submission.form_data,
    }


class AuditLogView(HelpdeskView):
    permission = "care_requests.view_all_carerequests"
    template_name = "care_requests/admin/audit.html"
    page_title = gettext_lazy("Audit log")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entries = AuditEntry.objects.all()
        reference = self.request.GET.get("reference", "").strip()[:20]
        if reference:
            entries = entries.filter(reference__iexact=reference)
        context["page_obj"] = Paginator(entries, 100).get_page(self.request.GET.get("page"))
        context["reference"] = reference
        context["query_string"] = f"reference={reference}" if reference else ""
        return context
