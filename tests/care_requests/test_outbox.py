"""What the helpdesk and the operator see of emails the mail server has not taken, and how they retry them."""

import io
import threading
import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from wagtail.users.models import UserProfile

from care_requests.models import EmailStatus, OutboxEmail
from care_requests.notifications import Email, email_queue, outbox_send_pending

from .conftest import unused_port

pytestmark = pytest.mark.django_db


def outbox(count: int, **fields) -> list[OutboxEmail]:
    fields = {"status": EmailStatus.PENDING, "next_attempt_at": timezone.now(), **fields}
    return [
        OutboxEmail.objects.create(to=f"person{n}@example.lu", subject=f"Demande {n}", body="Bonjour", **fields)
        for n in range(count)
    ]


def send_pending(*arguments) -> str:
    output = io.StringIO()
    call_command("send_pending_emails", *arguments, stdout=output)
    return output.getvalue()


def mail_server_down(settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = unused_port()
    settings.EMAIL_TIMEOUT = 2


class SendPendingCountsTests:
    def test_everything_sent(self, smtp):
        outbox(3)
        assert send_pending() == "Sent 3 email(s), 0 not accepted by the mail server; 0 still waiting, 0 given up.\n"
        assert len(smtp.messages) == 3

    def test_mail_server_down_leaves_every_email_waiting_and_stops_at_the_first(self, settings):
        outbox(3)
        mail_server_down(settings)
        output = send_pending()
        assert output.startswith("Sent 0 email(s), 1 not accepted by the mail server; 3 still waiting, 0 given up.")
        assert "did not answer" in output
        assert sorted(OutboxEmail.objects.values_list("attempts", flat=True)) == [0, 0, 1]
        assert OutboxEmail.objects.exclude(last_error="").get().last_error.startswith("ConnectionRefusedError")

    def test_emails_not_due_yet_still_count_as_waiting(self, smtp):
        outbox(2, next_attempt_at=timezone.now() + timedelta(hours=1))
        assert send_pending().startswith("Sent 0 email(s), 0 not accepted by the mail server; 2 still waiting")
        assert send_pending("--ignore-schedule").startswith("Sent 2 email(s), 0 not accepted")

    def test_an_email_another_sender_is_sending_is_left_to_it(self, smtp):
        [email] = outbox(1, attempts=1, claimed_until=timezone.now() + timedelta(minutes=5))
        assert send_pending("--ignore-schedule").startswith("Sent 0 email(s), 0 not accepted by the mail server; 1")
        assert smtp.messages == []
        OutboxEmail.objects.filter(pk=email.pk).update(claimed_until=timezone.now() - timedelta(seconds=1))
        assert send_pending("--ignore-schedule").startswith("Sent 1 email(s)")

    def test_given_up_emails_are_counted(self, settings, smtp):
        settings.CARE_REQUEST_EMAIL_MAX_ATTEMPTS = 1
        outbox(1, attempts=0)
        settings.EMAIL_PORT = unused_port()
        assert send_pending().startswith("Sent 0 email(s), 1 not accepted by the mail server; 0 still waiting, 1 given")


class MailServerDownTests:
    def test_the_tasks_wait_for_one_timeout_not_one_per_email(self, settings, smtp, django_capture_on_commit_callbacks):
        settings.EMAIL_PORT = unused_port()
        with django_capture_on_commit_callbacks(execute=True):
            for n in range(3):
                email_queue(to=f"person{n}@example.lu", subject="Demande", body="Bonjour")
        assert sorted(OutboxEmail.objects.values_list("attempts", flat=True)) == [0, 0, 1]

        settings.EMAIL_PORT = smtp.port
        assert send_pending("--ignore-schedule").startswith("Sent 3 email(s)")
        with django_capture_on_commit_callbacks(execute=True):
            email_queue(to="later@example.lu", subject="Demande", body="Bonjour")
        assert len(smtp.to("later@example.lu")) == 1  # the tasks send again once an email went out


class SlowNotifier:
    """Takes a moment per email, as a mail server does, and remembers what it was given."""

    sent: list[str] = []
    lock = threading.Lock()

    def send(self, email: Email) -> None:
        time.sleep(0.02)
        with self.lock:
            self.sent.append(email.to)


@pytest.mark.django_db(transaction=True, available_apps=["care_requests"])
@pytest.mark.skipif(connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL")
class ConcurrentRunsTests:
    def test_two_runs_at_once_send_each_email_once_and_add_up(self, settings):
        settings.CARE_REQUEST_NOTIFIER = "tests.care_requests.test_outbox.SlowNotifier"
        SlowNotifier.sent = []
        outbox(20)
        runs = []

        def run():
            try:
                runs.append(outbox_send_pending())
            finally:
                connection.close()

        threads = [threading.Thread(target=run) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

        assert sorted(SlowNotifier.sent) == sorted(f"person{n}@example.lu" for n in range(20))
        assert sum(run.sent for run in runs) == 20
        assert runs[-1].waiting == 0  # the run that finished first may have seen the other's email in flight
        assert OutboxEmail.objects.filter(status=EmailStatus.SENT).count() == 20


@pytest.fixture
def english_admin(users):
    """The admin in English for the helpdesk (it follows each user's preferred language)."""
    profile = UserProfile.get_for_user(users["helpdesk"])
    profile.preferred_language = "en"
    profile.save()


@pytest.mark.usefixtures("english_admin")
class OutboxAdminTests:
    def test_helpdesk_sees_the_waiting_emails_and_the_error(self, client, users, settings):
        outbox(2)
        mail_server_down(settings)
        send_pending()
        client.force_login(users["helpdesk"])
        listing = client.get(reverse("wagtailsnippets_care_requests_outboxemail:list"))
        assert listing.status_code == 200
        page = listing.content.decode()
        assert "person0@example.lu" in page and "ConnectionRefusedError" in page

        waiting = client.get(reverse("wagtailsnippets_care_requests_outboxemail:list") + "?status=sent")
        assert "person0@example.lu" not in waiting.content.decode()

    def test_dashboard_shows_the_count_only_when_emails_wait(self, client, users, settings):
        client.force_login(users["helpdesk"])
        assert "Emails not sent" not in client.get(reverse("wagtailadmin_home")).content.decode()
        outbox(3)
        mail_server_down(settings)
        send_pending()
        dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
        assert "Emails not sent" in dashboard
        assert "3 emails waiting to be sent" in dashboard
        assert "ConnectionRefusedError" in dashboard

    @pytest.mark.parametrize("role", ["cig_own", "editor", "translator"])
    def test_others_see_neither_the_outbox_nor_the_panel(self, client, users, role):
        outbox(1)
        client.force_login(users[role])
        response = client.get(reverse("wagtailsnippets_care_requests_outboxemail:list"))
        assert response.status_code in (302, 403)
        dashboard = client.get(reverse("wagtailadmin_home"))
        assert "Emails not sent" not in dashboard.content.decode()

    def test_nobody_edits_an_email(self, client, users):
        [email] = outbox(1)
        client.force_login(users["superuser"])
        edit = client.get(reverse("wagtailsnippets_care_requests_outboxemail:edit", args=[email.pk]))
        assert edit.status_code in (302, 403)
        inspect = client.get(reverse("wagtailsnippets_care_requests_outboxemail:inspect", args=[email.pk]))
        assert inspect.status_code == 200 and "person0@example.lu" in inspect.content.decode()

    def test_retry_sends_a_given_up_email(self, client, users, smtp, django_capture_on_commit_callbacks):
        [failed] = outbox(1, status=EmailStatus.FAILED, attempts=12, next_attempt_at=None, last_error="TimeoutError")
        [sent] = outbox(1, status=EmailStatus.SENT)
        client.force_login(users["helpdesk"])
        url = reverse("wagtail_bulk_action", args=["care_requests", "outboxemail", "retry"])
        query = f"?id={failed.pk}&id={sent.pk}"
        confirm = client.get(url + query)
        assert confirm.status_code == 200 and "Demande 0" in confirm.content.decode()

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(url + query, {"next": "/admin/"}, follow=True)

        assert "1 email will be sent again now." in response.content.decode()
        failed.refresh_from_db()
        assert failed.status == EmailStatus.SENT and failed.attempts == 1
        assert [recipients for recipients, _ in smtp.messages] == [["person0@example.lu"]]

    def test_cig_staff_cannot_retry(self, client, users):
        [failed] = outbox(1, status=EmailStatus.FAILED, attempts=12)
        client.force_login(users["cig_own"])
        url = reverse("wagtail_bulk_action", args=["care_requests", "outboxemail", "retry"])
        client.post(f"{url}?id={failed.pk}", {"next": "/admin/"})
        failed.refresh_from_db()
        assert failed.status == EmailStatus.FAILED
