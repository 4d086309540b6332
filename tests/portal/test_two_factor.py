import base64
import importlib
import re
import time
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.users.models import UserProfile

from portal.two_factor.devices import backup_codes_renew

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"


@pytest.fixture
def required(settings):
    settings.ADMIN_REQUIRE_2FA = True


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("staff", "staff@example.lu", PASSWORD)


@pytest.fixture
def app_device(staff):
    return TOTPDevice.objects.create(user=staff, name="authenticator app", confirmed=True)


def code_for(device, offset_steps=0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset_steps * device.step
    return f"{totp.token():06d}"


def sign_in(client, language="en"):
    response = client.post(
        "/admin/login/",
        {"username": "staff", "password": PASSWORD, "next": "/admin/pages/"},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    assert response.status_code == 302, "the password step itself must still succeed"
    return response


def verify(client, code, language="en"):
    return client.post("/admin/2fa/verify/", {"code": code, "next": "/admin/pages/"}, HTTP_ACCEPT_LANGUAGE=language)


class RequiredTwoFactorTests:
    def test_password_alone_leads_to_the_code_step_not_the_admin(self, client, required, staff, app_device):
        sign_in(client)
        response = client.get("/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == "/admin/2fa/verify/?next=%2Fadmin%2Fpages%2F"
        for url in ("/admin/", "/admin/users/", "/admin/snippets/", "/admin/care-requests/"):
            assert client.get(url).status_code == 302
        assert client.get("/admin/2fa/verify/").status_code == 200

    def test_a_correct_app_code_opens_the_admin(self, client, required, staff, app_device):
        sign_in(client)
        response = verify(client, code_for(app_device))
        assert response.status_code == 302 and response["Location"] == "/admin/pages/"
        assert client.get("/admin/pages/").status_code == 200

    def test_a_wrong_code_is_refused_in_the_users_language_then_throttled(self, client, required, staff, app_device):
        UserProfile.objects.update_or_create(user=staff, defaults={"preferred_language": "de"})
        sign_in(client)
        wrong = verify(client, "000000" if code_for(app_device) != "000000" else "111111")
        assert wrong.status_code == 200
        assert "Dieser Code ist ungültig" in wrong.text
        assert 'lang="de"' in wrong.text
        # Straight after a failure even the right code is refused, with the delay to wait.
        throttled = verify(client, code_for(app_device))
        assert throttled.status_code == 200
        assert "Zu viele falsche Codes" in throttled.text
        assert client.get("/admin/pages/").status_code == 302
        later = timezone.now() + timedelta(seconds=3)
        with mock.patch("django.utils.timezone.now", return_value=later):
            assert verify(client, code_for(app_device, offset_steps=1)).status_code == 302
        assert client.get("/admin/pages/").status_code == 200

    def test_a_backup_code_works_once(self, client, required, staff, app_device):
        codes = backup_codes_renew(user=staff)
        sign_in(client)
        response = verify(client, codes[0].upper())
        assert response.status_code == 302
        assert client.get("/admin/pages/").status_code == 200
        client.post("/admin/logout/")
        sign_in(client)
        later = timezone.now() + timedelta(seconds=3)
        with mock.patch("django.utils.timezone.now", return_value=later):
            again = verify(client, codes[0])
        assert again.status_code == 200 and "This code is not valid" in again.text
        assert StaticDevice.objects.get(user=staff).token_set.count() == len(codes) - 1

    def test_staff_without_a_device_sets_one_up_after_the_password(self, client, required, staff):
        sign_in(client, language="fr")
        response = client.get("/admin/pages/")
        assert response["Location"] == "/admin/2fa/set-up/?next=%2Fadmin%2Fpages%2F"
        page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="fr")
        assert page.status_code == 200
        assert "<svg" in page.text and "authentification à deux facteurs</h1>" in page.text
        device = TOTPDevice.objects.get(user=staff, confirmed=False)
        secret = re.search(r'class="two-factor-secret">([A-Z2-7 ]+)<', page.text).group(1)
        assert secret.replace(" ", "") == base64.b32encode(device.bin_key).decode()
        assert "Ce code n&#x27;est pas valide" in client.post("/admin/2fa/set-up/", {"code": "12345x"}).text
        with mock.patch("django.utils.timezone.now", return_value=timezone.now() + timedelta(seconds=3)):
            done = client.post("/admin/2fa/set-up/", {"code": code_for(device), "next": "/admin/pages/"})
        assert done.status_code == 200
        codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.text)
        assert len(codes) == 10
        assert client.get("/admin/pages/").status_code == 200
        # Once set up, the page can't be used to add a second app with the password alone.
        assert client.get("/admin/2fa/set-up/").status_code == 302

    def test_the_code_step_refuses_to_send_people_elsewhere(self, client, required, staff, app_device):
        sign_in(client)
        for target in ("https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"):
            response = client.post("/admin/2fa/verify/", {"code": "x", "next": target})
            assert response.status_code == 200
            assert 'name="next" value="/admin/"' in response.text
        app_device.throttle_reset()
        response = client.post("/admin/2fa/verify/", {"code": code_for(app_device), "next": "https://evil.example/"})
        assert response["Location"] == "/admin/"

    def test_public_pages_and_the_login_stay_reachable(self, client, required, staff, app_device):
        sign_in(client)
        assert client.get("/admin/login/").status_code in (200, 302)
        assert client.get("/healthz").status_code == 200


class OptionalTwoFactorTests:
    def test_required_by_default_but_not_in_dev_settings(self, monkeypatch):
        monkeypatch.delenv("ADMIN_REQUIRE_2FA", raising=False)
        assert importlib.reload(importlib.import_module("portal.settings.base")).ADMIN_REQUIRE_2FA is True
        assert importlib.reload(importlib.import_module("portal.settings.dev")).ADMIN_REQUIRE_2FA is False

    def test_without_a_device_the_password_is_enough(self, client, staff):
        sign_in(client)
        assert client.get("/admin/pages/").status_code == 200

    def test_a_user_who_set_up_an_app_is_still_asked_for_a_code(self, client, staff, app_device):
        sign_in(client)
        assert client.get("/admin/pages/")["Location"].startswith("/admin/2fa/verify/")


class ResetTests:
    def test_command_removes_the_devices(self, staff, app_device):
        backup_codes_renew(user=staff)
        out = StringIO()
        call_command("reset_2fa", "staff", stdout=out)
        assert "Removed 2" in out.getvalue()
        assert not TOTPDevice.objects.filter(user=staff).exists()
        assert not StaticDevice.objects.filter(user=staff).exists()

    def test_admin_reset_then_the_user_sets_up_a_new_app(self, client, required, staff, app_device, django_user_model):
        admin = django_user_model.objects.create_superuser("boss", "boss@example.lu", PASSWORD)
        boss_device = TOTPDevice.objects.create(user=admin, name="authenticator app", confirmed=True)
        client.post("/admin/login/", {"username": "boss", "password": PASSWORD})
        client.post("/admin/2fa/verify/", {"code": code_for(boss_device)})
        listing = client.get("/admin/users/")
        assert f"/admin/2fa/reset/{staff.pk}/" in listing.text
        assert client.post(f"/admin/2fa/reset/{staff.pk}/").status_code == 302
        assert not TOTPDevice.objects.filter(user=staff).exists()
        client.post("/admin/logout/")
        sign_in(client)
        assert client.get("/admin/")["Location"].startswith("/admin/2fa/set-up/")
