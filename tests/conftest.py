import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """The locmem cache outlives each test's database rollback: login counters, cached pages."""
    cache.clear()
    yield
    cache.clear()
