"""Reads for the helpdesk: who sees which requests, filters, overdue markers and the report."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from services_directory.hours import public_holidays
from services_directory.models import Organization

from .models import CareRequest, ContactDelay, MonthlyCount, Status

OPEN_WITHOUT_CONTACT = (Status.NEW, Status.ASSIGNED)
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"  # where group permissions live


def visible_requests(user) -> QuerySet[CareRequest] | None:
    """The requests ``user`` may see, or None when they may see none at all.

    The helpdesk sees every request; CIG staff see those routed to their organisations.
    """
    if not user.has_perm("care_requests.view_carerequest"):
        return None
    requests = CareRequest.objects.select_related("commune__canton", "assignee")
    if user.has_perm("care_requests.view_all_carerequests"):
        return requests
    keys = Organization.objects.filter(care_memberships__user=user).values("translation_key")
    routed = CareRequest.organisations.through.objects.filter(organization__translation_key__in=keys)
    return requests.filter(pk__in=routed.values("carerequest_id"))


def assignable_users(*, care_request: CareRequest) -> QuerySet:
    """Who may be given ``care_request``: active people who may open and handle it, that is the helpdesk and
    the CIG staff of an organisation it was routed to (the same rule as ``visible_requests``). Administrators
    are not offered unless their groups give them the request."""
    return _assignable(routed_keys=care_request.organisations.values("translation_key"))


def assignable_to_all(*, care_requests: list[CareRequest]) -> QuerySet:
    """Who may be given every one of ``care_requests`` (the bulk "assign" action): the helpdesk, and the
    CIG staff of an organisation that every one of them was routed to."""
    if not care_requests:
        return get_user_model().objects.none()
    routes: dict[int, set] = {care_request.pk: set() for care_request in care_requests}
    through = CareRequest.organisations.through.objects.filter(carerequest_id__in=routes)
    for pk, key in through.values_list("carerequest_id", "organization__translation_key"):
        routes[pk].add(key)
    return _assignable(routed_keys=list(set.intersection(*routes.values())))


def _assignable(*, routed_keys) -> QuerySet:
    users = get_user_model().objects

    def holders(codename: str) -> QuerySet:
        return users.with_perm(f"care_requests.{codename}", include_superusers=False, backend=MODEL_BACKEND).values(
            "pk"
        )

    routed = users.filter(care_memberships__organisation__translation_key__in=routed_keys).values("pk")
    return (
        users.filter(is_active=True, pk__in=holders("view_carerequest"))
        .filter(pk__in=holders("change_carerequest"))
        .filter(Q(pk__in=holders("view_all_carerequests")) | Q(pk__in=routed))
        .order_by("username")
    )


def queue_assignees(*, requests: QuerySet[CareRequest]) -> QuerySet:
    """The people to whom requests of this queue are assigned (the queue's "assigned to" filter)."""
    return get_user_model().objects.filter(pk__in=requests.values("assignee")).order_by("username")


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def overdue_cutoff(today: date, working_days: int) -> datetime:
    """Requests submitted before this moment and still uncontacted are overdue.

    A request is overdue once more than ``working_days`` working days (Luxembourg public
    holidays and weekends excluded) have passed since the day it arrived.
    """
    day, counted = today, 0
    while counted < working_days + 1:
        if is_working_day(day):
            counted += 1
        day -= timedelta(days=1)
    return timezone.make_aware(datetime.combine(day + timedelta(days=1), time.min))


def overdue_filter(now: datetime | None = None) -> Q:
    today = timezone.localdate(now or timezone.now())
    cutoff = overdue_cutoff(today, settings.CARE_REQUEST_OVERDUE_WORKING_DAYS)
    return Q(status__in=OPEN_WITHOUT_CONTACT, first_contact_at__isnull=True, submitted_at__lt=cutoff)


def is_overdue(care_request: CareRequest, now: datetime | None = None) -> bool:
    return CareRequest.objects.filter(overdue_filter(now), pk=care_request.pk).exists()


def search_requests(requests: QuerySet[CareRequest], text: str) -> QuerySet[CareRequest]:
    """By reference, name or phone (digits compared without spaces or punctuation)."""
    text = text.strip()
    if not text:
        return requests
    query = Q(reference__iexact=text) | Q(reference__icontains=text) | Q(name__icontains=text)
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 4:
        matching = [
            pk for pk, phone in requests.exclude(phone="").values_list("pk", "phone") if digits in _digits(phone)
        ]
        query |= Q(pk__in=matching)
    return requests.filter(query)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def person_requests(identifier: str) -> list[CareRequest]:
    """A person's requests, found by their email address or phone number."""
    identifier = identifier.strip()
    if not identifier:
        return []
    if "@" in identifier:
        return list(CareRequest.objects.filter(email__iexact=identifier))
    digits = _digits(identifier)
    if len(digits) < 6:
        return []
    return [r for r in CareRequest.objects.exclude(phone="") if _digits(r.phone).endswith(digits[-8:])]


PHONE_CHARACTERS = frozenset("0123456789+ ()./-")


def person_form_submissions(identifier: str) -> list[FormSubmission]:
    """Messages sent through editors' forms by one person: an answer is their email address or phone number.

    The same rule as ``person_requests``; a phone number is an answer made only of digits and
    phone punctuation, so a number inside a message does not make it theirs.
    """
    identifier = identifier.strip()
    email = identifier.lower() if "@" in identifier else ""
    digits = "" if email else _digits(identifier)
    if not email and len(digits) < 6:
        return []

    def theirs(value) -> bool:
        if not isinstance(value, str) or not value.strip():
            return False
        if email:
            return value.strip().lower() == email
        return set(value) <= PHONE_CHARACTERS and _digits(value).endswith(digits[-8:])

    submissions = FormSubmission.objects.select_related("page").order_by("submit_time", "pk")
    return [s for s in submissions.iterator() if any(theirs(value) for value in s.form_data.values())]


def report_period_default(today: date | None = None) -> tuple[date, date]:
    """The report's period when none is chosen: the current month and the eleven before it."""
    today = today or timezone.localdate()
    return _add_months(date(today.year, today.month, 1), -11), today


def report_data(*, start: date, end: date) -> dict:
    """Counts per month, commune, kind of help and status, and the median time to first contact, for the
    requests submitted from ``start`` to ``end`` (both included).

    Deleted requests still count through their anonymous ``MonthlyCount`` rows, which are kept by month:
    they count in every period that includes some of their month.
    """
    since = timezone.make_aware(datetime.combine(start, time.min))
    until = timezone.make_aware(datetime.combine(end + timedelta(days=1), time.min))
    first_month, last_month = date(start.year, start.month, 1), date(end.year, end.month, 1)
    live = CareRequest.objects.filter(submitted_at__gte=since, submitted_at__lt=until)
    per_month: Counter = Counter()
    for row in live.annotate(month=TruncMonth("submitted_at")).values("month").annotate(n=Count("pk")):
        per_month[_month_start(row["month"])] += row["n"]
    per_commune: Counter = Counter()
    for row in live.values("commune__name_fr").annotate(n=Count("pk")):
        per_commune[row["commune__name_fr"] or "—"] += row["n"]
    per_help: Counter = Counter(dict(live.values_list("help_kind").annotate(n=Count("pk"))))
    per_status: Counter = Counter(dict(live.values_list("status").annotate(n=Count("pk"))))
    deleted = MonthlyCount.objects.filter(month__gte=first_month, month__lte=last_month).select_related("commune")
    for count in deleted:
        per_month[count.month] += count.count
        per_commune[count.commune.name_fr if count.commune else "—"] += count.count
        per_help[count.help_kind] += count.count
        per_status[count.status] += count.count
    hours = [
        (first - submitted).total_seconds() / 3600
        for submitted, first in live.exclude(first_contact_at=None).values_list("submitted_at", "first_contact_at")
    ]
    delays = ContactDelay.objects.filter(month__gte=first_month, month__lte=last_month)
    hours += list(delays.values_list("hours", flat=True))
    months = []
    month = first_month
    while month <= last_month:
        months.append(month)
        month = _add_months(month, 1)
    return {
        "per_month": [(month, per_month.get(month, 0)) for month in months],
        "per_commune": per_commune.most_common(),
        "per_help": per_help.most_common(),
        "per_status": per_status.most_common(),
        "median_hours": statistics.median(hours) if hours else None,
        "total": sum(per_status.values()),
    }


def _month_start(value) -> date:
    value = timezone.localtime(value) if isinstance(value, datetime) and timezone.is_aware(value) else value
    return date(value.year, value.month, 1)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)
