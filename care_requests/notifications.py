"""Every email the care requests send goes through here: recorded in the outbox, then delivered.

The request is committed first; the outbox rows are written in the same transaction; a
background task (django-tasks) delivers them once the transaction has committed. A failed
delivery stays in the outbox with its next attempt time, and ``manage.py send_pending_emails``
retries it (run every few minutes). Delivery goes through one ``Notifier``: ``SmtpNotifier`` uses
Django's configured email backend (SMTP in production).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from .models.choices import EmailStatus
from .models.records import OutboxEmail

logger = logging.getLogger(__name__)

FIRST_RETRY = timedelta(minutes=2)
LONGEST_WAIT = timedelta(hours=6)
LEASE = timedelta(minutes=5)


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


def email_queue(*, to: str, subject: str, body: str, request=None, reply_to: str = "") -> OutboxEmail:
    """Record an email in the outbox and have it delivered after the current transaction commits."""
    email = OutboxEmail.objects.create(
        request=request, to=to, subject=subject[:300], body=body, reply_to=reply_to, next_attempt_at=timezone.now()
    )
    transaction.on_commit(lambda: deliver_emails.enqueue([email.pk]))
    return email


def retry_delay(attempts: int) -> timedelta:
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_WAIT)


def outbox_deliver(*, email: OutboxEmail, notifier: Notifier | None = None, now: datetime | None = None) -> bool:
    """Try to send one outbox email; True when the mail server accepted it.

    The row is claimed first (attempts as a version number), so a task and the command never
    send the same email twice.
    """
    now = now or timezone.now()
    claimed = OutboxEmail.objects.filter(pk=email.pk, status=EmailStatus.PENDING, attempts=email.attempts).update(
        attempts=F("attempts") + 1, next_attempt_at=now + LEASE
    )
    if not claimed:
        return False
    email.refresh_from_db()
    try:
        (notifier or get_notifier()).send(Email(email.to, email.subject, email.body, email.reply_to))
    except Exception as error:  # noqa: BLE001 -- any delivery failure is retried later
        gave_up = email.attempts >= settings.CARE_REQUEST_EMAIL_MAX_ATTEMPTS
        email.status = EmailStatus.FAILED if gave_up else EmailStatus.PENDING
        email.next_attempt_at = None if gave_up else now + retry_delay(email.attempts)
        email.last_error = f"{type(error).__name__}: {error}"[:300]
        email.save(update_fields=["status", "next_attempt_at", "last_error"])
        logger.warning("Email %s not sent (attempt %s): %s", email.pk, email.attempts, type(error).__name__)
        return False
    email.status = EmailStatus.SENT
    email.sent_at = timezone.now()
    email.next_attempt_at = None
    email.last_error = ""
    email.save(update_fields=["status", "sent_at", "next_attempt_at", "last_error"])
    return True


def outbox_send_pending(*, now: datetime | None = None, ignore_schedule: bool = False) -> tuple[int, int]:
    """Send every pending email whose next attempt is due; returns (sent, still pending or failed)."""
    now = now or timezone.now()
    pending = OutboxEmail.objects.filter(status=EmailStatus.PENDING)
    if not ignore_schedule:
        pending = pending.filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
    sent = failed = 0
    for email in pending.order_by("created_at", "pk"):
        if outbox_deliver(email=email, now=now):
            sent += 1
        else:
            failed += 1
    return sent, failed


@task()
def deliver_emails(email_ids: list[int]) -> int:
    """Background task: deliver the given outbox emails now; failures wait for ``send_pending_emails``."""
    sent = 0
    for email in OutboxEmail.objects.filter(pk__in=email_ids, status=EmailStatus.PENDING):
        sent += outbox_deliver(email=email)
    return sent
