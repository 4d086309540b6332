"""Public views of events outside the page tree: signing up and cancelling, without an account."""

from __future__ import annotations

from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods

from care_requests.models.pages import no_store, too_many_requests
from care_requests.spam import rate_limit_wait

from .forms import SignUpForm
from .models import Event, SignUp
from .selectors import localize_organizations
from .services import signup_cancel, signup_create, token_hash

CONFIRMATION_SALT = "events.signup"


@require_http_methods(["GET", "POST"])
def signup(request, event_id: int):
    event = get_object_or_404(Event.objects.select_related("organization", "location"), pk=event_id, live=True)
    if not event.signup_required:
        raise Http404
    localize_organizations([event], locale=event.locale)
    wait = 0
    if request.method == "POST":
        form = SignUpForm(request.POST)
        wait = rate_limit_wait(request, scope="event-signup")
        if not wait and form.is_spam():
            return no_store(TemplateResponse(request, "events/signup_done.html", {"event": event, "signup": None}))
        if not wait and form.is_valid():
            made = signup_create(event=event, data=form.data_for_signup(), locale=get_language())
            proof = signing.dumps({"signup": made.pk, "token": made.cancel_token}, salt=CONFIRMATION_SALT)
            return redirect("events:signup_done", proof=proof)
    else:
        form = SignUpForm(initial={"language": get_language()})
    response = TemplateResponse(request, "events/signup_form.html", {"form": form, "event": event})
    return too_many_requests(response, wait=wait) if wait else no_store(response)


def signup_done(request, proof: str):
    """The confirmation, with the reference and the cancel link; its address is the proof of the sign-up."""
    try:
        values = signing.loads(proof, salt=CONFIRMATION_SALT, max_age=60 * 60 * 24)
    except signing.BadSignature as error:
        raise Http404 from error
    made = get_object_or_404(SignUp.objects.select_related("event"), pk=values["signup"])
    context = {"event": made.event, "signup": made, "cancel_token": values["token"]}
    return no_store(TemplateResponse(request, "events/signup_done.html", context))


@require_http_methods(["GET", "POST"])
def cancel(request, token: str):
    """GET asks for confirmation (mail scanners follow links); POST cancels."""
    found = SignUp.objects.select_related("event").filter(cancel_token_hash=token_hash(token)).first()
    if found is None:
        raise Http404
    if request.method == "POST":
        found = signup_cancel(token=token)
        return no_store(TemplateResponse(request, "events/cancel_done.html", {"signup": found, "event": found.event}))
    return no_store(TemplateResponse(request, "events/cancel_confirm.html", {"signup": found, "event": found.event}))
