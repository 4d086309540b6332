"""A small site in every language: each page type of the home app, published; a Redis that hangs."""

import socket
import threading
from unittest import mock

import pytest

from portal import redis_client
from tests.factories.once import fresh, rolled_back_after
from tests.factories.pages import site_in_every_language


@pytest.fixture(scope="class")
def _site_tree(django_db_setup, django_db_blocker):
    with rolled_back_after(django_db_blocker):
        yield site_in_every_language()


@pytest.fixture
def site_pages(db, _site_tree):
    """{language: {"home": page, "standard": page, "news_index": page, "news": page}}, built once per class."""
    return fresh(_site_tree)


class HungServer:
    """A TCP server on a free loopback port that accepts every connection and never answers."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.address = self.listener.getsockname()
        self._peers: list[int] = []
        self._probes: set[int] = set()
        self._accepted = threading.Condition()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self):
        held = []
        while True:
            try:
                connection, peer = self.listener.accept()
            except OSError:  # the listener was closed
                break
            held.append(connection)
            with self._accepted:
                self._peers.append(peer[1])
                self._accepted.notify_all()
        for connection in held:
            connection.close()

    def connections(self) -> int:
        """Connections clients have opened so far, counted once the server has accepted them all.

        A probe connection goes last in the listen queue: once it is accepted, so is every earlier one.
        """
        with socket.create_connection(self.address) as probe:
            port = probe.getsockname()[1]
            self._probes.add(port)
            with self._accepted:
                assert self._accepted.wait_for(lambda: port in self._peers, timeout=10)
                return len([peer for peer in self._peers if peer not in self._probes])

    def close(self):
        self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self._thread.join(timeout=10)


@pytest.fixture
def hung_redis():
    """A "Redis" that hangs, with the process's circuit breakers as a new process has them."""
    server = HungServer()
    with mock.patch.dict(redis_client._breakers, clear=True):
        yield server
    server.close()
