"""The demo site, built once per test class by ``manage.py load_demo_content``.

The command runs inside a transaction that is rolled back after the class, so other tests keep
an empty site. wagtail-localize publishes translations when the transaction commits; the
callbacks are run when the command returns, as a real commit would.
"""

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


class DemoSite:
    """Base for test classes that read the demo site (not collected itself: its name has no ``Tests``)."""

    @pytest.fixture(scope="class", autouse=True)
    @classmethod
    def demo_site(cls, django_db_setup, django_db_blocker, tmp_path_factory):
        media_root = tmp_path_factory.mktemp("demo-media")
        with override_settings(MEDIA_ROOT=media_root), django_db_blocker.unblock(), transaction.atomic():
            load_demo_content()
            yield media_root
            transaction.set_rollback(True)

    @pytest.fixture(autouse=True)
    def _media_root(self, settings, demo_site, db):
        settings.MEDIA_ROOT = demo_site
