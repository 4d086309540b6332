"""Abuse protection without CAPTCHA: a honeypot field, a minimum fill time and a per-address rate limit.

Spam (honeypot filled, or the form sent faster than a person could) gets the ordinary thank-you
page and nothing is stored or sent. The two guard fields have hyphenated names: Wagtail turns an
editor's field label into a snake_case name (``get_field_clean_name``), which never holds a hyphen,
so an editor's "Website" or "Started" field can never take the place of a guard field. The rate
limit counts the forms each client address sends and answers 429 with the form and what was typed
in it. Every public form (care request, report about a listing, editors' forms) uses all three.
"""

from __future__ import annotations

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from portal.rate_limits import client_rate_limit_wait

STARTED_SALT = "care_requests.started"
HONEYPOT_FIELD = "your-website"
STARTED_FIELD = "form-started"
GUARD_FIELDS = (HONEYPOT_FIELD, STARTED_FIELD)


def started_token(at: float | None = None) -> str:
    """A signed record of when the form was shown."""
    return signing.dumps(at if at is not None else time.time(), salt=STARTED_SALT)


def seconds_since(token: str) -> float | None:
    try:
        started = float(signing.loads(token, salt=STARTED_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return time.time() - started


class SpamGuardForm(forms.Form):
    """Adds the honeypot and the signed start time; ``is_spam()`` tells whether to drop the submission."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        self.fields[STARTED_FIELD] = forms.CharField(required=False, widget=forms.HiddenInput)
        if not self.is_bound:
            self.initial.setdefault(STARTED_FIELD, started_token())
        self._describe_fields()

    @property
    def honeypot(self) -> forms.BoundField:
        return self[HONEYPOT_FIELD]

    @property
    def started(self) -> forms.BoundField:
        return self[STARTED_FIELD]

    @property
    def visitor_fields(self) -> list[forms.BoundField]:
        """The fields a visitor fills in: every field but the two guards."""
        return [field for field in self if field.name not in GUARD_FIELDS]

    def visitor_data(self) -> dict:
        """The cleaned answers without the guards' values (to store and to email)."""
        return {name: value for name, value in self.cleaned_data.items() if name not in GUARD_FIELDS}

    def full_clean(self):
        super().full_clean()
        self._describe_fields()

    def _describe_fields(self) -> None:
        """Point each input at its hint and its error message, for screen readers."""
        errors = self._errors or {}
        for name, field in self.fields.items():
            if isinstance(field.widget, forms.RadioSelect | forms.HiddenInput):
                continue
            auto_id = self[name].auto_id
            ids = [f"{auto_id}_help"] if field.help_text else []
            if name in errors:
                ids.append(f"{auto_id}_error")
            field.widget.attrs.pop("aria-describedby", None)
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)

    def is_spam(self) -> bool:
        if self.data.get(self.add_prefix(HONEYPOT_FIELD)):
            return True
        elapsed = seconds_since(self.data.get(self.add_prefix(STARTED_FIELD), ""))
        return elapsed is None or elapsed < settings.CARE_REQUEST_MIN_FILL_SECONDS


def rate_limit_wait(request, *, scope: str, count: bool = True) -> int:
    """Seconds before this client may send another form of this kind (0: now); counts the form when allowed.

    Counted in the database per real client address (portal.rate_limits), so the limit holds
    behind the reverse proxy and while Redis is down. ``count=False`` only asks, for a step
    before sending (the care form's "check your answers").
    """
    return client_rate_limit_wait(
        request,
        scope=f"form:{scope}",
        limit=settings.CARE_REQUEST_RATE_LIMIT,
        seconds=settings.CARE_REQUEST_RATE_WINDOW_SECONDS,
        count=count,
    )
