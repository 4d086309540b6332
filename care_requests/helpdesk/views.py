"""The helpdesk on Wagtail's generic admin views: the queue (filters, sorting, bulk actions, export),
a request's page (an inspect view with the helpdesk's actions) and its deletion, and the audit log.

Every view, change, export and refusal is written to the audit log; what a user may see and do is the
permission policy's decision (``helpdesk/permissions.py``).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, ExpressionWrapper
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.widgets.button import Button

from ..audit import audit_record
from ..models import AuditEntry, CareRequestEvent, RequestKind
from ..retention import care_requests_delete
from ..selectors import is_overdue, overdue_filter, search_requests
from ..services import (
    care_request_add_note,
    care_request_assign,
    care_request_reply,
    care_request_set_status,
    requester_language,
)
from .export import export_response
from .forms import AssignForm, NoteForm, ReplyForm, StatusForm

SEARCH_SESSION_KEY = "care_requests_search"


def no_store(response):
    patch_cache_control(response, no_store=True, private=True)
    return response


def refusal(request, *, reference: str = "", detail: str = ""):
    """A plain 403 page (Wagtail would redirect to the dashboard), recorded in the audit log."""
    audit_record(
        user=request.user,
        action="refused",
        reference=reference,
        detail=detail or getattr(request.resolver_match, "url_name", "") or "",
    )
    return TemplateResponse(request, "care_requests/admin/forbidden.html", status=403)


class AuditedRefusalMixin:
    """Refusals become an audited 403 page; nothing the helpdesk sees is kept by a cache.

    ``check_access`` runs before the view's own permission checks: object views refuse there the
    requests the user may not open, naming them in ``refused_reference``.
    """

    refused_reference = ""

    def check_access(self):
        pass

    def dispatch(self, request, *args, **kwargs):
        try:
            self.check_access()
            response = super().dispatch(request, *args, **kwargs)
        except PermissionDenied:
            response = refusal(request, reference=self.refused_reference)
        return no_store(response)


class CareRequestObjectMixin(AuditedRefusalMixin):
    """For the views of one request: refused unless the user may ``object_permission`` it."""

    object_permission = "view"

    def check_access(self):
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.object_permission, self.object
        ):
            self.refused_reference = self.object.reference
            raise PermissionDenied


class CareStatusColumn(Column):
    """The status as a coloured tag with its name, then "overdue" and "no local service" when they apply."""

    cell_template_name = "care_requests/admin/status_cell.html"


class CareRequestIndexView(AuditedRefusalMixin, generic.IndexView):
    """The queue. The search (by reference, name or phone) is sent by POST and kept in the session, so a
    name or phone number never appears in a URL or a server log; ``?search=1`` applies it."""

    permission_required = "view"
    any_permission_required = None
    template_name = "care_requests/admin/index.html"
    results_template_name = "care_requests/admin/index_results.html"

    def get_base_queryset(self):
        requests = self.permission_policy.instances_user_has_permission_for(self.request.user, "view")
        return requests.select_related("commune__canton", "assignee").annotate(
            overdue=ExpressionWrapper(overdue_filter(), output_field=BooleanField())
        )

    @cached_property
    def search_text(self) -> str:
        return self.request.session.get(SEARCH_SESSION_KEY, "") if self.request.GET.get("search") == "1" else ""

    @cached_property
    def is_searching(self):
        return bool(self.search_text)

    def search_queryset(self, queryset):
        return search_requests(queryset, self.search_text)

    def post(self, request, *args, **kwargs):
        text = request.POST.get("q", "").strip()[:200]
        request.session[SEARCH_SESSION_KEY] = text
        params = request.GET.copy()
        params.pop(self.page_kwarg, None)
        params.pop("search", None)
        if text:
            params["search"] = "1"
        return redirect(f"{self.index_url}?{params.urlencode()}")

    @cached_property
    def columns(self):
        return [
            BulkActionsCheckboxColumn("bulk_actions", obj_type="care_request"),
            TitleColumn(
                "reference",
                label=gettext_lazy("Reference"),
                sort_key="reference",
                get_url=self.get_inspect_url,
                get_title_id=lambda care_request: f"care_request_{care_request.pk}_title",
            ),
            Column("name", label=gettext_lazy("Name"), sort_key="name"),
            DateColumn("submitted_at", label=gettext_lazy("Submitted"), sort_key="submitted_at"),
            Column(
                "language",
                label=gettext_lazy("Language"),
                accessor=lambda r: r.get_contact_language_display() or r.get_language_display(),
                sort_key="contact_language",
            ),
            Column("commune", label=gettext_lazy("Commune"), accessor="commune.name_fr", sort_key="commune__name_fr"),
            Column(
                "help_kind", label=gettext_lazy("Kind of help"), accessor="get_help_kind_display", sort_key="help_kind"
            ),
            CareStatusColumn("status", label=gettext_lazy("Status"), sort_key="status"),
            Column(
                "assignee",
                label=gettext_lazy("Assigned to"),
                accessor="assignee.username",
                sort_key="assignee__username",
            ),
        ]

    @cached_property
    def show_export_buttons(self):
        return self.user_has_permission("export")

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm("care_requests.view_carerequest_report"):
            buttons.append(Button(_("Report"), url=reverse("care_requests_admin:report"), icon_name="table"))
        if user.has_perm("care_requests.manage_personal_data"):
            buttons.append(
                Button(_("A person's requests"), url=reverse("care_requests_admin:people"), icon_name="user")
            )
        return buttons

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        if not self.is_export:
            count = context["items_count"]
            audit_record(user=self.request.user, action="viewed list", detail=f"{count} request(s)")
        context["search_text"] = self.search_text
        context["search_url"] = f"{self.index_url}?{self._params_without('search')}"
        context["clear_search_url"] = f"{self.index_url}?{self._params_without('search', self.page_kwarg)}"
        return context

    def _params_without(self, *names) -> str:
        """The listing's query string (as the results refreshed by the filters last had it), less ``names``."""
        params = self.request.GET.copy()
        for name in (*names, "_w_filter_fragment"):
            params.pop(name, None)
        return params.urlencode()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        """The filtered (and searched) queue, every page of it: one audit entry per request exported."""
        if not self.user_has_permission("export"):
            raise PermissionDenied
        requests = list(queryset.prefetch_related("organisations"))
        export_audit(user=self.request.user, care_requests=requests, file_format=spreadsheet_format)
        return export_response(requests, spreadsheet_format)


def export_audit(*, user, care_requests, file_format: str) -> None:
    AuditEntry.objects.bulk_create(
        [
            AuditEntry(
                user=user, username=user.get_username(), action="exported", reference=r.reference, detail=file_format
            )
            for r in care_requests
        ]
    )


CARE_FIELDS = [
    "kind",
    "submitted_at",
    "language",
    "requester_role",
    "relationship",
    "name",
    "address",
    "commune",
    "phone",
    "email",
    "contact_language",
    "help_kind",
    "availability",
    "description",
    "organisations",
    "assignee",
]
LISTING_ERROR_FIELDS = ["kind", "submitted_at", "language", "listing_service", "email", "description", "assignee"]


class CareRequestInspectView(CareRequestObjectMixin, generic.InspectView):
    """A request's page: its details and history, and (with "change") assign, status, notes and replies
    starting from a canned reply in the requester's language."""

    permission_required = "view"
    any_permission_required = None
    template_name = "care_requests/admin/inspect.html"

    def get_page_title(self):
        return self.object.reference

    def get_page_subtitle(self):
        return ""

    def get_fields_context(self):
        names = CARE_FIELDS if self.object.kind == RequestKind.CARE else LISTING_ERROR_FIELDS
        return [self.get_context_for_field(name) for name in names]

    def get_commune_display_value(self):
        commune = self.object.commune
        return f"{commune.name_fr} ({commune.canton.name_fr})" if commune else "—"

    def get_listing_service_display_value(self):
        service = self.object.listing_service
        return f"{service} (#{service.pk})" if service else "—"

    def get_assignee_display_value(self):
        return self.object.assignee.get_username() if self.object.assignee else "—"

    def get(self, request, *args, **kwargs):
        audit_record(user=request.user, action="viewed", reference=self.object.reference)
        return super().get(request, *args, **kwargs)

    @cached_property
    def can_change(self) -> bool:
        return self.permission_policy.user_has_permission_for_instance(self.request.user, "change", self.object)

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            self.refused_reference = self.object.reference
            raise PermissionDenied
        care_request, action, forms = self.object, request.POST.get("action"), {}
        if action == "assign":
            form = forms["assign_form"] = AssignForm(request.POST, care_request=care_request)
            if form.is_valid():
                care_request_assign(
                    care_request=care_request, assignee=form.cleaned_data["assignee"], user=request.user
                )
                return self._saved(_("Assignment saved."))
        elif action == "status":
            form = forms["status_form"] = StatusForm(request.POST)
            if form.is_valid():
                care_request_set_status(
                    care_request=care_request,
                    status=form.cleaned_data["status"],
                    close_reason=form.cleaned_data["close_reason"],
                    user=request.user,
                )
                return self._saved(_("Status saved."))
        elif action == "note":
            form = forms["note_form"] = NoteForm(request.POST)
            if form.is_valid():
                care_request_add_note(care_request=care_request, text=form.cleaned_data["text"], user=request.user)
                return self._saved(_("Note added."))
        elif action in ("use_canned", "reply") and care_request.email:
            language = requester_language(care_request)
            form = forms["reply_form"] = ReplyForm(request.POST, language=language)
            if form.is_valid() and action == "use_canned" and form.cleaned_data["canned_reply"]:
                canned = form.cleaned_data["canned_reply"]
                forms["reply_form"] = ReplyForm(
                    initial={
                        "canned_reply": canned,
                        "subject": canned.subject.replace("{reference}", care_request.reference),
                        "body": canned.body.replace("{reference}", care_request.reference),
                    },
                    language=language,
                )
            elif form.is_valid() and action == "reply":
                care_request_reply(
                    care_request=care_request,
                    subject=form.cleaned_data["subject"],
                    body=form.cleaned_data["body"],
                    user=request.user,
                )
                return self._saved(_("Reply sent."))
        return self.render_to_response(self.get_context_data(**forms))

    def _saved(self, message: str):
        messages.success(self.request, message)
        return redirect(self.request.path)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        care_request = self.object
        language = requester_language(care_request)
        if self.can_change:
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
            is_overdue=is_overdue(care_request),
            reply_language=language,
            can_change=self.can_change,
            event_actions=CareRequestEvent.Action,
        )
        return context


class CareRequestDeleteView(CareRequestObjectMixin, generic.DeleteView):
    """Deleting keeps an anonymous count for the report, as the retention purge does."""

    object_permission = "delete"

    @property
    def confirmation_message(self):
        return _("Delete request %(reference)s and its history for good? Only an anonymous count is kept.") % {
            "reference": self.object.reference
        }

    def delete_action(self):
        care_requests_delete(care_requests=[self.object], user=self.request.user, action="deleted")
