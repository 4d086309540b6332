"""Absolute lifetime of a signed-in session, whatever the activity.

The idle timeout is Django's own (``SESSION_COOKIE_AGE`` with ``SESSION_SAVE_EVERY_REQUEST``); this
middleware adds the other half: ``SESSION_ABSOLUTE_AGE`` seconds after signing in, the session ends
and the next admin page asks for the password again.
"""

from django.conf import settings
from django.contrib.auth import logout
from django.utils import timezone

SIGNED_IN_AT = "portal_signed_in_at"


def session_mark_signed_in(sender, request, user, **kwargs):
    """Receiver for ``user_logged_in``."""
    request.session[SIGNED_IN_AT] = int(timezone.now().timestamp())


class AbsoluteSessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            now = int(timezone.now().timestamp())
            if now - request.session.setdefault(SIGNED_IN_AT, now) > settings.SESSION_ABSOLUTE_AGE:
                logout(request)
        return self.get_response(request)
