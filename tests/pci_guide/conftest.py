import tempfile
from unittest import mock

import pytest
from django.conf import settings
from django.db import transaction
from django.test import override_settings

from demo.pci_guide import load


@pytest.fixture(autouse=True)
def _media_root():
    """The guide's demo files live in the package's own media folder (see ``_guide_demo``)."""


def _run_now(func, using=None, robust=False):
    func()


@pytest.fixture(scope="package", autouse=True)
def _guide_demo(django_db_setup, django_db_blocker):
    """The guide's demo content, built once for the whole package and rolled back after it.

    Every test class runs inside this transaction, so the rest of the suite never sees the content.
    wagtail-localize publishes a translation once its transaction commits; here everything runs in
    one transaction, so those callbacks run at once, as they would after each commit in production.
    Search indexing and reference-index tasks are queued, not run: these tests do not read them.
    """
    with (
        tempfile.TemporaryDirectory(prefix="pci-guide-test-") as media_root,
        override_settings(MEDIA_ROOT=media_root),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        with (
            override_settings(
                TASKS={
                    "default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend", "QUEUES": settings.TASK_QUEUES}
                }
            ),
            mock.patch.object(transaction, "on_commit", _run_now),
        ):
            load(log=lambda message: None)
        yield
        transaction.set_rollback(True)
