"""Absolute lifetime of a signed-in session, whatever the activity.

The idle timeout is Django's own (``SESSION_COOKIE_AGE`` with ``SESSION_SAVE_EVERY_REQUEST``); this
middleware adds the other half: ``SESSION_ABSOLUTE_AGE`` seconds after signing in, the session ends
and the next admin page asks for the password again.
"""

import time

from django.conf import settings
from django.contrib.auth import logout

SIGNED_IN_AT = "portal_signed_in_at"


def session_mark_signed_in(sender, request, user, **kwargs):
    """Receiver for ``user_logged_in``."""
    request.session[SIGNED_IN_AT] = int(time.time())


class AbsoluteSessionTimeoutMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            signed_in_at = request.session.setdefault(SIGNED_IN_AT, int(time.time()))
            if time.time() - signed_in_at > settings.SESSION_ABSOLUTE_AGE:
                logout(request)
        return self.get_response(request)
