"""A person's requests: find them by email or phone, give the person a copy (JSON) or erase them."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from ..audit import audit_record
from ..models import CareRequest
from ..retention import care_requests_delete
from ..selectors import person_requests
from .forms import PersonForm
from .report import HelpdeskPageMixin

PERSONAL_FIELDS = [
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


class PeopleView(HelpdeskPageMixin, TemplateView):
    """Always by POST, so that an email address or phone number never appears in a URL."""

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
        action = request.POST.get("action", "find")
        audit_record(user=request.user, action="searched person", detail=f"{len(found)} request(s)")
        if action == "export" and found:
            for care_request in found:
                audit_record(user=request.user, action="exported personal data", reference=care_request.reference)
            response = HttpResponse(
                json.dumps([_as_json(r) for r in found], ensure_ascii=False, indent=2), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="care-requests-personal-data.json"'
            return response
        if action == "erase" and found:
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Tick the box to confirm the erasure."))
            else:
                references = care_requests_delete(care_requests=found, user=request.user, action="erased")
                messages.success(request, _("Erased: %(references)s") % {"references": ", ".join(references)})
                return redirect("care_requests_admin:people")
        return self.render_to_response(self.get_context_data(form=form, found=found, searched=True))


def _as_json(care_request: CareRequest) -> dict:
    data = {name: getattr(care_request, name) for name in PERSONAL_FIELDS}
    data["commune"] = care_request.commune.name_fr if care_request.commune else ""
    for name in ("submitted_at", "consent_at", "first_contact_at", "closed_at"):
        value = getattr(care_request, name)
        data[name] = value.isoformat() if value else None
    data["history"] = [
        {"at": event.at.isoformat(), "action": event.action, "text": event.text} for event in care_request.events.all()
    ]
    return data
