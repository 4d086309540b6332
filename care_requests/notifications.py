"""Every email the care requests send goes through here: recorded in the outbox, then delivered.

The request is committed first; the outbox rows are written in the same transaction; a
background task (django-tasks) delivers them once the transaction has committed. A failed
delivery stays in the outbox with its next attempt time, and ``manage.py send_pending_emails``
retries it (run every few minutes). The helpdesk sees what is waiting or given up in the admin
(``care_requests/viewsets.py``) and may try it again. Delivery goes through one ``Notifier``:
``SmtpNotifier`` uses Django's configured email backend (SMTP in production).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from typing import Protocol

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from .models.choices import EmailStatus
from .models.records import OutboxEmail

logger = logging.getLogger(__name__)

FIRST_RETRY = timedelta(minutes=2)
LONGEST_WAIT = timedelta(hours=6)
MAIL_SERVER_DOWN_KEY = "care-outbox:mail-server-down"


@dataclass(frozen=True)
class Email:
    to: str
    subject: str
    body: str
    reply_to: str = ""


class Notifier(Protocol):
    def send(self, email: Email) -> None:
        """Hand the email to the mail server; raise if it was not accepted."""


class SmtpNotifier:
    """Sends through Django's email backend (``EMAIL_BACKEND``, SMTP in production)."""

    def send(self, email: Email) -> None:
        with get_connection(fail_silently=False) as connection:
            EmailMessage(
                subject=email.subject,
                body=email.body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[email.to],
                reply_to=[email.reply_to] if email.reply_to else None,
                connection=connection,
            ).send(fail_silently=False)


def get_notifier() -> Notifier:
    return import_string(getattr(settings, "CARE_REQUEST_NOTIFIER", "care_requests.notifications.SmtpNotifier"))()


def email_queue(
    *, to: str, subject: str, body: str, request=None, form_submission=None, reply_to: str = ""
) -> OutboxEmail:
    """Record an email in the outbox and have it delivered after the current transaction commits.

    ``request`` or ``form_submission`` is what the email tells about: it is deleted with it.
    """
    email = OutboxEmail.objects.create(
        request=request,
        form_submission=form_submission,
        to=to,
        subject=subject[:300],
        body=body,
        reply_to=reply_to,
        next_attempt_at=timezone.now(),
    )
    transaction.on_commit(lambda: deliver_emails.enqueue([email.pk]))
    return email


def retry_delay(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


class Delivery(Enum):
    SENT = "sent"
    FAILED = "failed"
    UNREACHABLE = "unreachable"  # failed because the mail server did not answer or refused the connection
    SKIPPED = "skipped"  # sent, given up or being sent by another worker or run


def outbox_deliver(*, email: OutboxEmail, notifier: Notifier | None = None, now: datetime | None = None) -> Delivery:
    """Try to send one outbox email.

    The row is claimed first, in one UPDATE (attempts as a version number, ``claimed_until`` as a
    lease), so that a task, the command and another run never send the same email twice. A worker
    killed while sending leaves the lease, which ends after ``CARE_REQUEST_EMAIL_LEASE_SECONDS``: the
    email is then tried again.
    """
    now = now or timezone.now()
    claimed_at = timezone.now()  # the lease runs on the clock, whatever ``now`` a long run was given
    lease = timedelta(seconds=settings.CARE_REQUEST_EMAIL_LEASE_SECONDS)
    claimed = (
        OutboxEmail.objects.filter(pk=email.pk, status=EmailStatus.PENDING, attempts=email.attempts)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lte=claimed_at))
        .update(attempts=F("attempts") + 1, claimed_until=claimed_at + lease)
    )
    if not claimed:
        return Delivery.SKIPPED
    email.refresh_from_db()
    try:
        (notifier or get_notifier()).send(Email(email.to, email.subject, email.body, email.reply_to))
    except Exception as error:  # noqa: BLE001 -- any delivery failure is retried later
        gave_up = email.attempts >= settings.CARE_REQUEST_EMAIL_MAX_ATTEMPTS
        email.status = EmailStatus.FAILED if gave_up else EmailStatus.PENDING
        email.next_attempt_at = None if gave_up else now + retry_delay(email.attempts)
        email.claimed_until = None
        email.last_error = f"{type(error).__name__}: {error}"[:300]
        email.save(update_fields=["status", "next_attempt_at", "claimed_until", "last_error"])
        logger.warning("Email %s not sent (attempt %s): %s", email.pk, email.attempts, type(error).__name__)
        if isinstance(error, ConnectionError | TimeoutError):
            cache.set(MAIL_SERVER_DOWN_KEY, True, timeout=FIRST_RETRY.total_seconds())
            return Delivery.UNREACHABLE
        return Delivery.FAILED
    email.status = EmailStatus.SENT
    email.sent_at = timezone.now()
    email.next_attempt_at = email.claimed_until = None
    email.last_error = ""
    email.save(update_fields=["status", "sent_at", "next_attempt_at", "claimed_until", "last_error"])
    return Delivery.SENT


@dataclass(frozen=True)
class OutboxRun:
    """What one ``outbox_send_pending`` did, and what the outbox holds once it is done."""

    sent: int  # by this run
    failed: int  # tried by this run and not accepted
    waiting: int  # still to be sent after the run, whoever tries next
    gave_up: int  # in the outbox for good (``EmailStatus.FAILED``), until the helpdesk retries them
    server_unreachable: bool  # the run stopped early: the mail server did not answer


def outbox_send_pending(*, now: datetime | None = None, ignore_schedule: bool = False) -> OutboxRun:
    """Send every pending email whose next attempt is due (every pending one with ``ignore_schedule``).

    Emails another run or task is sending are left to it. When the mail server does not answer, the
    run stops rather than waiting ``EMAIL_TIMEOUT`` for each remaining email; the next run tries again.
    """
    now = now or timezone.now()
    pending = OutboxEmail.objects.filter(status=EmailStatus.PENDING)
    if not ignore_schedule:
        pending = pending.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    outcomes = Counter()
    for email in pending.order_by("created_at", "pk"):
        outcome = outbox_deliver(email=email, now=now)
        outcomes[outcome] += 1
        if outcome is Delivery.UNREACHABLE:
            break
    if outcomes[Delivery.SENT]:
        cache.delete(MAIL_SERVER_DOWN_KEY)
    counts = outbox_counts()
    return OutboxRun(
        sent=outcomes[Delivery.SENT],
        failed=outcomes[Delivery.FAILED] + outcomes[Delivery.UNREACHABLE],
        waiting=counts.waiting,
        gave_up=counts.gave_up,
        server_unreachable=bool(outcomes[Delivery.UNREACHABLE]),
    )


@dataclass(frozen=True)
class OutboxCounts:
    waiting: int
    gave_up: int
    last_error: str


def outbox_counts() -> OutboxCounts:
    """The emails not sent yet, those given up, and the latest error, read from the database."""
    unsent = OutboxEmail.objects.exclude(status=EmailStatus.SENT)
    totals = unsent.aggregate(
        waiting=Count("pk", filter=Q(status=EmailStatus.PENDING)),
        gave_up=Count("pk", filter=Q(status=EmailStatus.FAILED)),
    )
    latest = unsent.exclude(last_error="").order_by("-pk").values_list("last_error", flat=True)
    return OutboxCounts(waiting=totals["waiting"], gave_up=totals["gave_up"], last_error=latest.first() or "")


def outbox_retry(*, emails: Iterable[OutboxEmail]) -> int:
    """Try the given unsent emails again now (given-up ones get all their attempts back); returns how many.

    An email being sent at this moment is left alone.
    """
    now = timezone.now()
    retried = list(
        OutboxEmail.objects.filter(pk__in=[email.pk for email in emails])
        .exclude(status=EmailStatus.SENT)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lte=now))
        .values_list("pk", flat=True)
    )
    OutboxEmail.objects.filter(pk__in=retried).update(
        status=EmailStatus.PENDING, attempts=0, next_attempt_at=now, claimed_until=None
    )
    if retried:
        cache.delete(MAIL_SERVER_DOWN_KEY)
        transaction.on_commit(lambda: deliver_emails.enqueue(retried))
    return len(retried)


@task(queue_name="mail")
def deliver_emails(email_ids: list[int]) -> int:
    """Background task: deliver the given outbox emails now; failures wait for ``send_pending_emails``.

    On its own queue ("mail"), so that a mail server that hangs holds up only the mail worker; and
    for ``FIRST_RETRY`` after the server did not answer, the task leaves its emails to the command
    rather than holding the worker ``EMAIL_TIMEOUT`` per email (three per care request).
    """
    if cache.get(MAIL_SERVER_DOWN_KEY):
        return 0
    sent = 0
    for email in OutboxEmail.objects.filter(pk__in=email_ids, status=EmailStatus.PENDING):
        outcome = outbox_deliver(email=email)
        sent += outcome is Delivery.SENT
        if outcome is Delivery.UNREACHABLE:
            break
    return sent
