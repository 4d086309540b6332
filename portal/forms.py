"""The Wagtail admin login form, with throttling (WAGTAILADMIN_USER_LOGIN_FORM)."""

from django import forms
from django.conf import settings
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm

from portal.login_throttle import (
    client_address,
    login_failure_record,
    login_failures_clear,
    login_is_throttled,
)


class ThrottledLoginForm(LoginForm):
    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = client_address(self.request)
        if username and login_is_throttled(username=username, address=address):
            minutes = settings.LOGIN_LOCKOUT_SECONDS // 60
            raise forms.ValidationError(
                ngettext(
                    "Too many failed attempts. For your security, please wait %(minutes)s minute and try again.",
                    "Too many failed attempts. For your security, please wait %(minutes)s minutes and try again.",
                    minutes,
                )
                % {"minutes": minutes},
                code="throttled",
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            if username:
                login_failure_record(username=username, address=address)
            raise
        login_failures_clear(username=username, address=address)
        return cleaned
