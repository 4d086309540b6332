"""The database limit of web requests: a statement timeout, set on each connection the web process opens.

Only the WSGI application connects ``limit_statement_time`` (``portal/wsgi.py``), so that management
commands that legitimately run long (``migrate``, ``restore_database``, imports, ``update_index``,
the task worker) are never cut, whatever settings module they load.
"""

from django.conf import settings


def limit_statement_time(sender, connection, **kwargs):
    """``connection_created`` receiver: queries on PostgreSQL end after ``DATABASE_STATEMENT_TIMEOUT_MS``.

    A query cut short raises ``OperationalError``, which answers the translated 503 page
    (``portal.middleware.reliability``) instead of holding the worker until gunicorn kills it.
    """
    milliseconds = settings.DATABASE_STATEMENT_TIMEOUT_MS
    if connection.vendor != "postgresql" or milliseconds <= 0:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{milliseconds}ms"])
