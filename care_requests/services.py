"""Writes: submitting requests and the helpdesk's work on them. Keyword-only, one transaction each."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from services_directory.selectors import care_organisations_for_commune

from .audit import audit_record
from .models.choices import RequestKind, Status
from .models.requests import CareRequest, CareRequestEvent, ReferenceCounter
from .notifications import email_queue

SITE_LANGUAGES = {code for code, _ in settings.LANGUAGES}


def reference_allocate(*, year: int) -> str:
    """The next ``CR-YYYY-NNNNNN`` of ``year``: the counter row stays locked until the caller commits."""
    with transaction.atomic():
        ReferenceCounter.objects.get_or_create(year=year)
        ReferenceCounter.objects.filter(year=year).update(last_number=F("last_number") + 1)
        number = ReferenceCounter.objects.get(year=year).last_number
    return f"CR-{year}-{number:06d}"


def admin_url(care_request: CareRequest) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("care_requests_admin:inspect", args=[care_request.pk])


def requester_language(care_request: CareRequest) -> str:
    """The preferred contact language when the site speaks it, else the language the form was filled in."""
    if care_request.contact_language in SITE_LANGUAGES:
        return care_request.contact_language
    return care_request.language if care_request.language in SITE_LANGUAGES else settings.LANGUAGE_CODE


def _queue_notifications(care_request: CareRequest) -> None:
    """Tell the routed organisations and the helpdesk (reference and link only), and the requester."""
    context = {"care_request": care_request, "admin_url": admin_url(care_request)}
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("New request %(reference)s") % {"reference": care_request.reference}
        body = render_to_string("care_requests/emails/new_request_staff.txt", context)
    recipients = [org.email for org in care_request.organisations.all() if org.email]
    recipients.append(settings.HELPDESK_EMAIL)
    for address in dict.fromkeys(recipients):
        email_queue(request=care_request, to=address, subject=subject, body=body)
    if care_request.email:
        with translation.override(requester_language(care_request)):
            subject = gettext("We have received your request %(reference)s") % {"reference": care_request.reference}
            body = render_to_string(f"care_requests/emails/confirmation_{care_request.kind}.txt", context)
        email_queue(request=care_request, to=care_request.email, subject=subject, body=body)
    CareRequestEvent.objects.create(
        request=care_request, action=CareRequestEvent.Action.NOTIFIED, text=", ".join(dict.fromkeys(recipients))
    )


@transaction.atomic
def care_request_submit(*, data: dict, locale: str, source_page=None) -> CareRequest:
    """Store a resident's request, route it to the organisations serving the commune, queue the emails."""
    commune = data["commune_object"]
    care_request = CareRequest.objects.create(
        reference=reference_allocate(year=timezone.localdate().year),
        kind=RequestKind.CARE,
        language=locale,
        requester_role=data["requester_role"],
        relationship=data.get("relationship", ""),
        name=data["name"],
        address=data["address"],
        commune=commune,
        phone=data.get("phone", ""),
        email=data.get("email", ""),
        contact_language=data["contact_language"],
        help_kind=data["help_kind"],
        description=data["description"],
        availability=data.get("availability", ""),
        consent_at=timezone.now(),
        source_page=source_page,
    )
    organisations = care_organisations_for_commune(commune)
    care_request.organisations.set(organisations)
    if not organisations:
        care_request.no_local_service = True
        care_request.save(update_fields=["no_local_service"])
    CareRequestEvent.objects.create(request=care_request, action=CareRequestEvent.Action.SUBMITTED)
    audit_record(user=None, action="submitted", reference=care_request.reference)
    _queue_notifications(care_request)
    return care_request


@transaction.atomic
def listing_error_submit(*, service, description: str, email: str, locale: str) -> CareRequest:
    """Store a report about a directory listing; it goes to the helpdesk queue as its own kind."""
    care_request = CareRequest.objects.create(
        reference=reference_allocate(year=timezone.localdate().year),
        kind=RequestKind.LISTING_ERROR,
        language=locale,
        email=email,
        description=description,
        listing_service=service,
        commune=None,
    )
    CareRequestEvent.objects.create(request=care_request, action=CareRequestEvent.Action.SUBMITTED)
    audit_record(user=None, action="submitted", reference=care_request.reference)
    _queue_notifications(care_request)
    return care_request


@transaction.atomic
def care_request_assign(*, care_request: CareRequest, assignee, user) -> CareRequest:
    care_request.assignee = assignee
    fields = ["assignee"]
    if assignee is not None and care_request.status == Status.NEW:
        care_request.status = Status.ASSIGNED
        fields.append("status")
    care_request.save(update_fields=fields)
    label = assignee.get_username() if assignee else "—"
    CareRequestEvent.objects.create(
        request=care_request, actor=user, action=CareRequestEvent.Action.ASSIGNED, text=label
    )
    audit_record(user=user, action="assigned", reference=care_request.reference, detail=f"to {label}")
    return care_request


@transaction.atomic
def care_request_set_status(*, care_request: CareRequest, status: str, close_reason: str = "", user) -> CareRequest:
    now = timezone.now()
    care_request.status = status
    care_request.close_reason = close_reason if status == Status.CLOSED else ""
    care_request.closed_at = now if status == Status.CLOSED else None
    if status in (Status.CONTACTED, Status.REFERRED, Status.CLOSED) and care_request.first_contact_at is None:
        care_request.first_contact_at = now
    care_request.save(update_fields=["status", "close_reason", "closed_at", "first_contact_at"])
    detail = f"{status} ({close_reason})" if care_request.close_reason else status
    CareRequestEvent.objects.create(
        request=care_request, actor=user, action=CareRequestEvent.Action.STATUS, text=detail
    )
    audit_record(user=user, action="status", reference=care_request.reference, detail=detail)
    return care_request


@transaction.atomic
def care_request_add_note(*, care_request: CareRequest, text: str, user) -> CareRequestEvent:
    event = CareRequestEvent.objects.create(
        request=care_request, actor=user, action=CareRequestEvent.Action.NOTE, text=text
    )
    audit_record(user=user, action="note", reference=care_request.reference)
    return event


@transaction.atomic
def care_request_reply(*, care_request: CareRequest, subject: str, body: str, user) -> CareRequestEvent:
    """Email the requester; the reply is logged in the history and counts as a first contact."""
    email_queue(
        request=care_request, to=care_request.email, subject=subject, body=body, reply_to=settings.HELPDESK_EMAIL
    )
    if care_request.first_contact_at is None:
        care_request.first_contact_at = timezone.now()
        care_request.save(update_fields=["first_contact_at"])
    event = CareRequestEvent.objects.create(
        request=care_request, actor=user, action=CareRequestEvent.Action.REPLY, text=f"{subject}\n\n{body}"
    )
    audit_record(user=user, action="reply", reference=care_request.reference)
    return event
