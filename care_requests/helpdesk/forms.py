"""Forms of the helpdesk: the request page's actions, the bulk actions, the report's period, a person's requests."""

from __future__ import annotations

from datetime import date

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from ..models import CannedReply, CareRequest, CloseReason, Status
from ..selectors import assignable_to_all, assignable_users

LONGEST_REPORT_YEARS = 10


class AssignForm(forms.Form):
    """Offers only the people who may open the request: anyone else would be given a request they get a 403 on."""

    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), required=False, empty_label=_("Nobody")
    )

    def __init__(self, *args, care_request: CareRequest, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users(care_request=care_request)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Status.choices)
    close_reason = forms.ChoiceField(
        label=_("Reason for closing"), choices=[("", "—"), *CloseReason.choices], required=False
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Status.CLOSED and not cleaned.get("close_reason"):
            self.add_error("close_reason", _("Give the reason for closing."))
        return cleaned


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))


class ReplyForm(forms.Form):
    canned_reply = forms.ModelChoiceField(
        label=_("Start from a canned reply"),
        queryset=CannedReply.objects.none(),
        required=False,
        empty_label=_("No canned reply"),
    )
    subject = forms.CharField(label=_("Subject"), max_length=200, required=False)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 8}), required=False)

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["canned_reply"].queryset = CannedReply.objects.filter(locale__language_code=language)

    def clean(self):
        cleaned = super().clean()
        if self.data.get("action") == "reply":
            for name in ("subject", "body"):
                if not cleaned.get(name):
                    self.add_error(name, _("This field is required."))
        return cleaned


class PersonForm(forms.Form):
    identifier = forms.CharField(
        label=_("Email address or phone number"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    confirm = forms.BooleanField(label=_("Yes, erase these requests for good"), required=False)


class BulkAssignForm(forms.Form):
    """Offers only the people who may open every selected request."""

    assignee = forms.ModelChoiceField(
        label=_("Assign to"), queryset=get_user_model().objects.none(), empty_label=_("Choose a person")
    )

    def __init__(self, *args, care_requests: list[CareRequest], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_to_all(care_requests=care_requests)


class BulkCloseForm(forms.Form):
    close_reason = forms.ChoiceField(label=_("Reason for closing"), choices=CloseReason.choices)


class ExportFormatForm(forms.Form):
    format = forms.ChoiceField(
        label=_("File format"),
        choices=[("xlsx", _("Excel workbook (XLSX)")), ("csv", _("Comma-separated values (CSV)"))],
        initial="xlsx",
        widget=forms.RadioSelect,
    )


class ReportPeriodForm(forms.Form):
    start = forms.DateField(label=_("Period starts"), widget=AdminDateInput)
    end = forms.DateField(label=_("Period ends"), widget=AdminDateInput)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end:
            if start > end:
                self.add_error("end", _("The end of the period must come after its start."))
            elif end.year - start.year > LONGEST_REPORT_YEARS or start < date(2000, 1, 1):
                self.add_error(
                    "start",
                    _("Choose a period of at most %(years)d years, after 2000.") % {"years": LONGEST_REPORT_YEARS},
                )
        return cleaned
