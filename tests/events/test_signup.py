import re
import sqlite3
import threading
from datetime import date

import pytest
from django.conf import settings
from django.core import mail
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.db.models import Count
from django.urls import reverse
from wagtail.models import Locale

from care_requests.spam import started_token
from events.models import SignUp, SignUpStatus
from events.services import SignUpData, signup_cancel, signup_create
from tests.factories.events import EventFactory, publish_event, session


def data(name="Ana Silva", *, places=1, email="ana@example.lu", phone="", language="lb") -> SignUpData:
    return SignUpData(name=name, phone=phone, email=email, language=language, places=places, needs="")


def course(capacity=2):
    return publish_event(EventFactory(capacity=capacity, signup_required=True, schedule=[session(date(2026, 12, 10))]))


def form_data(**changes):
    values = {
        "name": "Ana Silva",
        "phone": "",
        "email": "ana@example.lu",
        "language": "lb",
        "places": "1",
        "needs": "",
        "your-website": "",
        "form-started": started_token(0),
    }
    return {**values, **changes}


@pytest.mark.django_db
class WaitingListTests:
    def test_places_then_waiting_list_in_order(self):
        event = course(capacity=2)
        made = [signup_create(event=event, data=data(f"Person {n}"), locale="fr") for n in range(4)]
        assert [s.status for s in made] == ["confirmed", "confirmed", "waiting", "waiting"]
        assert len({s.reference for s in made}) == 4

    def test_a_group_that_does_not_fit_waits(self):
        event = course(capacity=2)
        signup_create(event=event, data=data("First"), locale="fr")
        assert signup_create(event=event, data=data("Family", places=2), locale="fr").status == "waiting"

    def test_cancelling_moves_the_first_waiting_person_up_and_tells_them(self, django_capture_on_commit_callbacks):
        event = course(capacity=1)
        with django_capture_on_commit_callbacks(execute=True):
            first = signup_create(event=event, data=data("First", email="first@example.lu"), locale="fr")
            second = signup_create(event=event, data=data("Second", email="second@example.lu"), locale="fr")
            third = signup_create(event=event, data=data("Third", email="third@example.lu"), locale="fr")
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert signup_cancel(token=first.cancel_token).status == SignUpStatus.CANCELLED
        second.refresh_from_db()
        third.refresh_from_db()
        assert (second.status, third.status) == ("confirmed", "waiting")
        assert [message.to for message in mail.outbox] == [["second@example.lu"]]
        assert second.reference in mail.outbox[0].subject

    def test_a_wrong_or_reused_token_changes_nothing(self):
        event = course(capacity=1)
        first = signup_create(event=event, data=data("First"), locale="fr")
        second = signup_create(event=event, data=data("Second"), locale="fr")
        assert signup_cancel(token="not-a-token") is None
        signup_cancel(token=first.cancel_token)
        signup_cancel(token=first.cancel_token)
        assert SignUp.objects.get(pk=second.pk).status == "confirmed"
        assert SignUp.objects.filter(status="confirmed").count() == 1

    def test_the_token_is_not_stored(self):
        made = signup_create(event=course(), data=data(), locale="fr")
        assert made.cancel_token not in SignUp.objects.get(pk=made.pk).cancel_token_hash


@pytest.mark.django_db
class SignUpPageTests:
    def test_signing_up_shows_the_reference_and_a_cancel_link(self, client, django_capture_on_commit_callbacks):
        event = course(capacity=5)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("events:signup", args=[event.pk]), form_data(), follow=True)
        page = response.content.decode()
        made = SignUp.objects.get()
        assert made.reference in page
        cancel = re.search(r'href="([^"]*/cancel/[^"]+)"', page).group(1)
        assert mail.outbox[0].to == ["ana@example.lu"]
        assert made.reference in mail.outbox[0].body
        assert client.get(cancel).status_code == 200
        assert SignUp.objects.get().status == "confirmed"  # following the link asks first
        client.post(cancel)
        assert SignUp.objects.get().status == "cancelled"

    def test_without_phone_or_email_the_form_says_so_and_keeps_what_was_typed(self, client):
        event = course()
        response = client.post(
            reverse("events:signup", args=[event.pk]),
            form_data(email="", phone="", name="Maria Ferreira", needs="Cadeira de rodas"),
        )
        page = response.content.decode()
        assert response.status_code == 200
        assert "Indiquez un numéro de téléphone ou une adresse e-mail" in page  # French: the page's language
        assert 'value="Maria Ferreira"' in page
        assert "Cadeira de rodas" in page
        assert not SignUp.objects.exists()

    def test_a_bad_email_and_too_many_places_are_explained(self, client):
        response = client.post(reverse("events:signup", args=[course().pk]), form_data(email="ana@", places="99"))
        assert response.status_code == 200
        assert 'value="ana@"' in response.content.decode()
        assert set(response.context["form"].errors) == {"email", "places"}

    def test_spam_is_thanked_and_dropped(self, client):
        response = client.post(
            reverse("events:signup", args=[course().pk]), form_data(**{"your-website": "http://spam"})
        )
        assert response.status_code == 200
        assert not SignUp.objects.exists()

    def test_events_without_sign_up_or_not_live_have_no_form(self, client):
        open_day = publish_event(EventFactory(signup_required=False))
        draft = EventFactory(signup_required=True)
        assert client.get(reverse("events:signup", args=[open_day.pk])).status_code == 404
        assert client.get(reverse("events:signup", args=[draft.pk])).status_code == 404


@pytest.fixture
def shared_database(tmp_path):
    """Call it once the test's data is written: then threads can all open the database.

    On SQLite, the in-memory test database (whose shared-cache connections fail at once instead of
    waiting for a lock) is copied to a file that the threads' connections open. A transactional test
    starts from an empty database, so the site's languages are made first.
    """
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    settings_dict = connections.settings[DEFAULT_DB_ALIAS]
    original = settings_dict["NAME"]

    def share():
        if connection.vendor != "sqlite":
            return
        path = tmp_path / "concurrent.sqlite3"
        target = sqlite3.connect(path)
        connection.ensure_connection()
        connection.connection.backup(target)
        target.close()
        settings_dict["NAME"] = str(path)

    yield share
    settings_dict["NAME"] = original


def in_threads(function, count: int) -> list[Exception]:
    errors = []

    def run(n):
        try:
            function(n)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=[n]) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


@pytest.mark.django_db(transaction=True)
class ConcurrentSignUpTests:
    """Run on SQLite and on PostgreSQL (``DATABASE_URL``): 40 people for 20 places, all at once."""

    def test_concurrent_sign_ups_never_oversell(self, shared_database):
        event = course(capacity=20)
        shared_database()
        errors = in_threads(lambda n: signup_create(event=event, data=data(f"Person {n}", email=""), locale="fr"), 40)
        assert errors == []
        counts = {}
        in_threads(lambda n: counts.update(SignUp.objects.values_list("status").annotate(n=Count("pk"))), 1)
        assert counts == {"confirmed": 20, "waiting": 20}

    def test_concurrent_cancellations_promote_each_waiting_person_once(self, shared_database):
        event = course(capacity=5)
        made = [signup_create(event=event, data=data(f"Person {n}", email=""), locale="fr") for n in range(10)]
        shared_database()
        errors = in_threads(lambda n: signup_cancel(token=made[n].cancel_token), 5)
        assert errors == []
        statuses = {}
        in_threads(lambda n: statuses.update(SignUp.objects.values_list("name", "status")), 1)
        assert sorted(name for name, status in statuses.items() if status == "confirmed") == [
            f"Person {n}" for n in range(5, 10)
        ]
