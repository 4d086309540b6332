"""The guide's public forms: library and progress filters, and the resolution generator."""

from datetime import date, timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from geography.models import Canton, Commune
from geography.places import commune_lookup
from pci_guide.models import DocumentType, ResolutionTemplate
from portal.validators import validate_plain_text

DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y"]
EARLIEST_MEETING = timedelta(days=366)
LATEST_MEETING = timedelta(days=2 * 366)


def language_choices():
    """The content languages, named in the visitor's language as list items are written ("Allemand")."""
    return [(code, capfirst(str(settings.LANGUAGE_LABELS[code]))) for code, _name in settings.LANGUAGES]


class DocumentFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("All types")), *DocumentType.choices])
    language = forms.ChoiceField(label=_("Language"), required=False, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages")), *language_choices()]


class CantonFilterForm(forms.Form):
    canton = forms.ModelChoiceField(
        label=_("Canton"),
        queryset=Canton.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All cantons"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cantons = sorted(Canton.objects.all(), key=lambda canton: canton.name.casefold())
        self.fields["canton"].choices = [("", _("All cantons"))] + [(canton.code, canton.name) for canton in cantons]


class ResolutionForm(forms.Form):
    commune = forms.CharField(
        label=_("Commune"),
        max_length=100,
        help_text=_("Type the name of the commune (in French, German or Luxembourgish) or choose it from the list."),
        error_messages={"required": _("Enter the name of your commune.")},
    )
    meeting_date = forms.DateField(
        label=_("Date of the council meeting"),
        input_formats=DATE_INPUT_FORMATS,
        help_text=_("Write it as day.month.year, for example 24.11.2026."),
        error_messages={
            "required": _("Enter the date of the council meeting."),
            "invalid": _("This date does not exist. Write it as day.month.year, for example 24.11.2026."),
        },
        widget=forms.DateInput(attrs={"autocomplete": "off", "inputmode": "numeric"}, format="%d.%m.%Y"),
    )
    language = forms.ChoiceField(
        label=_("Language of the resolution"), choices=(), widget=forms.RadioSelect, initial="fr"
    )
    council_president = forms.CharField(
        label=_("Who chairs the meeting (optional)"),
        required=False,
        max_length=120,
        help_text=_("Usually the mayor. Leave empty to fill it in by hand."),
        validators=[validate_plain_text],
    )
    secretary = forms.CharField(
        label=_("Commune secretary (optional)"), required=False, max_length=120, validators=[validate_plain_text]
    )
    coordinator = forms.CharField(
        label=_("Who will coordinate the plan (optional)"),
        required=False,
        max_length=120,
        help_text=_("A person or a service of the commune."),
        validators=[validate_plain_text],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()
        self.fields["language"].initial = (get_language() or "fr")[:2]
        self.communes = sorted(Commune.objects.all(), key=lambda commune: commune.name.casefold())

    def clean_commune(self) -> Commune:
        typed = self.cleaned_data["commune"]
        match = commune_lookup(typed)
        if match.is_ambiguous:
            raise forms.ValidationError(
                _("“%(typed)s” matches several communes: %(names)s. Write the name of your commune."),
                params={"typed": typed, "names": ", ".join(commune.name for commune in match.communes)},
            )
        if match.commune is None:
            raise forms.ValidationError(
                _("We do not know a commune called “%(typed)s”. Check the spelling or choose it from the list."),
                params={"typed": typed},
            )
        return match.commune

    def clean_meeting_date(self) -> date:
        meeting_date = self.cleaned_data["meeting_date"]
        today = timezone.localdate()
        if meeting_date < today - EARLIEST_MEETING:
            raise forms.ValidationError(_("This date is more than a year ago. Check the year."))
        if meeting_date > today + LATEST_MEETING:
            raise forms.ValidationError(_("This date is more than two years ahead. Check the year."))
        return meeting_date

    def clean(self):
        cleaned_data = super().clean()
        language = cleaned_data.get("language")
        if language:
            template = ResolutionTemplate.objects.filter(locale__language_code=language).order_by("pk").first()
            if template is None:
                self.add_error("language", _("The resolution is not available in this language yet."))
            cleaned_data["template"] = template
        return cleaned_data

    def resolution_arguments(self) -> dict:
        data = self.cleaned_data
        return {
            "template": data["template"],
            "commune": data["commune"],
            "meeting_date": data["meeting_date"],
            "language": data["language"],
            "details": {key: data[key] for key in ("council_president", "secretary", "coordinator")},
        }
