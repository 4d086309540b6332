"""The public form pages: the care request (a routable page) and editor-built simple forms."""

from __future__ import annotations

import math

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models, transaction
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

from care_requests.contacts import care_contacts, helpdesk_contact
from care_requests.forms import CareRequestForm
from care_requests.notifications import email_queue
from care_requests.services import care_request_submit
from care_requests.spam import GUARD_FIELDS, SpamGuardForm, rate_limit_wait
from geography.models import Commune
from home.models import EasyReadMixin
from home.sitemaps import TranslatedSitemapMixin

from .requests import CareRequest

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


class CareRequestPage(TranslatedSitemapMixin, RoutablePageMixin, EasyReadMixin, Page):
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
        action, _, question = request.POST.get("action", "check").partition(":")
        if action == "change":
            data = self._load_payload(request)
            form = CareRequestForm(data) if data else CareRequestForm()
            form.focus_on(question)
            return self.render_form(request, form, changing=question)
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
        care_request = CareRequest.objects.filter(reference=reference).prefetch_related("organisations").first()
        contacts = care_contacts(care_request) if care_request else []
        return self._render(
            request,
            "care_requests/care_request_sent.html",
            reference=reference,
            contacts=contacts,
            helpdesk=None if contacts else helpdesk_contact(request),
        )


# Names an editor's field may not take: the spam guards' and the submission date's column in Wagtail's list.
RESERVED_FIELD_NAMES = frozenset((*GUARD_FIELDS, "submit_time"))


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactFormPage", on_delete=models.CASCADE, related_name="form_fields")

    def clean(self):
        """Refuse a field whose name would be empty or taken by the form itself, so no answer is ever lost."""
        super().clean()
        name = self.clean_name or self.get_field_clean_name()
        if not name:
            raise ValidationError({"label": _("Give this field a label with at least one letter or digit.")})
        if name in RESERVED_FIELD_NAMES:
            raise ValidationError(
                {"label": _("The form already uses the name “%(name)s”: choose another label.") % {"name": name}}
            )


class ContactFormPage(TranslatedSitemapMixin, AbstractEmailForm):
    """A simple form built by editors (contact, feedback), with the care form's spam protection.

    Submissions are kept in Wagtail's form submissions (deleted by ``purge_care_requests`` after
    ``FORM_SUBMISSION_RETENTION_DAYS``, found by a person's export and erasure); the emails to
    "to address" go through the care requests' outbox, so they are retried when the mail server is
    down, and are deleted with their submission.
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

    def get_submissions_list_view_class(self):
        from care_requests.submissions import ContactSubmissionsListView  # admin views load after the models

        return ContactSubmissionsListView

    def serve(self, request, *args, **kwargs):
        """Like the care form: the rate limit first, then spam gets the thank-you page, then validation."""
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            wait = rate_limit_wait(request, scope="form")
            if wait:
                context = self.get_context(request)
                context["form"] = form
                return too_many_requests(TemplateResponse(request, self.get_template(request), context), wait=wait)
            if form.is_spam():
                return no_store(self.render_landing_page(request, None, *args, **kwargs))
        return no_store(super().serve(request, *args, **kwargs))

    @transaction.atomic
    def process_form_submission(self, form):
        """Store the answers (the spam guards left out) and queue one email per "to address"."""
        form.cleaned_data = form.visitor_data()
        submission = self.get_submission_class().objects.create(form_data=form.cleaned_data, page=self)
        body = self.render_email(form)
        for address in filter(None, (part.strip() for part in self.to_address.split(","))):
            email_queue(to=address, subject=self.subject or self.title, body=body, form_submission=submission)
        return submission
