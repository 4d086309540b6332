"""Writes of the events app: keyword-only functions named ``<thing>_<action>``.

Places are counted under a lock on the event's ``EventCapacity`` row (``select_for_update``; on
SQLite every write transaction starts IMMEDIATE, see ``portal/settings/base.py``), so concurrent
sign-ups are served one after the other and never oversell.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Sum
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log
from wagtail.models import Locale

from care_requests.notifications import deliver_emails, email_queue

from .models import Attendance, Event, EventCapacity, Occurrence, SignUp, SignUpStatus
from .schedule import occurrences

CONFIRMATION_SUBJECT = _("Your sign-up %(reference)s")
PROMOTION_SUBJECT = _("A place for you: %(reference)s")
ATTENDANCE_LOG_ACTION = "events.attendance"


@transaction.atomic
def occurrences_refresh(*, event: Event) -> list[Occurrence]:
    """Replace the sessions of ``event`` by those of its live schedule (none when it is not live)."""
    Occurrence.objects.filter(event=event).delete()
    if not event.live:
        return []
    return Occurrence.objects.bulk_create(
        Occurrence(event=event, starts_at=start, ends_at=end) for start, end in occurrences(event.schedule)
    )


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SignUpData:
    name: str
    phone: str
    email: str
    language: str
    places: int
    needs: str


def _locked_capacity(event_key) -> EventCapacity:
    EventCapacity.objects.get_or_create(translation_key=event_key)
    return EventCapacity.objects.select_for_update().get(translation_key=event_key)


def places_taken(event_key) -> int:
    confirmed = SignUp.objects.filter(event_key=event_key, status=SignUpStatus.CONFIRMED)
    return confirmed.aggregate(total=Sum("places"))["total"] or 0


def cancel_url(token: str, language: str) -> str:
    with translation.override(language):
        path = reverse("events:cancel", args=[token])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def signup_email_queue(
    signup: SignUp, *, template: str, subject, token: str | None = None, context: dict | None = None
) -> int | None:
    """Write the email ``template`` to the person, in their language, to the outbox; None without an email.

    The event is shown in that language where it has been translated; ``subject`` may use ``%(reference)s``.
    """
    if not signup.email:
        return None
    with translation.override(signup.language):
        event = signup.event.get_translation_or_none(Locale.get_active()) or signup.event
        url = cancel_url(token, signup.language) if token else ""
        body = render_to_string(template, {"signup": signup, "event": event, "cancel_url": url, **(context or {})})
        text = str(subject) % {"reference": signup.reference}
    return email_queue(to=signup.email, subject=text, body=body).pk


def _deliver_after_commit(email_ids: list[int]) -> None:
    if email_ids:
        transaction.on_commit(lambda: deliver_emails.enqueue(email_ids))


@transaction.atomic
def signup_create(*, event: Event, data: SignUpData, locale: str) -> SignUp:
    """Sign up for ``event``: confirmed while places remain, otherwise on the waiting list.

    The returned sign-up carries ``cancel_token`` (shown once, on the confirmation and in the email).
    """
    capacity = _locked_capacity(event.translation_key)
    capacity.last_number += 1
    capacity.save(update_fields=["last_number"])
    full = event.capacity is not None and places_taken(event.translation_key) + data.places > event.capacity
    token = secrets.token_urlsafe(24)
    signup = SignUp.objects.create(
        event=event,
        event_key=event.translation_key,
        reference=f"EV-{capacity.pk:05d}-{capacity.last_number:04d}",
        name=data.name,
        phone=data.phone,
        email=data.email,
        language=data.language or locale,
        places=data.places,
        needs=data.needs,
        status=SignUpStatus.WAITING if full else SignUpStatus.CONFIRMED,
        cancel_token_hash=token_hash(token),
    )
    signup.cancel_token = token
    email = signup_email_queue(
        signup,
        template=f"events/emails/signup_{signup.status}.txt",
        subject=CONFIRMATION_SUBJECT,
        token=token,
    )
    _deliver_after_commit([email] if email else [])
    return signup


@transaction.atomic
def signup_cancel(*, token: str) -> SignUp | None:
    """Cancel the sign-up holding ``token`` (None when there is none), then move the waiting list up.

    Waiting sign-ups are confirmed in order while their places fit; each one with an email is told.
    """
    found = SignUp.objects.filter(cancel_token_hash=token_hash(token)).first()
    if found is None:
        return None
    _locked_capacity(found.event_key)
    signup = SignUp.objects.select_related("event").get(pk=found.pk)
    if signup.status == SignUpStatus.CANCELLED:
        return signup
    signup.status = SignUpStatus.CANCELLED
    signup.cancelled_at = timezone.now()
    signup.save(update_fields=["status", "cancelled_at"])
    signup_promote_waiting(event_key=signup.event_key)
    return signup


def signup_promote_waiting(*, event_key) -> list[SignUp]:
    """Confirm waiting sign-ups in order while their places fit. Call with the capacity row locked."""
    event = Event.objects.filter(translation_key=event_key).order_by("-live", "pk").first()
    if event is None:
        return []
    free = None if event.capacity is None else event.capacity - places_taken(event_key)
    promoted = []
    waiting = SignUp.objects.filter(event_key=event_key, status=SignUpStatus.WAITING).select_related("event")
    for candidate in waiting.order_by("created_at", "pk"):
        if free is not None and candidate.places > free:
            break
        candidate.status = SignUpStatus.CONFIRMED
        candidate.promoted_at = timezone.now()
        candidate.save(update_fields=["status", "promoted_at"])
        if free is not None:
            free -= candidate.places
        promoted.append(candidate)
    emails = [
        signup_email_queue(s, template="events/emails/signup_promoted.txt", subject=PROMOTION_SUBJECT, token=None)
        for s in promoted
    ]
    _deliver_after_commit([pk for pk in emails if pk])
    return promoted


@transaction.atomic
def attendance_record(*, event: Event, session_start, present: set[int], user) -> int:
    """Mark who came to one session: every confirmed sign-up of the event, present if its pk is in ``present``.

    The event's history records who marked it, with the session and the counts only: the names stay
    in the sign-ups, whose personal details are erased when they are no longer needed.
    Returns how many people were marked present.
    """
    confirmed = list(
        SignUp.objects.filter(event_key=event.translation_key, status=SignUpStatus.CONFIRMED, erased_at__isnull=True)
    )
    for signup in confirmed:
        Attendance.objects.update_or_create(
            signup=signup, session_start=session_start, defaults={"attended": signup.pk in present}
        )
    count = sum(1 for signup in confirmed if signup.pk in present)
    log(
        instance=event,
        action=ATTENDANCE_LOG_ACTION,
        user=user,
        data={"session": session_start.isoformat(), "present": count, "marked": len(confirmed)},
    )
    return count
