"""Per-language cache of anonymous public pages (the ``pages`` scope of ``portal.caching``).

Only language-prefixed pages requested with GET and no query string by a visitor without a session
are stored, and only 200 HTML responses that set no cookie, do not vary on cookies and are not
marked private or no-store: forms (CSRF token), search results, previews and signed-in editors are
never cached. The key holds the language, the host and the full path; a stored response counts
only while the ``pages`` scope, which every public change retires (``portal.cache_registry``), has
the version it was stored under.
``PAGE_CACHE_SECONDS`` bounds the age of anything else.

A CDN or Varnish in front is purged by ``wagtail.contrib.frontend_cache`` when a page is published
or unpublished (``WAGTAILFRONTENDCACHE``, see docs/architecture.md); it keeps other pages at most
``FRONTEND_CACHE_SECONDS``.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import has_vary_header
from django.utils.translation import get_language_from_path

UNCACHEABLE_DIRECTIVES = ("private", "no-cache", "no-store")


def page_cache_key(request) -> str | None:
    """The cache key for this request, or None when the request must not use the cache."""
    if settings.PAGE_CACHE_SECONDS <= 0 or request.method != "GET" or request.META.get("QUERY_STRING"):
        return None
    if settings.SESSION_COOKIE_NAME in request.COOKIES or CookieStorage.cookie_name in request.COOKIES:
        return None
    if settings.SECURE_SSL_REDIRECT and not request.is_secure():
        return None
    language = get_language_from_path(request.path_info)
    if not language:
        return None
    return f"page-cache:{language}:{request.get_host()}:{request.path}"


def response_is_cacheable(response) -> bool:
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(directive in cache_control for directive in UNCACHEABLE_DIRECTIVES):
        return False
    return not has_vary_header(response, "Cookie")
