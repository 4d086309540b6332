"""Serves anonymous public pages from the page cache (see portal.page_cache for the rules)."""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from portal.page_cache import current_generation, page_cache_key, response_is_cacheable

CACHE_STATUS_HEADER = "X-Page-Cache"
SITE_SECONDS = 60 * 60


class PageCacheMiddleware:
    """Place after LocaleMiddleware: the language of the URL is part of the key."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_cache_key(request)
        if key is None:
            return self.get_response(request)
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[CACHE_STATUS_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if response_is_cacheable(response):
            cache.set(key, (response.content, list(response.items())), timeout=settings.PAGE_CACHE_SECONDS)
            response[CACHE_STATUS_HEADER] = "miss"
        return response


class CachedSiteMiddleware:
    """Saves the Wagtail Site lookup (one query on every page) by keeping the Site in the cache.

    Wagtail reads ``request._wagtail_site`` before querying, and sets it after; the middleware
    itself never queries. The entry is keyed by the page cache's generation, so saving a Site or a
    page renews it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = f"site:{current_generation()}:{request._get_raw_host()}:{request.get_port()}"
        site = cache.get(key)
        if site is not None:
            request._wagtail_site = site
        response = self.get_response(request)
        if site is None and getattr(request, "_wagtail_site", None) is not None:
            cache.set(key, request._wagtail_site, timeout=SITE_SECONDS)
        return response
