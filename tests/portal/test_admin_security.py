from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.lu", PASSWORD)


def _login(client, password, address="192.0.2.10", language="en"):
    return client.post(
        "/admin/login/",
        {"username": "editor", "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def _later(**delta):
    """Move the clock (sessions and login counters both read it)."""
    moment = timezone.now() + timedelta(**delta)
    return mock.patch("django.utils.timezone.now", return_value=moment)


class LoginThrottlingTests:
    def test_five_failures_lock_the_account_from_that_address_with_a_translated_message(self, client, editor):
        for _ in range(5):
            assert _login(client, "wrong").status_code == 200
        response = _login(client, PASSWORD, language="de")
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
        assert "Zu viele fehlgeschlagene Versuche" in response.text
        assert "15 Minuten" in response.text

    def test_another_address_is_not_locked(self, client, editor):
        for _ in range(5):
            _login(client, "wrong")
        assert _login(client, PASSWORD, address="198.51.100.7").status_code == 302

    def test_fewer_failures_then_success_resets_the_count(self, client, editor):
        for _ in range(4):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 302
        client.logout()
        for _ in range(4):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 302

    def test_lock_ends_after_fifteen_minutes(self, client, editor):
        for _ in range(5):
            _login(client, "wrong")
        assert _login(client, PASSWORD).status_code == 200
        with mock.patch("time.time", return_value=timezone.now().timestamp() + 15 * 60 + 1):
            assert _login(client, PASSWORD).status_code == 302


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
