"""A PostgreSQL server that accepts connections but never answers (a frozen host) ends in the 503 page
without waiting for its limit, and a slow query on a live server is left alone (portal.database).

The frozen server is a TCP relay to the test database that stops relaying, as a server stopped with
SIGSTOP does: the kernel still accepts connections and data, nothing ever comes back.
"""

import contextlib
import socket
import threading
import time

import psycopg
import pytest
from django.db import connection

from portal.database import DatabaseNotResponding, DatabaseWatchdog, server_answers

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="the watchdog is for PostgreSQL")


class FreezableRelay:
    """Relays 127.0.0.1:<port> to the test database until ``freeze()``; then reads nothing, answers nothing."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=16)
        self.port = self.listener.getsockname()[1]
        self.frozen = threading.Event()
        self.closed = threading.Event()
        self.sockets: list[socket.socket] = [self.listener]
        self.connections: list[psycopg.Connection] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while not self.closed.is_set():
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if self.frozen.is_set():
                self.sockets.append(client)  # accepted by the kernel, never served
                continue
            server = socket.create_connection(self.target)
            self.sockets += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink):
        while not self.closed.is_set():
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            while self.frozen.is_set() and not self.closed.is_set():
                time.sleep(0.05)  # hold what was read: the "server" never sees it
            try:
                sink.sendall(data)
            except OSError:
                return

    def freeze(self):
        self.frozen.set()

    def settings_dict(self) -> dict:
        return {"HOST": "127.0.0.1", "PORT": self.port}

    def connect(self) -> psycopg.Connection:
        params = connection.get_connection_params()
        params.update(host="127.0.0.1", port=self.port, connect_timeout=10)
        params.pop("cursor_factory", None)
        params.pop("context", None)
        database = psycopg.connect(**{key: value for key, value in params.items() if value is not None})
        self.connections.append(database)
        return database

    def close(self):
        self.closed.set()
        self.frozen.clear()
        for database in self.connections:
            database.pgconn.finish()
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)  # wakes the relaying threads and tells the server
            sock.close()


@pytest.fixture
def relay(db):
    settings_dict = connection.settings_dict
    target = (settings_dict["HOST"] or "127.0.0.1", int(settings_dict["PORT"] or 5432))
    if target[0].startswith("/"):
        pytest.skip("the test database is reached through a socket file")
    relay = FreezableRelay(target)
    yield relay
    relay.close()
    # The test database is dropped at the end: wait until the server has ended the relayed sessions.
    with connection.cursor() as cursor:
        for _ in range(50):
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            if cursor.fetchone() == (0,):
                break
            time.sleep(0.1)


class DatabaseWatchdogTests:
    def test_a_query_to_a_frozen_server_gives_up_without_waiting_for_its_limit(self, relay):
        database = relay.connect()
        relay.freeze()
        watchdog = DatabaseWatchdog(settings_dict=relay.settings_dict(), limit=6)
        with pytest.raises(DatabaseNotResponding, match="did not answer a greeting"), watchdog:
            database.execute("SELECT 1")

    def test_connecting_to_a_frozen_server_gives_up_without_waiting_for_its_limit(self, relay):
        relay.freeze()
        watchdog = DatabaseWatchdog(settings_dict=relay.settings_dict(), limit=6)
        with pytest.raises(DatabaseNotResponding, match="did not answer a greeting"), watchdog:
            relay.connect()

    def test_a_slow_query_on_a_server_that_answers_is_left_to_finish(self, relay):
        database = relay.connect()
        with DatabaseWatchdog(settings_dict=relay.settings_dict(), limit=6) as watchdog:
            row = database.execute("SELECT 42 FROM pg_sleep(1.5)").fetchone()
        assert row == (42,)
        assert not watchdog.gave_up

    def test_past_its_limit_even_a_server_that_answers_is_given_up_on(self, relay):
        database = relay.connect()
        with pytest.raises(DatabaseNotResponding), DatabaseWatchdog(settings_dict=relay.settings_dict(), limit=1):
            database.execute("SELECT pg_sleep(3)")

    def test_the_greeting_tells_a_live_server_from_a_frozen_one(self, relay):
        assert server_answers(relay.settings_dict(), timeout=1)
        relay.freeze()
        assert not server_answers(relay.settings_dict(), timeout=0.3)

    def test_outside_the_main_thread_it_stays_off(self, relay):
        outcome = {}

        def query():
            with DatabaseWatchdog(settings_dict=relay.settings_dict(), limit=0.1) as watchdog:
                outcome["armed"] = watchdog.armed

        worker = threading.Thread(target=query)
        worker.start()
        worker.join()
        assert outcome == {"armed": False}
