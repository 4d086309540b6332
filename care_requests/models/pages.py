"""The public form pages: the care request (a routable page) and editor-built simple forms."""

from __future__ import annotations

import math

from django.core import signing
from django.db import models
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from care_requests.forms import CareRequestForm
from care_requests.notifications import email_queue
from care_requests.services import care_request_submit
from care_requests.spam import SpamGuardForm, rate_limit_wait
from geography.models import Commune
from home.models import EasyReadMixin

PAYLOAD_SALT = "care_requests.answers"
PAYLOAD_MAX_AGE = 24 * 3600
SESSION_KEY = "care_request_reference"


def no_store(response):
    patch_cache_control(response, no_store=True, private=True)
    return response


def too_many_requests(response: TemplateResponse, *, wait: int) -> TemplateResponse:
    """A form's own page, with what was typed, as the 429 answer: a notice says how long to wait."""
    response.status_code = 429
    response.context_data["rate_limited_minutes"] = math.ceil(wait / 60)
    response["Retry-After"] = str(wait)
    return no_store(response)


class CareRequestPage(RoutablePageMixin, EasyReadMixin, Page):
    """The "ask for help at home" form: answers, then "check your answers", then a reference.

    Answers travel between the steps in a signed hidden field (never in the URL); the session
    only holds the reference once the request is sent. ``?commune=<slug>`` pre-fills the commune.
    """

    intro = models.TextField(_("introduction"), blank=True)
    next_steps = models.TextField(
        _("what happens next"),
        blank=True,
        help_text=_("Shown on the confirmation page, under the reference."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("easy_read"),
        FieldPanel("next_steps"),
        FieldPanel("privacy_page"),
    ]
    max_count_per_parent = 1
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("care request form")

    def _context(self, request, **extra):
        context = self.get_context(request)
        context.update(extra)
        return context

    def _render(self, request, template, status=200, **extra):
        return no_store(TemplateResponse(request, template, self._context(request, **extra), status=status))

    def render_form(self, request, form, **extra):
        return self._render(request, "care_requests/care_request_page.html", form=form, **extra)

    @path("")
    def form_view(self, request):
        if request.method != "POST":
            initial = {}
            commune_slug = request.GET.get("commune", "")
            if commune_slug:
                commune = Commune.objects.filter(slug=commune_slug[:100]).first()
                if commune:
                    initial["commune"] = commune.name
            return self.render_form(request, CareRequestForm(initial=initial))
        action = request.POST.get("action", "check")
        if action == "change":
            data = self._load_payload(request)
            return self.render_form(request, CareRequestForm(data) if data else CareRequestForm())
        if action == "send":
            return self._send(request)
        form = CareRequestForm(request.POST)
        wait = rate_limit_wait(request, scope="care", count=False)
        if wait:
            return too_many_requests(self.render_form(request, form), wait=wait)
        if form.is_spam():
            return self._render(request, "care_requests/care_request_sent.html", reference=None)
        if not form.is_valid():
            return self.render_form(request, form)
        payload = signing.dumps(form.payload(), salt=PAYLOAD_SALT, compress=True)
        return self._render(request, "care_requests/care_request_check.html", form=form, payload=payload)

    def _load_payload(self, request) -> dict | None:
        try:
            return signing.loads(request.POST.get("payload", ""), salt=PAYLOAD_SALT, max_age=PAYLOAD_MAX_AGE)
        except signing.BadSignature:
            return None

    def _send(self, request):
        data = self._load_payload(request)
        if data is None:
            return self.render_form(request, CareRequestForm(), answers_lost=True)
        form = CareRequestForm(data)
        if not form.is_valid():
            return self.render_form(request, form)
        wait = rate_limit_wait(request, scope="care")
        if wait:
            payload = request.POST["payload"]
            response = self._render(request, "care_requests/care_request_check.html", form=form, payload=payload)
            return too_many_requests(response, wait=wait)
        care_request = care_request_submit(data=form.cleaned_data, locale=get_language(), source_page=self)
        request.session[SESSION_KEY] = care_request.reference
        return redirect(self.url + self.reverse_subpage("sent"))

    @path("sent/", name="sent")
    def sent_view(self, request):
        reference = request.session.get(SESSION_KEY)
        if not reference:
            return redirect(self.url)
        return self._render(request, "care_requests/care_request_sent.html", reference=reference)


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactFormPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactFormPage(AbstractEmailForm):
    """A simple form built by editors (contact, feedback), with the care form's spam protection.

    Submissions are kept in Wagtail's form submissions; the emails to "to address" go through the
    care requests' outbox, so they are retried when the mail server is down.
    """

    intro = models.TextField(_("introduction"), blank=True)
    thank_you_text = models.TextField(_("thank-you text"), blank=True)

    content_panels = [
        *AbstractEmailForm.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Email"),
        ),
    ]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("simple form")

    def get_form_class(self):
        return type("GuardedForm", (super().get_form_class(), SpamGuardForm), {})

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            wait = rate_limit_wait(request, scope="form")
            if wait:
                context = self.get_context(request)
                context["form"] = self.get_form(request.POST, request.FILES, page=self, user=request.user)
                return too_many_requests(TemplateResponse(request, self.get_template(request), context), wait=wait)
        return no_store(super().serve(request, *args, **kwargs))

    def process_form_submission(self, form):
        if form.is_spam():
            return None
        for name in ("website", "started"):
            form.cleaned_data.pop(name, None)
        return super().process_form_submission(form)

    def send_mail(self, form):
        for address in filter(None, (part.strip() for part in self.to_address.split(","))):
            email_queue(to=address, subject=self.subject or self.title, body=self.render_email(form))
