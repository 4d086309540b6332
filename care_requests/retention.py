"""Deleting requests and editors' form submissions (retention, erasure, deletion by the helpdesk)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from .audit import audit_record
from .models import CareRequest, ContactDelay, MonthlyCount, Status


def _count_anonymously(care_request: CareRequest) -> None:
    submitted = timezone.localtime(care_request.submitted_at)
    month = date(submitted.year, submitted.month, 1)
    counter, _ = MonthlyCount.objects.get_or_create(
        month=month,
        kind=care_request.kind,
        commune_id=care_request.commune_id,
        help_kind=care_request.help_kind,
        status=care_request.status,
    )
    MonthlyCount.objects.filter(pk=counter.pk).update(count=F("count") + 1)
    if care_request.first_contact_at:
        hours = (care_request.first_contact_at - care_request.submitted_at).total_seconds() / 3600
        ContactDelay.objects.create(month=month, hours=hours)


@transaction.atomic
def care_requests_delete(*, care_requests: Iterable[CareRequest], user, action: str) -> list[str]:
    """Delete requests with their history and emails; each leaves an anonymous count and an audit entry."""
    references = []
    for care_request in care_requests:
        _count_anonymously(care_request)
        references.append(care_request.reference)
        audit_record(user=user, action=action, reference=care_request.reference)
        care_request.delete()
    return references


def care_requests_purge(*, now: datetime | None = None) -> list[str]:
    """Delete the requests closed more than ``CARE_REQUEST_RETENTION_DAYS`` days ago."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.CARE_REQUEST_RETENTION_DAYS)
    expired = CareRequest.objects.filter(status=Status.CLOSED, closed_at__lt=cutoff).order_by("pk")
    return care_requests_delete(care_requests=list(expired), user=None, action="purged")


@transaction.atomic
def form_submissions_delete(*, submissions: Iterable[FormSubmission], user, action: str) -> int:
    """Delete messages sent through editors' forms, with their emails; one audit entry tells how many."""
    pks = [submission.pk for submission in submissions]
    if not pks:
        return 0
    FormSubmission.objects.filter(pk__in=pks).delete()
    audit_record(user=user, action=action, detail=f"{len(pks)} form submission(s)")
    return len(pks)


def form_submissions_purge(*, now: datetime | None = None) -> int:
    """Delete the form submissions sent more than ``FORM_SUBMISSION_RETENTION_DAYS`` days ago."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.FORM_SUBMISSION_RETENTION_DAYS)
    expired = FormSubmission.objects.filter(submit_time__lt=cutoff)
    return form_submissions_delete(submissions=expired.only("pk"), user=None, action="purged")
