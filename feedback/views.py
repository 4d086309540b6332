"""The target of the “Was this page useful?” form at the foot of every page."""

from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from care_requests.spam import rate_limit_wait

from .forms import PageFeedbackForm
from .services import page_feedback_record


# The form sits on pages that are cached for every visitor, so it carries no CSRF token. It needs
# none: it is anonymous, changes nothing of anyone's, and is guarded like the other public forms
# (honeypot, minimum fill time, per-address rate limit).
@csrf_exempt
@never_cache
@require_POST
def page_feedback(request):
    form = PageFeedbackForm(request.POST)
    page = None
    if form.is_valid():
        page = Page.objects.live().public().filter(pk=form.cleaned_data["page"]).first()
    else:
        raw_page = request.POST.get("page", "")
        page = Page.objects.live().public().filter(pk=int(raw_page)).first() if raw_page.isdigit() else None
    context = {"form": form, "feedback_page": page}
    if page is None:
        return TemplateResponse(request, "feedback/page_feedback_sent.html", context, status=400)
    if form.is_spam():
        return TemplateResponse(request, "feedback/page_feedback_sent.html", context)
    if not form.is_valid():
        return TemplateResponse(request, "feedback/page_feedback_form.html", context, status=400)
    wait = rate_limit_wait(request, scope="feedback")
    if wait:
        response = TemplateResponse(request, "feedback/page_feedback_form.html", {**context, "wait": wait}, status=429)
        response["Retry-After"] = str(wait)
        return response
    page_feedback_record(
        page=page,
        language=get_language(),
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"],
    )
    return TemplateResponse(request, "feedback/page_feedback_sent.html", context)
