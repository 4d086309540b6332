import pytest
from django.core.cache import cache
from django.db import connection

from tests.browser.conftest import start_site_preparation
from tests.demo.site import DemoSite, close_demo_site, demo_site  # noqa: F401 -- the shared demo fixture


def _reads_demo_site(item) -> bool:
    return item.cls is not None and issubclass(item.cls, DemoSite)


def _run_order(item) -> int:
    """Ordinary tests, then the classes that read the demo site, then transactional tests, then the browser.

    The demo site is loaded once for all its readers (``tests/demo/site.py``) and rolled back
    when the last one is done; transactional tests empty the database when they end, so they come after.
    """
    if item.get_closest_marker("browser"):
        return 3
    marker = item.get_closest_marker("django_db")
    if (marker and marker.kwargs.get("transaction")) or "transactional_db" in getattr(item, "fixturenames", ()):
        return 2
    return 1 if _reads_demo_site(item) else 0


def pytest_collection_modifyitems(items):
    items.sort(key=_run_order)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if _reads_demo_site(item) and (nextitem is None or not _reads_demo_site(nextitem)):
        close_demo_site()
    return result


def pytest_collection_finish(session):
    """The browser site is prepared in the background while the other tests run."""
    if any(item.get_closest_marker("browser") for item in session.items):
        start_site_preparation(session.config)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """On PostgreSQL, the throwaway test database is never vacuumed.

    Its tests roll their rows back, so autovacuum would record its tables as analysed and empty;
    the planner then expects one row where the demo site has thousands and loading it (in the
    transaction ``tests/demo/site.py`` opens) took over an hour instead of a minute. Tables
    never analysed are estimated from their size on disk, which stays right.
    """
    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"ALTER TABLE {connection.ops.quote_name(table)} SET (autovacuum_enabled = false)")


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """The locmem cache outlives each test's database rollback: login counters, cached pages."""
    cache.clear()
    yield
    cache.clear()


def redis_cache(location: str, *, cooldown_seconds: int = 5) -> dict:
    """``CACHES`` as base.py configures them for ``REDIS_URL=location``."""
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": location,
            "OPTIONS": {
                "CLIENT_CLASS": "portal.redis_client.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "COOLDOWN_SECONDS": cooldown_seconds,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }


@pytest.fixture
def redis_down(settings):
    """Redis configured as in production (base.py), on a port where nothing listens."""
    settings.CACHES = redis_cache("redis://127.0.0.1:1/5")
