"""Admin login throttling: after too many failed attempts for one username from one address, wait.

Counters live in the cache (Redis in production, so every gunicorn worker shares them). The key is
a hash of the lower-cased username and the client address, so that an attacker guessing one
account's password is stopped without locking that person out everywhere else.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def _key(*, username: str, address: str) -> str:
    digest = hashlib.sha256(f"{username.strip().lower()}|{address}".encode()).hexdigest()
    return f"login-failures:{digest}"


def client_address(request) -> str:
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


def login_is_throttled(*, username: str, address: str) -> bool:
    return cache.get(_key(username=username, address=address), 0) >= settings.LOGIN_FAILURE_LIMIT


def login_failure_record(*, username: str, address: str) -> None:
    key = _key(username=username, address=address)
    if cache.add(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


def login_failures_clear(*, username: str, address: str) -> None:
    cache.delete(_key(username=username, address=address))
