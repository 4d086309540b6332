"""With the production queue (django-tasks-db) a request's emails wait in the database for `db_worker`."""

import io
from unittest import mock

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from care_requests.models import CareRequest, EmailStatus, OutboxEmail

from .conftest import answers, check_then_send, unused_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def database_queue(settings):
    """The production queue, from here on (the fixtures' page publishing has run its tasks already)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}}


def run_worker(queue: str = "mail"):
    """`db_worker --batch --queue-name QUEUE`: run what is queued on QUEUE, then exit.

    The worker reconnects between tasks; here that would close the test's transaction, so it is skipped.
    """
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command(
            "db_worker", "--batch", "--no-startup-delay", "--interval", "0", "--queue-name", queue, verbosity=0
        )


def submit(client, care_page, capture):
    _check, sent = check_then_send(client, care_page.url, answers(), capture)
    assert sent.status_code == 302
    return client.get(sent["Location"])


class DatabaseQueueTests:
    def test_the_email_task_waits_in_the_queue_until_the_worker_runs(
        self, client, care_page, schifflange_cig, smtp, django_capture_on_commit_callbacks, database_queue
    ):
        confirmation = submit(client, care_page, django_capture_on_commit_callbacks)
        care_request = CareRequest.objects.get()
        assert care_request.reference in confirmation.content.decode()
        queued = DBTaskResult.objects.filter(task_path="care_requests.notifications.deliver_emails")
        assert list(queued.values_list("status", "queue_name")) == [("READY", "mail")] * 3
        assert smtp.messages == []
        assert OutboxEmail.objects.filter(status=EmailStatus.PENDING, attempts=0).count() == 3

        run_worker("default")  # the worker for Wagtail's tasks and search indexing leaves the emails alone
        assert list(queued.values_list("status", flat=True)) == ["READY"] * 3

        run_worker("mail")

        assert list(queued.values_list("status", flat=True)) == ["SUCCESSFUL"] * 3
        assert OutboxEmail.objects.filter(status=EmailStatus.SENT).count() == 3
        assert len(smtp.to("cig@schifflange.example")) == 1
        assert care_request.reference in smtp.to("marie@example.lu")[0]

    def test_mail_server_down_when_the_worker_runs_keeps_everything(
        self, client, care_page, schifflange_cig, smtp, settings, django_capture_on_commit_callbacks, database_queue
    ):
        submit(client, care_page, django_capture_on_commit_callbacks)
        settings.EMAIL_PORT = unused_port()
        run_worker()

        assert CareRequest.objects.count() == 1
        waiting = OutboxEmail.objects.filter(status=EmailStatus.PENDING)
        # The first email met the refusal; the others are left to send_pending_emails (one timeout, not three).
        assert waiting.count() == 3 and sorted(waiting.values_list("attempts", flat=True)) == [0, 0, 1]
        assert smtp.messages == []

        settings.EMAIL_PORT = smtp.port
        call_command("send_pending_emails", "--ignore-schedule", stdout=io.StringIO())
        assert OutboxEmail.objects.filter(status=EmailStatus.SENT).count() == 3
        assert len(smtp.messages) == 3
