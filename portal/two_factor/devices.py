"""Admin users' second factors: one authenticator app (TOTP) and a set of single-use backup codes.

Built on django-otp's devices, which throttle wrong codes themselves: after each failure the device
refuses every code for a delay that doubles (1 s, 2 s, 4 s, ...) until a right one is given.
"""

import base64
from dataclasses import dataclass
from datetime import datetime

import segno
from django.db import transaction
from django.utils.translation import gettext
from django_otp import devices_for_user
from django_otp.models import Device, VerifyNotAllowed
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

BACKUP_CODE_COUNT = 10
APP_DEVICE_NAME = "authenticator app"
BACKUP_DEVICE_NAME = "backup codes"


class CodeThrottled(Exception):
    def __init__(self, until: datetime):
        super().__init__(until)
        self.until = until


@dataclass(frozen=True)
class Enrolment:
    device: TOTPDevice

    @property
    def secret(self) -> str:
        """The key as people type it into an app that cannot scan: base32 in groups of four."""
        key = base64.b32encode(self.device.bin_key).decode()
        return " ".join(key[i : i + 4] for i in range(0, len(key), 4))

    def qr_svg(self) -> str:
        return segno.make(self.device.config_url, error="m").svg_inline(
            scale=5, light="#fff", title=gettext("QR code to scan with your authenticator app"), omitsize=False
        )


def enrolment_start(*, user) -> Enrolment:
    """The user's unconfirmed app device, created on the first visit and kept until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return Enrolment(device=device)


def enrolment_confirm(*, enrolment: Enrolment, code: str) -> list[str] | None:
    """Confirm the app with a code it shows; returns fresh backup codes, or None for a wrong code.

    Raises CodeThrottled while a recent wrong code keeps the device locked.
    """
    device = enrolment.device
    locked_until = _locked_until(device)
    if locked_until:
        raise CodeThrottled(locked_until)
    if not device.verify_token(_normalise(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return backup_codes_renew(user=device.user)


def backup_codes_renew(*, user) -> list[str]:
    """Replace the user's backup codes with new ones (the old ones stop working)."""
    device, _ = StaticDevice.objects.get_or_create(user=user, name=BACKUP_DEVICE_NAME)
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def code_verify(*, user, code: str) -> Device | None:
    """The device that accepts the code (six digits: the app; otherwise a backup code, used up).

    Raises CodeThrottled while a recent wrong code keeps the user's devices locked.
    """
    code = _normalise(code)
    with transaction.atomic():
        devices = list(devices_for_user(user, for_verify=True))
        locks = [_locked_until(device) for device in devices]
        if any(locks):
            raise CodeThrottled(max(lock for lock in locks if lock))
        kind = TOTPDevice if code.isdigit() and len(code) == 6 else StaticDevice
        for device in devices:
            if isinstance(device, kind) and device.verify_token(code):
                return device
    return None


def second_factor_reset(*, user) -> int:
    """Remove every device of the user (lost phone): they set up a new one at their next sign-in."""
    count = 0
    for model in (TOTPDevice, StaticDevice):
        devices = model.objects.filter(user=user)
        count += devices.count()
        devices.delete()
    return count


def _normalise(code: str) -> str:
    return "".join(code.split()).lower()


def _locked_until(device: Device) -> datetime | None:
    allowed, info = device.verify_is_allowed()
    if allowed or info.get("reason") != VerifyNotAllowed.N_FAILED_ATTEMPTS:
        return None
    return info["locked_until"]
