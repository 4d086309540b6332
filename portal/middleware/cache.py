"""Serves anonymous public pages from the page cache (see portal.page_cache for the rules)."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from portal.caching import PAGES, read_many, write_many
from portal.page_cache import page_cache_key, response_is_cacheable

CACHE_STATUS_HEADER = "X-Page-Cache"


class PageCacheMiddleware:
    """First in ``MIDDLEWARE``: a hit is answered before any other middleware runs, with the headers
    (security headers included) that the full stack gave the stored response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_cache_key(request)
        if key is None:
            return self.get_response(request)
        found, versions = read_many([key], [PAGES])
        if key in found:
            content, headers = found[key]
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response[CACHE_STATUS_HEADER] = "hit"
            return response
        response = self.get_response(request)
        if response_is_cacheable(response):
            if settings.FRONTEND_CACHE_SECONDS > 0:
                patch_cache_control(response, public=True, max_age=0, s_maxage=settings.FRONTEND_CACHE_SECONDS)
            write_many({key: (response.content, list(response.items()))}, versions, timeout=settings.PAGE_CACHE_SECONDS)
            response[CACHE_STATUS_HEADER] = "miss"
        return response
