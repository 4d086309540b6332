"""The demo site, built once per test run by ``manage.py load_demo_content``.

Loading the demo is the slowest thing the suite does, so every test class that reads it derives
from ``DemoSite`` and shares one load: ``tests/conftest.py`` runs those classes one after another,
after the ordinary tests and before the transactional ones, and the load happens in a transaction
that is rolled back as soon as the last of them is done, so the other tests keep an empty site.
Each test still runs in its own savepoint, so a test may change the demo (or load it again)
without the next one noticing. wagtail-localize publishes translations when the transaction
commits; the callbacks are run when the command returns, as a real commit would.
"""

from contextlib import ExitStack
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings


def load_demo_content() -> str:
    output = StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("load_demo_content", stdout=output)
    return output.getvalue()


_open_demo_sites: list = []


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    """The media folder of the demo site, loaded on first use and rolled back by ``close_demo_site``."""
    media_root = tmp_path_factory.mktemp("demo-media")
    stack = ExitStack()
    stack.enter_context(override_settings(MEDIA_ROOT=media_root))
    stack.enter_context(django_db_blocker.unblock())
    stack.enter_context(transaction.atomic())
    _open_demo_sites.append(stack)
    load_demo_content()
    yield media_root
    close_demo_site()


def close_demo_site() -> None:
    """Roll the demo site back, once the last class reading it is done (or when the run ends)."""
    while _open_demo_sites:
        stack = _open_demo_sites.pop()
        transaction.set_rollback(True)
        stack.close()


class DemoSite:
    """Base for test classes that read the demo site (not collected itself: its name has no ``Tests``).

    The first test also waits for the load (every page in five languages): it gets longer than the
    suite's usual timeout.
    """

    pytestmark = pytest.mark.timeout(900)

    @pytest.fixture(autouse=True)
    def _media_root(self, settings, demo_site, db):
        settings.MEDIA_ROOT = demo_site
