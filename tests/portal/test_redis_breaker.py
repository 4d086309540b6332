"""A Redis that hangs costs the first cache call its short timeout; the others skip it for a cool-down."""

import logging
from time import monotonic
from unittest import mock

import pytest
from django.core.cache import cache

from portal.redis_client import CircuitBreaker
from tests.conftest import redis_cache

pytestmark = pytest.mark.django_db

COOLDOWN = 60


def redis_log(caplog) -> list[str]:
    return [record.getMessage() for record in caplog.records if record.name == "portal.redis_client"]


def later(seconds: float):
    """The breaker's clock, ``seconds`` ahead."""
    now = monotonic()
    return mock.patch("portal.redis_client.monotonic", return_value=now + seconds)


@pytest.fixture
def hanging_cache(settings, hung_redis):
    host, port = hung_redis.address
    settings.CACHES = redis_cache(f"redis://{host}:{port}/0", cooldown_seconds=COOLDOWN)
    return hung_redis


class HangingRedisTests:
    def test_a_page_serves_and_only_its_first_cache_call_waits_for_redis(
        self, client, site_pages, hanging_cache, settings, caplog
    ):
        settings.PAGE_CACHE_SECONDS = 300
        caplog.set_level(logging.WARNING, logger="portal.redis_client")

        response = client.get(site_pages["de"]["news"].url)

        assert response.status_code == 200
        assert hanging_cache.connections() == 1
        assert len(redis_log(caplog)) == 1
        assert "is unreachable" in redis_log(caplog)[0]

    def test_calls_within_the_cooldown_never_reach_the_socket(self, hanging_cache, caplog):
        caplog.set_level(logging.WARNING, logger="portal.redis_client")
        assert cache.get("first") is None
        assert hanging_cache.connections() == 1

        cache.set("kept", "value")
        cache.add("added", 1)
        cache.touch("kept")
        assert not cache.has_key("kept")
        assert cache.get_many(["kept", "added"]) == {}
        assert cache.get("kept", "default") == "default"
        assert cache.get_or_set("computed", lambda: "fresh") == "fresh"
        cache.delete("kept")

        assert hanging_cache.connections() == 1
        assert len(redis_log(caplog)) == 1

    def test_redis_is_tried_again_after_the_cooldown(self, hanging_cache, caplog):
        caplog.set_level(logging.WARNING, logger="portal.redis_client")
        cache.get("first")
        with later(COOLDOWN + 1):
            assert cache.get("second") is None
            assert hanging_cache.connections() == 2
            cache.get("third")
            assert hanging_cache.connections() == 2
        assert len(redis_log(caplog)) == 1  # one outage, however many attempts


class CircuitBreakerTests:
    def test_recovery_is_logged_once_and_lets_calls_through(self, caplog):
        caplog.set_level(logging.WARNING, logger="portal.redis_client")
        breaker = CircuitBreaker(name="redis://cache.internal:6379/0", cooldown=5)
        assert breaker.allows()

        breaker.failed(TimeoutError("Timeout reading from socket"))
        breaker.failed(TimeoutError("Timeout reading from socket"))
        assert not breaker.allows()
        with later(6):
            assert breaker.allows()
            breaker.succeeded()
        breaker.succeeded()

        assert breaker.allows()
        messages = redis_log(caplog)
        assert len(messages) == 2
        assert "redis://cache.internal:6379/0 is unreachable" in messages[0]
        assert "answers again" in messages[1]

    def test_the_log_never_shows_the_password_of_the_url(self, settings, caplog):
        settings.CACHES = redis_cache("redis://:s3cret@127.0.0.1:1/5")
        caplog.set_level(logging.WARNING, logger="portal.redis_client")
        with mock.patch.dict("portal.redis_client._breakers", clear=True):
            cache.get("anything")
        assert redis_log(caplog) and "s3cret" not in redis_log(caplog)[0]
