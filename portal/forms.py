"""The Wagtail admin login form, with throttling (WAGTAILADMIN_USER_LOGIN_FORM)."""

import math

from django import forms
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from portal.client_address import client_address
from portal.login_throttle import LoginWait, login_failure_record, login_failures_clear, login_wait


def _wait_message(wait: LoginWait) -> str:
    if wait.per_username:
        return ngettext(
            "Too many failed attempts for this username. For your security, please wait %(seconds)s second "
            "and try again.",
            "Too many failed attempts for this username. For your security, please wait %(seconds)s seconds "
            "and try again.",
            wait.seconds,
        ) % {"seconds": wait.seconds}
    minutes = math.ceil(wait.seconds / 60)
    return ngettext(
        "Too many failed attempts. For your security, please wait %(minutes)s minute and try again.",
        "Too many failed attempts. For your security, please wait %(minutes)s minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


class ThrottledLoginForm(LoginForm):
    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request) if self.request is not None else ""
        if username:
            wait = login_wait(username=username, address=address)
            if wait is not None:
                raise forms.ValidationError(_wait_message(wait), code="throttled")
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                login_failure_record(username=username, address=address)
            raise
        login_failures_clear(username=username, address=address)
        return cleaned
