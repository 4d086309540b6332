import os

from django.core.wsgi import get_wsgi_application
from django.db.backends.signals import connection_created

from portal.database import limit_statement_time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
# Web requests, and only they, have a statement timeout (DATABASE_STATEMENT_TIMEOUT_MS).
connection_created.connect(limit_statement_time, dispatch_uid="portal.database.limit_statement_time")
