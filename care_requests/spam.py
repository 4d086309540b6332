"""Abuse protection without CAPTCHA: a honeypot field, a minimum fill time and a per-IP rate limit.

Spam (honeypot filled, or the form sent faster than a person could) gets the ordinary thank-you
page and nothing is stored or sent. The rate limit counts form posts per IP address in the
Django cache (Redis shared by every server in production) and answers 429.
"""

from __future__ import annotations

import hashlib
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

STARTED_SALT = "care_requests.started"


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

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    started = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("started", started_token())
        self._describe_fields()

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
        if self.data.get(self.add_prefix("website")):
            return True
        elapsed = seconds_since(self.data.get(self.add_prefix("started"), ""))
        return elapsed is None or elapsed < settings.CARE_REQUEST_MIN_FILL_SECONDS


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


def rate_limit_exceeded(request, *, scope: str) -> bool:
    """Count this post from the visitor's IP; True once they exceed the limit for the window.

    The IP address is hashed, so it never appears in the cache keys.
    """
    window = settings.CARE_REQUEST_RATE_WINDOW_SECONDS
    bucket = int(time.time() // window)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_ip(request)}".encode()).hexdigest()[:32]
    key = f"care-rate:{scope}:{digest}:{bucket}"
    if cache.add(key, 1, timeout=window):
        count = 1
    else:
        try:
            count = cache.incr(key)
        except ValueError:
            cache.set(key, 1, timeout=window)
            count = 1
    # With the cache down (Redis errors are ignored) nothing is counted and the form stays open.
    return count is not None and count > settings.CARE_REQUEST_RATE_LIMIT
