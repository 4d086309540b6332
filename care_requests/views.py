"""Public views outside the page tree: reporting an error in a directory listing."""

from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from services_directory.models import Service

from .forms import ListingErrorForm
from .models.pages import SESSION_KEY, no_store, too_many_requests
from .services import listing_error_submit
from .spam import rate_limit_wait


@require_http_methods(["GET", "POST"])
def report_listing_error(request, service_id: int):
    service = get_object_or_404(Service, pk=service_id, live=True)
    wait = 0
    if request.method == "POST":
        form = ListingErrorForm(request.POST)
        wait = rate_limit_wait(request, scope="listing")
        if not wait and form.is_spam():
            return no_store(TemplateResponse(request, "care_requests/listing_error_sent.html", {"reference": None}))
        if not wait and form.is_valid():
            report = listing_error_submit(
                service=service,
                description=form.cleaned_data["description"],
                email=form.cleaned_data["email"],
                locale=get_language(),
            )
            request.session[SESSION_KEY] = report.reference
            return redirect("care_requests:listing_error_sent")
    else:
        form = ListingErrorForm()
    shown = service.get_translation_or_none(Locale.get_active()) or service
    response = TemplateResponse(request, "care_requests/listing_error_form.html", {"form": form, "service": shown})
    return too_many_requests(response, wait=wait) if wait else no_store(response)


def listing_error_sent(request):
    reference = request.session.get(SESSION_KEY)
    return no_store(TemplateResponse(request, "care_requests/listing_error_sent.html", {"reference": reference}))
