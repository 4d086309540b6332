"""Sign-ups' personal details (name, phone, email, needs): erased after ``EVENT_SIGNUP_RETENTION_DAYS``,
found, exported and erased with the rest of a person's data by the helpdesk (``portal.personal_data``).

Erasing keeps the sign-up's status, places, language and attendance, so the organisers' counts stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from care_requests.audit import audit_record
from care_requests.models import OutboxEmail
from portal.personal_data import PersonalDataSource, digits, same_person

from .models import Event, Occurrence, SignUp
from .schedule import occurrences


def person_signups(identifier: str) -> list[SignUp]:
    """A person's sign-ups (not yet erased), by their email address or phone number."""
    identifier = identifier.strip()
    signups = SignUp.objects.filter(erased_at__isnull=True).select_related("event").order_by("created_at", "pk")
    if "@" in identifier:
        return list(signups.filter(email__iexact=identifier))
    if len(digits(identifier)) < 6:
        return []
    return [s for s in signups.exclude(phone="") if same_person(email="", phone=s.phone, identifier=identifier)]


@transaction.atomic
def signups_erase(*, records: Iterable[SignUp], user=None, action: str) -> int:
    """Blank the personal details of the sign-ups ``records`` and delete the emails sent about them.

    Each one leaves an audit entry.
    """
    erased = 0
    for signup in records:
        if signup.email:
            OutboxEmail.objects.filter(
                to=signup.email, request__isnull=True, form_submission__isnull=True, subject__contains=signup.reference
            ).delete()
        SignUp.objects.filter(pk=signup.pk).update(name="", phone="", email="", needs="", erased_at=timezone.now())
        audit_record(user=user, action=action, reference=signup.reference)
        erased += 1
    return erased


def _last_session_end(event_key) -> datetime | None:
    """When the event's last session ends: its published sessions, or the schedule of one of its translations."""
    last = Occurrence.objects.filter(event__translation_key=event_key).aggregate(last=Max("ends_at"))["last"]
    if last is None:
        event = Event.objects.filter(translation_key=event_key).order_by("-live", "pk").first()
        sessions = occurrences(event.schedule) if event else []
        last = sessions[-1][1] if sessions else None
    return last


def signups_purge(*, now: datetime | None = None) -> int:
    """Erase the sign-ups cancelled, or whose event ended, more than ``EVENT_SIGNUP_RETENTION_DAYS`` days ago."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.EVENT_SIGNUP_RETENTION_DAYS)
    kept = SignUp.objects.filter(erased_at__isnull=True)
    ended = [
        key
        for key in kept.exclude(cancelled_at__isnull=False).values_list("event_key", flat=True).distinct()
        if (_last_session_end(key) or timezone.now()) < cutoff
    ]
    expired = kept.filter(Q(cancelled_at__lt=cutoff) | Q(cancelled_at__isnull=True, event_key__in=ended))
    return signups_erase(records=list(expired.order_by("pk")), user=None, action="purged")


def _as_json(signup: SignUp) -> dict:
    return {
        "reference": signup.reference,
        "event": signup.event.title,
        "name": signup.name,
        "phone": signup.phone,
        "email": signup.email,
        "language": signup.language,
        "places": signup.places,
        "needs": signup.needs,
        "status": signup.status,
        "signed_up_at": signup.created_at.isoformat(),
        "cancelled_at": signup.cancelled_at.isoformat() if signup.cancelled_at else None,
        "attendance": [
            {"session": attendance.session_start.isoformat(), "came": attendance.attended}
            for attendance in signup.attendances.order_by("session_start")
        ],
    }


SIGNUPS = PersonalDataSource(
    key="event_signups",
    label=_("Sign-ups for events and courses"),
    find=person_signups,
    describe=lambda signup: f"{signup.reference} · {signup.event.title} · {signup.get_status_display()}",
    as_json=_as_json,
    erase=signups_erase,
    purge=signups_purge,
)
