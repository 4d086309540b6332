"""Sliding-window counters in the database, shared by every worker and kept through Redis outages.

Each scope (``"care"``, ``"login"``...) counts ``RateEvent`` rows over a window of seconds. Clients
and targets are keyed hashes (``rate_key``), so addresses and usernames never appear in the table,
and a scope's events are deleted once its window has passed.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from django.db.models import Count, Min, QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac

from portal.client_address import client_address
from portal.models import RateEvent


def rate_key(value: str) -> str:
    return salted_hmac("portal.rate_limits", value).hexdigest()


def rate_events(*, scope: str, seconds: int) -> QuerySet[RateEvent]:
    """The scope's events still inside the window."""
    return RateEvent.objects.filter(scope=scope, at__gt=timezone.now() - timedelta(seconds=seconds))


def rate_event_record(*, scope: str, seconds: int, client: str, target: str = "") -> None:
    """Count one event, and forget the scope's events that have left the window."""
    now = timezone.now()
    RateEvent.objects.filter(scope=scope, at__lte=now - timedelta(seconds=seconds)).delete()
    RateEvent.objects.create(scope=scope, client=client, target=target, at=now)


def seconds_until(moment: datetime) -> int:
    """Whole seconds from now until ``moment`` (at least 1)."""
    return max(1, math.ceil((moment - timezone.now()).total_seconds()))


def client_rate_limit_wait(request, *, scope: str, limit: int, seconds: int, count: bool) -> int:
    """Seconds this client must wait before the scope takes another of its events; 0 when it may now.

    With ``count``, an allowed request is counted (a form actually sent); without, it is only asked
    about (a step before sending). A refused request is never counted, so waiting is enough.
    """
    client = rate_key(client_address(request))
    window = rate_events(scope=scope, seconds=seconds).filter(client=client).aggregate(n=Count("pk"), first=Min("at"))
    if window["n"] >= limit:
        return seconds_until(window["first"] + timedelta(seconds=seconds))
    if count:
        rate_event_record(scope=scope, seconds=seconds, client=client)
    return 0
