"""A django-redis client that stops asking a Redis that does not answer: a per-process circuit breaker.

django-redis with ``IGNORE_EXCEPTIONS`` turns a Redis error into a cache miss, but every call still
waits for its socket timeout first, and a page makes many cache calls: a Redis that accepts
connections and never answers held each request for seconds. Set as the cache's ``CLIENT_CLASS``,
this client remembers the failure for the whole process. After a connection error or a timeout,
every call fails at once, without a socket, for ``COOLDOWN_SECONDS`` (a cache option, 5 by default):
through ``IGNORE_EXCEPTIONS`` reads are misses and writes are dropped. The first call after the
cool-down tries Redis again; a failure closes the door for another cool-down, a success opens it.
The outage is logged when it starts and when it ends, never per call.
"""

import functools
import logging
import socket
import threading
from time import monotonic
from urllib.parse import urlsplit

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, socket.timeout)
"""Errors that say Redis is unreachable; a refused command (``ResponseError``) is not an outage."""

DEFAULT_COOLDOWN_SECONDS = 5


class RedisSkipped(Exception):
    """The cause of the ``ConnectionInterrupted`` raised for a call skipped during a cool-down."""


class CircuitBreaker:
    """Whether calls to one Redis server go through, shared by every thread of the process."""

    def __init__(self, *, name: str, cooldown: float):
        self.name = name
        self.cooldown = cooldown
        self._lock = threading.Lock()
        self._failed_at: float | None = None
        self._outage_started: float | None = None

    def allows(self) -> bool:
        failed_at = self._failed_at
        return failed_at is None or monotonic() - failed_at >= self.cooldown

    def failed(self, error: BaseException) -> None:
        with self._lock:
            starts = self._outage_started is None
            self._failed_at = monotonic()
            if starts:
                self._outage_started = self._failed_at
        if starts:
            logger.warning(
                "Redis at %s is unreachable (%s): cache calls are skipped, tried again every %s s.",
                self.name,
                error,
                self.cooldown,
            )

    def succeeded(self) -> None:
        if self._outage_started is None:
            return
        with self._lock:
            started, self._outage_started, self._failed_at = self._outage_started, None, None
        if started is not None:
            logger.warning("Redis at %s answers again after %.0f s.", self.name, monotonic() - started)


_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def circuit_breaker(name: str, *, cooldown: float) -> CircuitBreaker:
    """The process's breaker for the Redis server(s) ``name`` (each thread has its own cache client)."""
    with _breakers_lock:
        if name not in _breakers:
            _breakers[name] = CircuitBreaker(name=name, cooldown=cooldown)
        return _breakers[name]


def _without_credentials(url: str) -> str:
    """``url`` fit for the logs: the password some Redis URLs carry is left out."""
    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def _tripping(method):
    """``method`` of ``DefaultClient``, telling the breaker whether Redis answered."""

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        try:
            result = method(self, *args, **kwargs)
        except ConnectionInterrupted as interrupted:
            if isinstance(interrupted.__cause__, OUTAGE_ERRORS):
                self.breaker.failed(interrupted.__cause__)
            raise
        self.breaker.succeeded()
        return result

    return call


class CircuitBreakerClient(DefaultClient):
    """django-redis's ``DefaultClient`` behind the process's circuit breaker for its server.

    Every operation asks ``get_client`` for a connection, which refuses during a cool-down; the
    operations of Django's cache API report whether Redis answered.
    """

    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        cooldown = self._options.get("COOLDOWN_SECONDS", DEFAULT_COOLDOWN_SECONDS)
        self.breaker = circuit_breaker(",".join(map(_without_credentials, self._server)), cooldown=cooldown)

    def _refuse_during_cooldown(self):
        if not self.breaker.allows():
            raise ConnectionInterrupted(connection=None) from RedisSkipped(self.breaker.name)

    def get_client(self, write=True, tried=None):
        self._refuse_during_cooldown()
        return super().get_client(write=write, tried=tried)

    def get_client_with_index(self, write=True, tried=None):
        self._refuse_during_cooldown()
        return super().get_client_with_index(write=write, tried=tried)

    get = _tripping(DefaultClient.get)
    get_many = _tripping(DefaultClient.get_many)
    has_key = _tripping(DefaultClient.has_key)
    set = _tripping(DefaultClient.set)  # add() goes through set()
    set_many = _tripping(DefaultClient.set_many)
    touch = _tripping(DefaultClient.touch)
    delete = _tripping(DefaultClient.delete)
    delete_many = _tripping(DefaultClient.delete_many)
    incr = _tripping(DefaultClient.incr)
    decr = _tripping(DefaultClient.decr)
    incr_version = _tripping(DefaultClient.incr_version)
    clear = _tripping(DefaultClient.clear)
