"""The reminder the day before each session, sent once per sign-up and session.

``manage.py send_event_reminders`` runs once a day (see ``docs/deployment.md``): every confirmed
sign-up with an email is reminded of its sessions starting tomorrow, Luxembourg date. Each reminder is
recorded in a ``SignUpReminder`` row, unique per sign-up and session, written in the same transaction
as the outbox email: a rerun or two runs at once never send it twice. The outbox's ``deliver_emails``
task sends the emails once the transaction has committed.

The cancel token is kept hashed only, so a reminder cannot carry the cancel link: it points to the
link in the confirmation email and gives the organiser's phone and email.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services_directory.hours import LUXEMBOURG

from .models import Occurrence, SignUp, SignUpReminder, SignUpStatus
from .services import signup_email_queue

REMINDER_SUBJECT = _("Tomorrow: your sign-up %(reference)s")


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    """The first and the last moment of a Luxembourg day (23 or 25 hours long when the clocks change)."""
    start = datetime.combine(day, time(), tzinfo=LUXEMBOURG)
    return start, datetime.combine(day + timedelta(days=1), time(), tzinfo=LUXEMBOURG)


def sessions_on(day: date) -> list[tuple]:
    """(event key, start, end) of every live session starting on ``day`` in Luxembourg, once per event."""
    start, end = _day_bounds(day)
    return list(
        Occurrence.objects.filter(starts_at__gte=start, starts_at__lt=end, event__live=True)
        .values_list("event__translation_key", "starts_at", "ends_at")
        .order_by("starts_at", "event__translation_key")
        .distinct()
    )


def _remind(signup: SignUp, *, starts_at: datetime, ends_at: datetime) -> bool:
    try:
        with transaction.atomic():
            SignUpReminder.objects.create(signup=signup, session_start=starts_at)
            signup_email_queue(
                signup,
                template="events/emails/signup_reminder.txt",
                subject=REMINDER_SUBJECT,
                context={
                    "starts_at": timezone.localtime(starts_at, LUXEMBOURG),
                    "ends_at": timezone.localtime(ends_at, LUXEMBOURG),
                },
            )
    except IntegrityError:  # reminded already, by an earlier or a concurrent run
        return False
    return True


def reminders_send(*, today: date | None = None) -> int:
    """Remind every confirmed sign-up with an email of its sessions starting tomorrow; returns how many were sent."""
    today = today or timezone.localdate(timezone=LUXEMBOURG)
    sent = 0
    for event_key, starts_at, ends_at in sessions_on(today + timedelta(days=1)):
        due = (
            SignUp.objects.filter(event_key=event_key, status=SignUpStatus.CONFIRMED, erased_at__isnull=True)
            .exclude(email="")
            .exclude(reminders__session_start=starts_at)
            .select_related("event__organization", "event__location__commune")
        )
        for signup in due:
            sent += _remind(signup, starts_at=starts_at, ends_at=ends_at)
    return sent
