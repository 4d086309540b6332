"""Admin login throttling that slows attackers down without handing them a way to lock staff out.

Failed logins are ``RateEvent`` rows (scope ``"login"``) in the database, counted over
``LOGIN_LOCKOUT_SECONDS``, so a Redis outage or restart changes nothing. Before a password is
checked, three counts decide whether it may be:

- per address and username: ``LOGIN_FAILURE_LIMIT`` failures, then that address waits for the
  window to free up (guessing one account's password from one address);
- per address: ``LOGIN_ADDRESS_FAILURE_LIMIT`` failures whatever the usernames (password spraying);
- per username, from every address: from ``LOGIN_FAILURE_LIMIT`` failures on, each attempt waits
  after the previous failure, 1 second then twice as long each time up to
  ``LOGIN_USERNAME_MAX_DELAY_SECONDS``. Someone hammering an administrator's username from many
  addresses slows that account down; the administrator still signs in after that short wait.

An attempt refused for waiting is not counted. Usernames are counted trimmed and case-folded, so
" ADMIN" and "admin" share their counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from portal.rate_limits import rate_event_record, rate_events, rate_key, seconds_until

SCOPE = "login"


def _target(username: str) -> str:
    return rate_key(username.strip().casefold())


@dataclass(frozen=True)
class LoginWait:
    """How long before a password may be checked, and whether the address or the username is the cause."""

    seconds: int
    per_username: bool = False


def login_wait(*, username: str, address: str) -> LoginWait | None:
    """None when this attempt may be checked now."""
    window = settings.LOGIN_LOCKOUT_SECONDS
    client, target = rate_key(address), _target(username)
    pair, by_client, by_target = Q(client=client, target=target), Q(client=client), Q(target=target)
    counts = (
        rate_events(scope=SCOPE, seconds=window)
        .filter(by_client | by_target)
        .aggregate(
            pair_count=Count("pk", filter=pair),
            pair_first=Min("at", filter=pair),
            client_count=Count("pk", filter=by_client),
            client_first=Min("at", filter=by_client),
            target_count=Count("pk", filter=by_target),
            target_last=Max("at", filter=by_target),
        )
    )
    freed = []
    if counts["pair_count"] >= settings.LOGIN_FAILURE_LIMIT:
        freed.append(counts["pair_first"])
    if counts["client_count"] >= settings.LOGIN_ADDRESS_FAILURE_LIMIT:
        freed.append(counts["client_first"])
    if freed:
        return LoginWait(seconds=seconds_until(max(freed) + timedelta(seconds=window)))
    excess = counts["target_count"] - settings.LOGIN_FAILURE_LIMIT
    if excess >= 0:
        delay = min(2 ** min(excess, 30), settings.LOGIN_USERNAME_MAX_DELAY_SECONDS)
        until = counts["target_last"] + timedelta(seconds=delay)
        if until > timezone.now():
            return LoginWait(seconds=seconds_until(until), per_username=True)
    return None


def login_failure_record(*, username: str, address: str) -> None:
    rate_event_record(
        scope=SCOPE, seconds=settings.LOGIN_LOCKOUT_SECONDS, client=rate_key(address), target=_target(username)
    )


def login_failures_clear(*, username: str, address: str) -> None:
    """After a successful login: forget this address's failures for this username."""
    rate_events(scope=SCOPE, seconds=settings.LOGIN_LOCKOUT_SECONDS).filter(
        client=rate_key(address), target=_target(username)
    ).delete()
