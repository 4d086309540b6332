"""Per-language cache of anonymous public pages, purged when content is published.

Only language-prefixed pages requested with GET and no query string by a visitor without a session
are stored, and only 200 HTML responses that set no cookie, do not vary on cookies and are not
marked private or no-store: forms (CSRF token), search results, previews and signed-in editors are
never cached. The key holds the language and the full path.

Purging is a generation number: every key embeds it, and publishing replaces it, which retires
every stored page at once in every language and every gunicorn worker (the cache is Redis in
production). ``PAGE_CACHE_SECONDS`` bounds the age of anything no signal reaches.
"""

import time
import uuid
from collections.abc import Hashable

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import has_vary_header
from django.utils.translation import get_language, get_language_from_path

GENERATION_KEY = "page-cache:generation"
UNAVAILABLE = "unavailable"
UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")
# generation_cached values this process has already read: full key -> (expiry, value).
_held: dict[str, tuple[float, object]] = {}
HELD_LIMIT = 512


def current_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = cache.get(GENERATION_KEY) or UNAVAILABLE
    return generation


def generation_cached(key: str, build, *, timeout: int = 60 * 60, hold: bool = True):
    """``build()``, kept in the cache until content is published (or ``timeout`` seconds).

    With ``hold``, each process also keeps what it has read, so that a request does not unpickle
    the same lists of model instances again: the values are shared, so callers must not change
    them. Values with keys of unbounded variety (one per search, say) are not held.
    """
    generation = current_generation()
    full_key = f"{key}:{generation}"
    now = time.monotonic()
    held = _held.get(full_key)
    if held is not None and held[0] > now:
        return held[1]
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, timeout=timeout)
    if hold and generation != UNAVAILABLE:
        if len(_held) >= HELD_LIMIT:
            _held.clear()
        _held[full_key] = (now + timeout, value)
    return value


def generation_cached_many(keys: dict[str, Hashable], build, *, timeout: int = 60 * 60) -> dict:
    """Many values at once, kept like ``generation_cached``'s: ``keys`` maps each cache key to an id,
    and ``build(ids)`` returns ``{id: value}`` for the ids the cache did not have (one read, one write).

    Not held in the process: each call gets its own copies.
    """
    generation = current_generation()
    wanted = {f"{key}:{generation}": ident for key, ident in keys.items()}
    found = cache.get_many(list(wanted))
    values = {wanted[key]: value for key, value in found.items()}
    missing = [ident for key, ident in wanted.items() if key not in found]
    if missing:
        built = build(missing)
        names = {ident: key for key, ident in wanted.items()}
        cache.set_many({names[ident]: value for ident, value in built.items()}, timeout=timeout)
        values.update(built)
    return values


def page_cache_purge(**kwargs) -> None:
    """Retire every cached page. Also a signal receiver; apps call it after bulk imports.

    Retired again once the change is committed: a visitor's request in between still read the old
    rows, and may have cached them under the new generation.
    """
    _new_generation()
    transaction.on_commit(_new_generation)


def _new_generation() -> None:
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def page_cache_key(request) -> str | None:
    """The cache key for this request, or None when the request must not use the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET" or request.META.get("QUERY_STRING"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return None
    language = get_language_from_path(request.path_info)
    if not language or language != get_language():
        return None
    return f"page-cache:{current_generation()}:{language}:{request.get_host()}:{request.path}"


def response_is_cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    return not has_vary_header(response, "Cookie")


def _purge_on_save(sender, **kwargs) -> None:
    if sender._meta.label in settings.PAGE_CACHE_PURGE_MODELS:
        page_cache_purge()


def _purge_on_page_or_setting_change(sender, instance, **kwargs) -> None:
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    changed_setting = isinstance(instance, BaseSiteSetting | BaseGenericSetting) and not kwargs.get("created")
    if changed_setting or isinstance(instance, Page):
        page_cache_purge()


def connect_purge_signals() -> None:
    from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(page_cache_purge, dispatch_uid="portal_page_cache_purge")
    for signal in (post_save, post_delete):
        signal.connect(_purge_on_save, dispatch_uid="portal_page_cache_purge_models")
        signal.connect(_purge_on_page_or_setting_change, dispatch_uid="portal_page_cache_purge_settings")
