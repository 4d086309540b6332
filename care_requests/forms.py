"""The public forms: the care request and the report about a directory listing."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from geography.models import Commune
from geography.places import commune_lookup

from .models.choices import ContactLanguage, HelpKind, RequesterRole
from .spam import GUARD_FIELDS, STARTED_FIELD, SpamGuardForm

PAYLOAD_FIELDS = (
    "requester_role",
    "relationship",
    "name",
    "address",
    "commune",
    "commune_choice",
    "phone",
    "email",
    "contact_language",
    "help_kind",
    "description",
    "availability",
    "consent",
    STARTED_FIELD,
)


class CareRequestForm(SpamGuardForm):
    requester_role = forms.ChoiceField(
        label=_("Who needs help?"),
        choices=RequesterRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tell us who needs help.")},
    )
    relationship = forms.CharField(
        label=_("Your relationship to them"),
        help_text=_("Only if you ask for someone else. For example: daughter, neighbour, social worker."),
        max_length=100,
        required=False,
    )
    name = forms.CharField(
        label=_("Name of the person who needs help"),
        max_length=200,
        error_messages={"required": _("Enter the name of the person who needs help.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    address = forms.CharField(
        label=_("Their address"),
        help_text=_("Street and house number."),
        max_length=300,
        error_messages={"required": _("Enter the address where help is needed.")},
        widget=forms.TextInput(attrs={"autocomplete": "address-line1"}),
    )
    commune = forms.CharField(
        label=_("Commune or postcode"),
        max_length=100,
        error_messages={"required": _("Enter the commune or the postcode.")},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "spellcheck": "false"}),
    )
    commune_choice = forms.CharField(required=False, widget=forms.HiddenInput)
    phone = forms.CharField(
        label=_("Phone number"),
        max_length=40,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        required=False,
        error_messages={"invalid": _("Enter an email address like name@example.lu.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    contact_language = forms.ChoiceField(
        label=_("Which language should we use to contact you?"),
        choices=ContactLanguage.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a language for contacting you.")},
    )
    help_kind = forms.ChoiceField(
        label=_("What kind of help is needed?"),
        choices=HelpKind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the kind of help needed.")},
    )
    description = forms.CharField(
        label=_("Describe briefly what is needed"),
        help_text=_("Do not write medical details. A few sentences are enough."),
        max_length=1000,
        error_messages={"required": _("Describe briefly what is needed.")},
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    availability = forms.CharField(
        label=_("When are you available?"),
        help_text=_("For example: weekday mornings, not on Wednesdays."),
        max_length=300,
        required=False,
    )
    consent = forms.BooleanField(
        label=_("I agree that my details are used to answer this request, as the privacy notice explains."),
        error_messages={"required": _("You must agree so that we can pass on your request.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.commune_options: list[Commune] = []
        # Not marked "(optional)": the first is asked for someone else only, and one of the other two
        # is needed (the form says "give at least one").
        for name in ("relationship", "phone", "email"):
            self.fields[name].hide_optional = True

    def focus_on(self, name: str) -> None:
        """Put the cursor on the question ``name`` (a "Change" link of the check page leads back to it)."""
        if name in self.fields and name not in (*GUARD_FIELDS, "commune_choice"):
            self.fields[name].widget.attrs["autofocus"] = True

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("requester_role") == RequesterRole.OTHER and not cleaned.get("relationship"):
            self.add_error("relationship", _("Tell us your relationship to the person who needs help."))
        if not cleaned.get("phone") and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("phone", _("Give a phone number or an email address, so that we can reach you."))
        text = cleaned.get("commune")
        if text:
            self._clean_commune(text, cleaned.get("commune_choice", ""))
        return cleaned

    def _clean_commune(self, text: str, choice: str) -> None:
        match = commune_lookup(text)
        if match.commune:
            self.cleaned_data["commune_object"] = match.commune
            return
        # Several communes fit, or none but some are close: the visitor chooses among them below.
        self.commune_options = match.communes or match.suggestions
        chosen = [commune for commune in self.commune_options if commune.slug == choice]
        if chosen:
            self.cleaned_data["commune_object"] = chosen[0]
        elif match.postcode and match.is_ambiguous:
            self.add_error("commune", _("This postcode covers more than one commune: choose yours below."))
        elif match.is_ambiguous:
            self.add_error("commune", _("More than one commune has this name: choose yours below."))
        elif match.suggestions:
            self.add_error("commune", _("We do not know this commune. Did you mean one of those below?"))
        else:
            self.add_error("commune", _("We do not know this commune or postcode. Check the spelling."))

    def payload(self) -> dict:
        """What was typed, to carry to the next step."""
        return {name: self.data.get(self.add_prefix(name), "") for name in PAYLOAD_FIELDS}

    def summary(self) -> list[tuple[str, str, str]]:
        """(field name, question, answer) for the "check your answers" page, each with its "Change" link."""
        data = self.cleaned_data
        rows = [("requester_role", self.fields["requester_role"].label, RequesterRole(data["requester_role"]).label)]
        if data.get("relationship"):
            rows.append(("relationship", self.fields["relationship"].label, data["relationship"]))
        rows += [
            ("name", self.fields["name"].label, data["name"]),
            ("address", self.fields["address"].label, data["address"]),
            ("commune", _("Commune"), data["commune_object"].name),
            ("phone", self.fields["phone"].label, data.get("phone") or "—"),
            ("email", self.fields["email"].label, data.get("email") or "—"),
            (
                "contact_language",
                self.fields["contact_language"].label,
                ContactLanguage(data["contact_language"]).label,
            ),
            ("help_kind", self.fields["help_kind"].label, HelpKind(data["help_kind"]).label),
            ("description", self.fields["description"].label, data["description"]),
            ("availability", self.fields["availability"].label, data.get("availability") or "—"),
        ]
        return rows


class ListingErrorForm(SpamGuardForm):
    description = forms.CharField(
        label=_("What is wrong in this listing?"),
        help_text=_("For example: the phone number or the opening hours have changed."),
        max_length=1000,
        error_messages={"required": _("Tell us what is wrong.")},
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("Only if you would like us to tell you when it is fixed."),
        required=False,
        error_messages={"invalid": _("Enter an email address like name@example.lu.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
