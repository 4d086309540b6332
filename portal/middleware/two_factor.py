"""The admin's second step: a signed-in user whose session has no verified device is sent to the code page.

With ``ADMIN_REQUIRE_2FA`` on (the default outside dev and test) every admin user must pass it,
and a user with no device yet is sent to set one up. With it off, only users who chose to set up a
device are asked for a code. Signing in and out, password reset and the two-factor pages themselves
stay reachable; so do the icon sprite and the translations the admin's page furniture needs.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django_otp import user_has_device

OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_sprite",
    "wagtailadmin_javascript_catalog",
}
OPEN_PREFIXES = ("wagtailadmin_password_reset", "two_factor:")


def _is_open(view_name: str) -> bool:
    return view_name in OPEN_VIEWS or view_name.startswith(OPEN_PREFIXES)


class AdminTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(reverse("wagtailadmin_home")) or _is_open(request.resolver_match.view_name):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        has_device = user_has_device(user)
        if not has_device and not settings.ADMIN_REQUIRE_2FA:
            return None
        step = "two_factor:verify" if has_device else "two_factor:enrol"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
