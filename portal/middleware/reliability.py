"""A database outage answers with a translated 503 page and ``Retry-After`` instead of a 500.

Django reconnects on the next request (``CONN_HEALTH_CHECKS``), so the site recovers by itself
when the database is back.
"""

import logging

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections

from portal.database import DatabaseWatchdog
from portal.views import service_unavailable

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable while serving %s: %s", request.path, exception)
            return service_unavailable(request)
        return None


class DatabaseWatchdogMiddleware:
    """Arms ``portal.database.DatabaseWatchdog`` around each request, so that a PostgreSQL server that
    stops answering ends in the 503 page within about a second instead of a gunicorn timeout.

    On only where a statement timeout is set (``DATABASE_STATEMENT_TIMEOUT_MS``, the production
    settings) on PostgreSQL; a query may then run up to that timeout plus a second while the server
    still answers. After the watchdog has given up, the connection is closed: its reply may never come.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.database = connections[DEFAULT_DB_ALIAS]
        milliseconds = settings.DATABASE_STATEMENT_TIMEOUT_MS
        if self.database.vendor != "postgresql" or milliseconds <= 0:
            raise MiddlewareNotUsed
        self.limit = milliseconds / 1000 + 1

    def __call__(self, request):
        watchdog = DatabaseWatchdog(settings_dict=self.database.settings_dict, limit=self.limit)
        with watchdog:
            response = self.get_response(request)
        if watchdog.gave_up:
            logger.error("PostgreSQL stopped answering while serving %s; connection closed", request.path)
            connections[DEFAULT_DB_ALIAS].close()
        return response
