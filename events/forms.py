from __future__ import annotations

from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from care_requests.spam import GUARD_FIELDS, SpamGuardForm
from geography.places import commune_lookup

from .models import EventKind
from .selectors import EventFilters
from .services import SignUpData

MAX_PLACES = 10


class LanguageSelect(forms.Select):
    """The site's languages by their own names, each marked with its language, so that it is read out right."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex=subindex, attrs=attrs)
        if value:
            option["attrs"]["lang"] = value
        return option


class SignUpForm(SpamGuardForm):
    name = forms.CharField(label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    phone = forms.CharField(
        label=_("Phone"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("We send the confirmation and a link to cancel to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Language for our messages"), choices=settings.LANGUAGES, widget=LanguageSelect
    )
    places = forms.IntegerField(label=_("Number of places"), min_value=1, max_value=MAX_PLACES, initial=1)
    needs = forms.CharField(
        label=_("Anything we should know?"),
        required=False,
        max_length=1000,
        help_text=_("For example a wheelchair, a hearing aid, or help with reading."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    field_order = ["name", "phone", "email", "language", "places", "needs", *GUARD_FIELDS]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("phone") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("phone", _("Please give a phone number or an email address, so that we can reach you."))
        return cleaned

    def data_for_signup(self) -> SignUpData:
        values = self.cleaned_data
        return SignUpData(
            name=values["name"],
            phone=values["phone"],
            email=values["email"],
            language=values["language"],
            places=values["places"],
            needs=values["needs"],
        )


class When(models.TextChoices):
    ANY = "", _("Any time")
    WEEK = "week", _("This week")
    MONTH = "month", _("This month")
    DATES = "dates", _("Chosen dates")


class EventFilterForm(forms.Form):
    """The "What's on" filters, sent with GET; every field is optional."""

    place = forms.CharField(
        label=_("Commune or postcode"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=[("", _("All kinds")), *EventKind.choices])
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("All languages")), *settings.LANGUAGES],
        widget=LanguageSelect,
    )
    when = forms.ChoiceField(label=_("When"), required=False, choices=When.choices, widget=forms.RadioSelect)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    free = forms.BooleanField(label=_("Free of charge only"), required=False)

    def clean_place(self):
        text = self.cleaned_data["place"]
        self.place_match = commune_lookup(text) if text else None
        if text and not self.place_match.communes:
            raise forms.ValidationError(_("We do not know this commune or postcode. Check the spelling."))
        return text

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and end < start:
            self.add_error("date_to", _("The last date must not be before the first."))
        return cleaned

    def filters(self, *, today: date) -> EventFilters:
        values = self.cleaned_data
        start = end = None
        if values.get("when") == When.WEEK:
            start, end = today, today + timedelta(days=6 - today.weekday())
        elif values.get("when") == When.MONTH:
            start, end = today, (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        elif values.get("when") == When.DATES or values.get("date_from") or values.get("date_to"):
            start, end = values.get("date_from"), values.get("date_to")
        match = getattr(self, "place_match", None)
        return EventFilters(
            commune=match.communes[0] if match and match.communes else None,
            kind=values.get("kind", ""),
            language=values.get("language", ""),
            start=start,
            end=end,
            free_only=bool(values.get("free")),
        )
