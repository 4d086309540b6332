"""Error pages, the health checks and robots.txt.

The error pages are in the visitor's language (from the URL prefix, else the browser) and the 500
and 503 pages render without touching the database, so that they work while it is down.
"""

import sys
import uuid
from urllib.parse import unquote

from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

RETRY_AFTER_SECONDS = 30
MAX_SUGGESTED_QUERY = 100


def page_not_found(request, exception=None):
    """The 404 page offers a search, filled in with the words of the address that was not found."""
    return render(request, "404.html", {"suggested_query": words_of_path(request.path)}, status=404)


def words_of_path(path: str) -> str:
    """The last segment of a path as words: ".../aide-a-domicile/" gives "aide a domicile"."""
    segment = next((part for part in reversed(path.split("/")) if part), "")
    if len(segment) == 2 and segment.isalpha():  # a language prefix alone
        return ""
    return " ".join(unquote(segment).replace("-", " ").replace("_", " ").split())[:MAX_SUGGESTED_QUERY]


def service_unavailable(request):
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request):
    """A database error raised outside a view (by a middleware) still gets the 503 page."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        return service_unavailable(request)
    return HttpResponseServerError(loader.render_to_string("500.html"))


def _database_ok() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError:
        return False


def _cache_ok() -> bool:
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=10)
        ok = cache.get(key) == "ok"
        cache.delete(key)
    except Exception:  # noqa: BLE001 - any cache failure makes the check report it, never the endpoint
        return False
    return ok


@never_cache
def liveness(request):
    """For the process manager: 200 while the process can answer at all; touches nothing."""
    return JsonResponse({"status": "ok"})


@never_cache
def readiness(request):
    """For the load balancer: 200 while the database answers, else 503.

    Without Redis the site still serves (every read is a miss), so the cache is reported as
    "degraded" but does not take the instance out of rotation.
    """
    database = _database_ok()
    body = {"database": "ok" if database else "unavailable", "cache": "ok" if _cache_ok() else "degraded"}
    return JsonResponse(body, status=200 if database else 503)


@require_GET
def robots_txt(request):
    """Crawlers may read every public page but not the admin (the helpdesk included); the sitemap is named."""
    body = loader.render_to_string(
        "robots.txt",
        {"sitemap_url": request.build_absolute_uri(reverse("sitemap")), "admin_prefix": reverse("wagtailadmin_home")},
    )
    return HttpResponse(body, content_type="text/plain; charset=utf-8")
