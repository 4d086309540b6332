"""The portal's caches: each cached value names the scopes it depends on, and changes retire scopes.

A *scope* is a family of cached values that the same changes make stale (``SCOPES`` lists them). Each
scope has a version in the cache; a value is stored stamped with the versions of the scopes it
depends on and read together with their current versions (one round trip), so giving a scope a new
version retires all its values at once, in every process (the cache is Redis in production).
Which model changes retire which scopes is decided in one place, ``portal.cache_registry``; the
signals that apply it are wired there too.

Retiring happens twice: at once, and again when the transaction commits, because a visitor's request
in between may have read the old rows and cached them under the new version. Inside
``invalidation_batch()`` (imports, restores) the scopes are collected and retired once at the end.

When the cache cannot be written (Redis unreachable), the failure is logged, retried from the task
queue every 30 seconds for an hour (where the queue can defer tasks), and remembered for the current
thread so that the admin tells the editor (``take_failed_scopes``).

Access-control data (view restrictions, privacy, permissions) is never cached here.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Hashable, Iterable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TypeVar

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

PAGES = "pages"
NAVIGATION = "navigation"
DIRECTORY = "directory"
GUIDE = "guide"
SEARCH = "search"

SCOPES = {
    PAGES: "anonymous responses of the page cache, in every language",
    NAVIGATION: "menus, footers, breadcrumbs, page translations, routing and home-page links",
    DIRECTORY: "the directory's rows, cards, service facts, form lists and reference lists",
    GUIDE: "the PCI guide's outline",
    SEARCH: "site-search rankings and results",
}

DEFAULT_TIMEOUT = 60 * 60
VERSION_PREFIX = "cache-scope:"
# A scope that could not be retired is tried again every RETRY_SECONDS, for an hour.
RETRY_SECONDS = 30
RETRY_ATTEMPTS = 120

T = TypeVar("T")
_state = threading.local()


def _version_key(scope: str) -> str:
    return f"{VERSION_PREFIX}{scope}"


def _versions_from(found: dict, scopes: tuple[str, ...]) -> str:
    """The versions of ``scopes`` from a read that asked for them; a scope never set gets one."""
    unknown = set(scopes) - SCOPES.keys()
    if unknown:
        raise ValueError(f"Unknown cache scopes: {sorted(unknown)}")
    versions = []
    for scope in scopes:
        key = _version_key(scope)
        if key not in found:
            cache.add(key, uuid.uuid4().hex[:12], timeout=None)
            found[key] = cache.get(key) or "none"
        versions.append(str(found[key]))
    return ".".join(versions)


def read_many(keys: Iterable[str], scopes: Iterable[str]) -> tuple[dict[str, object], str]:
    """The values stored under ``keys`` while ``scopes`` had their current versions, and those versions.

    One round trip to the cache: the values are stored stamped with the versions they were built
    under (``write_many``), and read together with the current versions.
    """
    scopes = tuple(scopes)
    keys = list(keys)
    found = dict(cache.get_many([*keys, *(_version_key(scope) for scope in scopes)]))
    versions = _versions_from(found, scopes)
    values = {}
    for key in keys:
        stamped = found.get(key)
        if isinstance(stamped, tuple) and len(stamped) == 2 and stamped[0] == versions:
            values[key] = stamped[1]
    return values, versions


def write_many(values: dict[str, object], versions: str, *, timeout: int = DEFAULT_TIMEOUT) -> None:
    """Store ``values`` stamped with the ``versions`` they were built under (see ``read_many``)."""
    cache.set_many({key: (versions, value) for key, value in values.items()}, timeout=timeout)


def cached(
    key: str,
    build: Callable[[], T],
    *,
    depends_on: Iterable[str],
    timeout: int | Callable[[T], int] = DEFAULT_TIMEOUT,
    fresh: Callable[[T], bool] | None = None,
) -> T:
    """``build()``, kept in the cache until one of the ``depends_on`` scopes is retired (or ``timeout``).

    A value that goes stale with time as well names when: ``timeout`` may be worked out from the value
    (seconds), and ``fresh(value)`` is asked of a value read back, which is built again when it says no
    (so that a value never outlives its moment, whatever the cache's clock).
    """
    found, versions = read_many([key], depends_on)
    if key in found and (fresh is None or fresh(found[key])):
        return found[key]
    value = build()
    write_many({key: value}, versions, timeout=timeout(value) if callable(timeout) else timeout)
    return value


def cached_many(
    keys: dict[str, Hashable],
    build: Callable[[list[Hashable]], dict[Hashable, T]],
    *,
    depends_on: Iterable[str],
    timeout: int = DEFAULT_TIMEOUT,
) -> dict[Hashable, T]:
    """Many values at once: ``keys`` maps each cache key to an id, and ``build(ids)`` returns
    ``{id: value}`` for the ids the cache did not have (one read, one write)."""
    found, versions = read_many(keys, depends_on)
    values = {keys[key]: value for key, value in found.items()}
    missing = [ident for key, ident in keys.items() if key not in found]
    if missing:
        built = build(missing)
        names = {ident: key for key, ident in keys.items()}
        write_many({names[ident]: value for ident, value in built.items()}, versions, timeout=timeout)
        values.update(built)
    return values


def invalidate(scopes: Iterable[str]) -> None:
    """Retire ``scopes`` now and, inside a transaction, again when it commits (once, in a batch)."""
    scopes = set(scopes)
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.update(scopes)
        return
    _retire(scopes)
    if transaction.get_connection().in_atomic_block:  # outside one, the change is already committed
        transaction.on_commit(lambda: _retire(scopes))


@contextmanager
def invalidation_batch() -> Iterator[set[str]]:
    """Collect the scopes retired inside the block and retire them once at its end (imports, restores)."""
    outer = getattr(_state, "batch", None)
    if outer is not None:
        yield outer
        return
    _state.batch = collected = set()
    try:
        yield collected
    finally:
        _state.batch = None
        if collected:
            invalidate(collected)


def invalidate_everything() -> None:
    invalidate(SCOPES)


def _retire(scopes: set[str], *, attempt: int = 0) -> None:
    versions = {_version_key(scope): uuid.uuid4().hex[:12] for scope in scopes}
    cache.set_many(versions, timeout=None)
    # Backends that swallow connection errors (django-redis with IGNORE_EXCEPTIONS) report nothing:
    # read the versions back to know whether they were written.
    written = cache.get_many(list(versions))
    failed = sorted(key.removeprefix(VERSION_PREFIX) for key in versions if written.get(key) != versions[key])
    if not failed:
        if attempt:
            logger.warning("Retired the cache scopes %s after %d retries", sorted(scopes), attempt)
        return
    logger.error("Could not retire the cache scopes %s (attempt %d): the cache is unreachable", failed, attempt)
    if attempt == 0:
        _state.failed = getattr(_state, "failed", set()) | set(failed)
    backend = retry_invalidation.get_backend()
    if attempt < RETRY_ATTEMPTS and backend.supports_defer:
        run_after = timezone.now() + timedelta(seconds=RETRY_SECONDS)
        try:
            retry_invalidation.using(run_after=run_after).enqueue(failed, attempt + 1)
        except Exception:  # the queue is the database: if it is down too, the log line is what is left
            logger.exception("Could not queue the retry of the cache scopes %s", failed)


@task()
def retry_invalidation(scopes: list[str], attempt: int) -> None:
    """Retire scopes that could not be retired when their content changed (the cache was unreachable)."""
    _retire(set(scopes), attempt=attempt)


def take_failed_scopes() -> set[str]:
    """The scopes this thread failed to retire since the last call (for a message to the editor)."""
    failed = getattr(_state, "failed", set())
    _state.failed = set()
    return failed


def forget_failed_scopes(**kwargs) -> None:
    """Start each request with no failure to report (a signal receiver of ``request_started``)."""
    _state.failed = set()
