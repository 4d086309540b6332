"""A person's requests and the messages they sent through editors' forms: find them by email or phone,
give the person a copy (JSON) or erase them."""

from __future__ import annotations

import json

from django.contrib import messages
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView

from portal.personal_data import personal_data_sources

from ..audit import audit_record
from ..models import CareRequest
from ..retention import care_requests_delete, form_submissions_delete
from ..selectors import person_form_submissions, person_requests
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
        identifier = form.cleaned_data["identifier"]
        found = person_requests(identifier)
        submissions = person_form_submissions(identifier)
        others = [(source, source.find(identifier)) for source in personal_data_sources()]
        anything = bool(found or submissions or any(records for _source, records in others))
        action = request.POST.get("action", "find")
        audit_record(
            user=request.user,
            action="searched person",
            detail=f"{len(found)} request(s), {len(submissions)} form submission(s)"
            + "".join(f", {len(records)} {source.key}" for source, records in others),
        )
        if action == "export" and anything:
            for care_request in found:
                audit_record(user=request.user, action="exported personal data", reference=care_request.reference)
            if submissions:
                audit_record(
                    user=request.user, action="exported personal data", detail=f"{len(submissions)} form submission(s)"
                )
            for source, records in others:
                if records:
                    audit_record(
                        user=request.user, action="exported personal data", detail=f"{len(records)} {source.key}"
                    )
            data = {
                "requests": [_as_json(r) for r in found],
                "form_submissions": [_submission_as_json(s) for s in submissions],
                **{source.key: [source.as_json(record) for record in records] for source, records in others},
            }
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2, cls=DjangoJSONEncoder), content_type="application/json"
            )
            response["Content-Disposition"] = 'attachment; filename="care-requests-personal-data.json"'
            return response
        if action == "erase" and anything:
            if not form.cleaned_data["confirm"]:
                form.add_error("confirm", _("Tick the box to confirm the erasure."))
            else:
                references = care_requests_delete(care_requests=found, user=request.user, action="erased")
                erased = form_submissions_delete(submissions=submissions, user=request.user, action="erased")
                for source, records in others:
                    if records:
                        count = source.erase(records=records, user=request.user, action="erased")
                        messages.success(
                            request, _("%(what)s erased: %(count)s") % {"what": source.label, "count": count}
                        )
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
        context = self.get_context_data(
            form=form,
            found=found,
            submissions=submissions,
            others=[(source.label, [source.describe(record) for record in records]) for source, records in others],
            anything=anything,
            searched=True,
        )
        return self.render_to_response(context)


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


def _submission_as_json(submission) -> dict:
    return {
        "form": submission.page.title,
        "submitted_at": submission.submit_time.isoformat(),
        "answers": submission.form_data,
    }
