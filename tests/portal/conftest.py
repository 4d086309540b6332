"""A small site in four languages: each page type of the home app, published; a Redis that hangs."""

import socket
import threading
from unittest import mock

import pytest
from wagtail.models import Locale

from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from portal import redis_client

LANGUAGES = ["fr", "de", "lb", "en"]


def _publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def site_pages(db):
    """{language: {"home": page, "standard": page, "news_index": page, "news": page}}."""
    home = HomePage.objects.get(locale__language_code="fr")
    standard = home.add_child(instance=StandardPage(title="Accessibilité", slug="accessibilite", intro="Intro"))
    news_index = home.add_child(instance=NewsIndexPage(title="Actualités", slug="actualites"))
    news = news_index.add_child(instance=NewsPage(title="Un café en ligne", slug="cafe", intro="Ouverture"))
    french = {
        "home": home,
        "standard": _publish(standard),
        "news_index": _publish(news_index),
        "news": _publish(news),
    }
    pages = {"fr": french}
    for language in LANGUAGES[1:]:
        locale = Locale.objects.get(language_code=language)
        pages[language] = {
            name: _publish(page.copy_for_translation(locale, copy_parents=True)) for name, page in french.items()
        }
    return pages


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
