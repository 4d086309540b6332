"""The site's URLs plus one view whose query takes a second: statement timeouts (test_reliability.py)."""

from django.db import connection
from django.http import HttpResponse
from django.urls import path

from portal.urls import handler404, handler500  # noqa: F401 - the site's handlers
from portal.urls import urlpatterns as site_urlpatterns


def slow_query(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(1)")
    return HttpResponse("done")


urlpatterns = [path("slow-query/", slow_query), *site_urlpatterns]
