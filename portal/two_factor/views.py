"""The admin's two-factor pages: the code step after the password, setting up an app, backup codes, reset.

They are admin views (registered by portal.wagtail_hooks), so Wagtail shows them in the user's
admin language and only to users who may use the admin; AdminTwoFactorMiddleware lets them through.
"""

import logging
import math

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice

from portal.two_factor.devices import (
    CodeThrottled,
    backup_codes_renew,
    code_verify,
    enrolment_confirm,
    enrolment_start,
    second_factor_reset,
)
from portal.two_factor.forms import CodeForm

logger = logging.getLogger("portal.security")


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("wagtailadmin_home")


WRONG_CODE = gettext_lazy("This code is not valid. Check the time on your phone and try again.")


def _throttled_message(throttled: CodeThrottled) -> str:
    seconds = max(1, math.ceil((throttled.until - timezone.now()).total_seconds()))
    return ngettext(
        "Too many wrong codes. For your security, please wait %(seconds)s second and try again.",
        "Too many wrong codes. For your security, please wait %(seconds)s seconds and try again.",
        seconds,
    ) % {"seconds": seconds}


def _signed_in_with(request, device) -> None:
    request.session.cycle_key()
    otp_login(request, device)


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """The second step of signing in: a code from the app, or a backup code."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    if not user_has_device(request.user):
        return redirect(f"{reverse('two_factor:enrol')}?{request.GET.urlencode()}")
    form = CodeForm(
        request.POST or None,
        help_text=_("The six-digit code shown by your authenticator app, or one of your backup codes."),
    )
    if form.is_valid():
        try:
            device = code_verify(user=request.user, code=form.cleaned_data["code"])
        except CodeThrottled as throttled:
            form.add_error("code", _throttled_message(throttled))
        else:
            if device is not None:
                _signed_in_with(request, device)
                if isinstance(device, StaticDevice):
                    left = device.token_set.count()
                    messages.warning(
                        request,
                        ngettext(
                            "You used a backup code. You have %(count)s left.",
                            "You used a backup code. You have %(count)s left.",
                            left,
                        )
                        % {"count": left},
                    )
                return redirect(_next_url(request))
            logger.info("Wrong two-factor code for user %s", request.user.pk)
            form.add_error("code", WRONG_CODE)
    return TemplateResponse(request, "two_factor/verify.html", {"form": form, "next": _next_url(request)})


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request):
    """Setting up an authenticator app, for a user who has none yet (confirmed by a first code)."""
    if user_has_device(request.user):
        return redirect(f"{reverse('two_factor:verify')}?{request.GET.urlencode()}")
    enrolment = enrolment_start(user=request.user)
    form = CodeForm(request.POST or None, help_text=_("The six-digit code your app shows after adding the account."))
    if form.is_valid():
        try:
            codes = enrolment_confirm(enrolment=enrolment, code=form.cleaned_data["code"])
        except CodeThrottled as throttled:
            form.add_error("code", _throttled_message(throttled))
        else:
            if codes is None:
                form.add_error("code", WRONG_CODE)
            else:
                _signed_in_with(request, enrolment.device)
                logger.info("Two-factor authentication set up by user %s", request.user.pk)
                return TemplateResponse(
                    request, "two_factor/backup_codes.html", {"codes": codes, "next": _next_url(request)}
                )
    return TemplateResponse(
        request,
        "two_factor/enrol.html",
        {"form": form, "enrolment": enrolment, "next": _next_url(request)},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request):
    """The user's own two-factor settings: set it up, or replace the backup codes."""
    if request.method == "POST" and request.user.is_verified():
        codes = backup_codes_renew(user=request.user)
        return TemplateResponse(
            request, "two_factor/backup_codes.html", {"codes": codes, "next": reverse("two_factor:manage")}
        )
    return TemplateResponse(request, "two_factor/manage.html", {"has_device": user_has_device(request.user)})


def can_reset_second_factor(user, target=None) -> bool:
    """Whoever may change users may reset their second factor; only superusers reset a superuser's."""
    if target is not None and target.is_superuser and not user.is_superuser:
        return False
    return user.is_superuser or user.has_perm("auth.change_user")


@never_cache
@require_http_methods(["GET", "POST"])
def reset(request, user_id):
    """For a user who lost their phone: remove their devices, they set up a new one at their next sign-in."""
    target = get_object_or_404(get_user_model(), pk=user_id)
    if not can_reset_second_factor(request.user, target):
        raise PermissionDenied
    if request.method == "POST":
        removed = second_factor_reset(user=target)
        logger.warning("Two-factor reset of user %s by user %s (%s devices)", target.pk, request.user.pk, removed)
        messages.success(request, _("Two-factor authentication reset for %(user)s.") % {"user": target.get_username()})
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request, "two_factor/reset.html", {"target": target, "has_device": user_has_device(target, confirmed=None)}
    )
