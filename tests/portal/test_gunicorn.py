"""The gunicorn hooks: workers start warm and leave at once, without hiding a failure."""

import runpy
import sys
from pathlib import Path
from types import SimpleNamespace
from unittest import mock

import pytest
from django.template import engines
from django.utils.translation import trans_real

from portal.warmup import warm_up

CONFIG = Path(__file__).resolve().parents[2] / "portal" / "gunicorn.conf.py"


def config() -> dict:
    return runpy.run_path(str(CONFIG))


def test_warm_up_loads_every_language_and_the_page_templates_without_the_database(settings):
    """No ``db`` mark: any query would fail this test, and a query in the master would hand the
    same connection to every forked worker."""
    trans_real._translations.clear()
    warm_up()
    assert {code for code, _name in settings.LANGUAGES} <= set(trans_real._translations)
    loader = engines["django"].engine.template_loaders[0]
    compiled = {key.split("-")[0] for key in loader.get_template_cache}
    assert {"base.html", "services_directory/service_page.html", "pci_guide/guide_step_page.html"} <= compiled
    # constant includes and parents are compiled with them
    assert "components/site_footer.html" in compiled


class StubServer:
    def __init__(self):
        self.log = mock.Mock()


def exiting_with(code, hook):
    """Run ``hook`` as gunicorn does: in the ``finally`` of a worker leaving with ``sys.exit(code)``."""
    with pytest.raises(SystemExit):
        try:
            sys.exit(code)
        finally:
            hook(StubServer(), worker=None)


def test_a_worker_that_ends_normally_closes_its_connections_and_leaves_at_once():
    hook = config()["worker_exit"]
    with mock.patch("os._exit") as leave, mock.patch("django.db.connections.close_all") as close_all:
        exiting_with(0, hook)
    close_all.assert_called_once()
    leave.assert_called_once_with(0)


@pytest.mark.parametrize("code", [3, 4, -1])
def test_a_worker_that_fails_keeps_its_exit_status_for_the_master(code):
    """gunicorn's master stops on a worker's boot (3) or application (4) error: never turn those into 0."""
    hook = config()["worker_exit"]
    with mock.patch("os._exit") as leave:
        exiting_with(code, hook)
    leave.assert_not_called()


def test_the_master_warms_up_the_portal_but_not_another_django_application():
    hook = config()["when_ready"]
    with mock.patch("portal.warmup.warm_up", return_value=0.1) as warm:
        hook(StubServer())
        with mock.patch("django.conf.settings", SimpleNamespace(INSTALLED_APPS=[])):
            hook(StubServer())
    warm.assert_called_once_with()
