"""The portal's caches: each cached value names the scopes it depends on, and changes retire scopes.

A *scope* is a family of cached values that the same changes make stale (``SCOPES`` lists them). Each
scope has a version in the cache; a value's key embeds the versions of the scopes it depends on, so
giving a scope a new version retires all its values at once, in every process (the cache is Redis in
production). Which model changes retire which scopes is decided in one place,
``portal.cache_registry``; the signals that apply it are wired there too.

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


def scope_versions(scopes: Iterable[str]) -> str:
    """The current versions of ``scopes``, joined, for use in a key. A scope never set gets a version."""
    scopes = tuple(scopes)
    unknown = set(scopes) - SCOPES.keys()
    if unknown:
        raise ValueError(f"Unknown cache scopes: {sorted(unknown)}")
    keys = [_version_key(scope) for scope in scopes]
    found = dict(cache.get_many(keys))
    for key in keys:
        if key not in found:
            cache.add(key, uuid.uuid4().hex[:12], timeout=None)
            found[key] = cache.get(key) or "none"
    return ".".join(str(found[key]) for key in keys)


def cached(key: str, build: Callable[[], T], *, depends_on: Iterable[str], timeout: int = DEFAULT_TIMEOUT) -> T:
    """``build()``, kept in the cache until one of the ``depends_on`` scopes is retired (or ``timeout``)."""
    full_key = f"{key}@{scope_versions(depends_on)}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout=timeout)
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
    versions = scope_versions(depends_on)
    wanted = {f"{key}@{versions}": ident for key, ident in keys.items()}
    found = cache.get_many(list(wanted))
    values = {wanted[key]: value for key, value in found.items() if key in wanted}
    missing = [ident for key, ident in wanted.items() if key not in found]
    if missing:
        built = build(missing)
        names = {ident: key for key, ident in wanted.items()}
        cache.set_many({names[ident]: value for ident, value in built.items()}, timeout=timeout)
        values.update(built)
    return values


def invalidate(scopes: Iterable[str]) -> None:
    """Retire ``scopes`` now and again when the current transaction commits (once, in a batch)."""
    scopes = set(scopes)
    batch = getattr(_state, "batch", None)
    if batch is not None:
        batch.update(scopes)
        return
    _retire(scopes)
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
