"""The database limits of web requests: a statement timeout on the server, and a watchdog in the worker.

Only web requests are limited, so that management commands that legitimately run long (``migrate``,
``restore_database``, imports, ``update_index``, the task worker) are never cut, whatever settings
module they load:

- ``limit_statement_time`` is connected by the WSGI application only (``portal/wsgi.py``);
- ``DatabaseWatchdog`` is armed by ``portal.middleware.reliability.DatabaseWatchdogMiddleware``.

A server that refuses connections or cancels a query raises ``OperationalError`` by itself. A server
that accepts connections but never answers (a frozen host, a stopped process) raises nothing: the
statement timeout cannot fire because the server is not running it, and the client waits forever.
The watchdog ends that wait: while a query (or a connection attempt) has waited ``PROBE_AFTER``
seconds, it asks the server's listener whether it is alive, which a busy server answers at once;
no answer, or a wait past the statement timeout plus a second, raises ``DatabaseNotResponding``,
an ``OperationalError``, so the visitor gets the translated 503 page.
"""

import signal
import socket
import threading
import time
from types import FrameType

from django.conf import settings
from django.db import OperationalError

# The first message of PostgreSQL's protocol a client may send: "do you speak SSL?". The listener
# answers one byte ("S" or "N") at once, before any authentication, however busy the server is.
SSL_REQUEST = (8).to_bytes(4, "big") + (80877103).to_bytes(4, "big")


class DatabaseNotResponding(OperationalError):
    """PostgreSQL accepted the request but did not answer: treated like a database that is down."""


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


def server_answers(settings_dict: dict, *, timeout: float) -> bool:
    """Whether the PostgreSQL listener of ``settings_dict`` answers a protocol greeting within ``timeout``."""
    host = settings_dict.get("HOST") or "/var/run/postgresql"
    port = int(settings_dict.get("PORT") or 5432)
    if host.startswith("/"):
        family, address = socket.AF_UNIX, f"{host}/.s.PGSQL.{port}"
    else:
        family, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0::4]
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.settimeout(timeout)
            probe.connect(address)
            probe.sendall(SSL_REQUEST)
            return len(probe.recv(1)) == 1
    except OSError:
        return False


def _waiting_on_driver(frame: FrameType | None) -> FrameType | None:
    """The outermost frame of the database driver's call the worker is in, if it is in one."""
    found = None
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("psycopg"):
            found = frame
        elif found is not None:
            return found
        frame = frame.f_back
    return found


class DatabaseWatchdog:
    """Ends a web request's wait on a PostgreSQL server that has stopped answering.

    It works with a periodic ``SIGALRM`` in the main thread, as gunicorn's sync workers serve requests;
    in another thread (threaded workers, ``runserver``) it stays off and only the statement and connect
    timeouts apply. The signal interrupts nothing but the driver's wait: a tick that finds the worker
    elsewhere does nothing.
    """

    TICK = 0.25
    PROBE_AFTER = 0.75
    PROBE_TIMEOUT = 0.25

    def __init__(self, *, settings_dict: dict, limit: float):
        self.settings_dict = settings_dict
        self.limit = limit
        self.armed = False
        self.gave_up = False

    def __enter__(self):
        if threading.current_thread() is threading.main_thread():
            self.waiting, self.since, self.probed = None, 0.0, False
            self.previous = signal.signal(signal.SIGALRM, self._tick)
            signal.setitimer(signal.ITIMER_REAL, self.TICK, self.TICK)
            self.armed = True
        return self

    def __exit__(self, *exc_info):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.waiting = None
            self.armed = False

    def _tick(self, signum, frame):
        waiting = _waiting_on_driver(frame)
        if waiting is not self.waiting:
            self.waiting, self.since, self.probed = waiting, time.monotonic(), False
            return
        if waiting is None:
            return
        waited = time.monotonic() - self.since
        if waited >= self.limit:
            self._give_up(f"no answer for {waited:.1f} s")
        if waited >= self.PROBE_AFTER and not self.probed:
            self.probed = True
            if not server_answers(self.settings_dict, timeout=self.PROBE_TIMEOUT):
                self._give_up(f"the server did not answer a greeting after {waited:.1f} s")

    def _give_up(self, why: str):
        self.waiting = None
        self.gave_up = True
        raise DatabaseNotResponding(f"PostgreSQL is not responding: {why}")
