from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.lu", PASSWORD)


def _login(client, password, address="192.0.2.10", language="en", username="editor", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
        **headers,
    )


def _later(**delta):
    """Move the clock (sessions and login counters both read it)."""
    moment = timezone.now() + timedelta(**delta)
    return mock.patch("django.utils.timezone.now", return_value=moment)


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


class LoginThrottlingTests:
    def test_five_failures_stop_that_address_for_that_username_with_a_translated_message(self, client, editor):
        for _ in range(5):
            assert _login(client, "wrong").status_code == 200
        response = _login(client, PASSWORD, language="de")
        assert response.status_code == 200 and not _signed_in(client)
        assert "Zu viele fehlgeschlagene Versuche" in response.text
        assert "15 Minuten" in response.text

    def test_the_owner_is_slowed_not_locked_while_others_hammer_the_username(self, client, editor):
        moment = timezone.now()
        for attacker in range(30):  # half an hour of guesses, each from another address, each allowed
            moment += timedelta(seconds=61)
            with mock.patch("django.utils.timezone.now", return_value=moment):
                assert (
                    "pour cet identifiant"
                    not in _login(client, "wrong", address=f"203.0.113.{attacker}", language="fr").text
                )
        with mock.patch("django.utils.timezone.now", return_value=moment + timedelta(seconds=1)):
            response = _login(client, PASSWORD, address="198.51.100.7", language="fr")
        assert not _signed_in(client)
        assert "Trop de tentatives échouées pour cet identifiant" in response.text
        assert "59 secondes" in response.text
        with mock.patch("django.utils.timezone.now", return_value=moment + timedelta(seconds=60)):
            assert _login(client, PASSWORD, address="198.51.100.7").status_code == 302

    def test_a_waiting_attempt_is_not_counted(self, client, editor):
        for _ in range(5):
            _login(client, "wrong", address="203.0.113.1")
        for _ in range(20):
            _login(client, "wrong", address="203.0.113.2")  # refused: the one-second wait is not over
        with _later(seconds=2):
            assert _login(client, PASSWORD, address="198.51.100.7").status_code == 302

    def test_spaces_and_capitals_count_as_the_same_username(self, client, editor):
        for username in ("editor", " EDITOR", "Editor ", "eDiToR", " editor "):
            _login(client, "wrong", username=username)
        response = _login(client, PASSWORD)
        assert not _signed_in(client) and "Too many failed attempts." in response.text

    def test_password_spraying_from_one_address_is_stopped(self, client, editor):
        for number in range(20):
            _login(client, "Summer2026!", username=f"user{number}")
        response = _login(client, PASSWORD)
        assert not _signed_in(client) and "15 minutes" in response.text
        assert _login(client, PASSWORD, address="198.51.100.7").status_code == 302

    def test_fewer_failures_then_success_resets_the_count(self, client, editor):
        for _ in range(4):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 302
        client.logout()
        for _ in range(4):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 302

    def test_the_wait_ends_after_fifteen_minutes(self, client, editor):
        for _ in range(5):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 200
        with _later(minutes=15, seconds=1):
            assert _login(client, PASSWORD).status_code == 302

    def test_behind_the_proxy_each_client_counts_for_itself(self, client, editor):
        for number in range(25):
            _login(
                client,
                "wrong",
                address="127.0.0.1",
                username=f"user{number}",
                HTTP_X_FORWARDED_FOR=f"203.0.113.{number}",
            )
        assert _login(client, PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 302

    def test_a_forged_forwarded_address_changes_nothing(self, client, editor):
        for number in range(5):
            _login(client, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
        response = _login(client, PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.99")
        assert not _signed_in(client) and "15 minutes" in response.text

    def test_redis_down_or_emptied_keeps_the_count(self, client, editor, redis_down):
        for _ in range(5):
            _login(client, "wrong")
        cache.clear()
        for _ in range(7):
            assert _login(client, "wrong").status_code == 200
        response = _login(client, PASSWORD)
        assert not _signed_in(client) and "15 minutes" in response.text


class SessionTimeoutTests:
    def test_idle_session_ends_after_an_hour_without_activity(self, client, editor):
        client.force_login(editor)
        with _later(minutes=50):
            assert client.get("/admin/").status_code == 200
        with _later(minutes=100):
            assert client.get("/admin/").status_code == 200
        with _later(minutes=100 + 61):
            response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")

    def test_active_session_still_ends_after_ten_hours(self, client, editor):
        client.force_login(editor)
        for minutes in range(50, 10 * 60, 50):
            with _later(minutes=minutes):
                assert client.get("/admin/").status_code == 200
        with _later(hours=10, minutes=1):
            response = client.get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


class PasswordResetTests:
    def test_reset_link_uses_the_configured_admin_address_whatever_the_host_header(self, client, editor, settings):
        settings.WAGTAILADMIN_BASE_URL = "https://portal.example.lu"
        response = client.post("/admin/password_reset/", {"email": "editor@example.lu"}, HTTP_HOST="evil.example")
        assert response.status_code == 302
        assert len(mail.outbox) == 1
        body = mail.outbox[0].body
        assert "https://portal.example.lu/admin/password_reset/confirm/" in body
        assert "evil.example" not in body
