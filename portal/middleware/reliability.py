"""A database outage answers with a translated 503 page and ``Retry-After`` instead of a 500.

Django reconnects on the next request (``CONN_HEALTH_CHECKS``), so the site recovers by itself
when the database is back.
"""

import logging

from django.db import InterfaceError, OperationalError

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
