from django import forms
from django.contrib.auth import get_user_model
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from geography.models import Canton, Commune
from services_directory.models import Organization

from ..models import CannedReply, CareRequest, CloseReason, HelpKind, RequestKind, Status
from ..selectors import assignable_users, queue_assignees

AGE_CHOICES = [
    ("", _("Any age")),
    ("overdue", _("Overdue")),
    ("week", _("Less than a week old")),
    ("older", _("More than a week old")),
    ("month", _("More than a month old")),
]


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Any status")), *Status.choices], required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=[("", _("Any kind")), *RequestKind.choices], required=False)
    commune = forms.ModelChoiceField(label=_("Commune"), queryset=Commune.objects.order_by("name_fr"), required=False)
    canton = forms.ModelChoiceField(label=_("Canton"), queryset=Canton.objects.order_by("name_fr"), required=False)
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organization.objects.none(), required=False)
    help_kind = forms.ChoiceField(
        label=_("Kind of help"), choices=[("", _("Any kind of help")), *HelpKind.choices], required=False
    )
    age = forms.ChoiceField(label=_("Age"), choices=AGE_CHOICES, required=False)
    assignee = forms.ModelChoiceField(label=_("Assigned to"), queryset=get_user_model().objects.none(), required=False)

    def __init__(self, *args, requests: QuerySet[CareRequest], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = Organization.objects.filter(locale=Locale.get_default()).order_by("name")
        self.fields["assignee"].queryset = queue_assignees(requests=requests)


class AssignForm(forms.Form):
    """Offers only the people who may open the request: anyone else would be given a request they get a 403 on."""

    assignee = forms.ModelChoiceField(label=_("Assign to"), queryset=get_user_model().objects.none(), required=False)

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
        label=_("Start from a canned reply"), queryset=CannedReply.objects.none(), required=False
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
