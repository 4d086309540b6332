from django import forms
from django.utils.translation import gettext_lazy as _

from care_requests.spam import SpamGuardForm


class PageFeedbackForm(SpamGuardForm):
    """The two buttons (yes / no) send ``useful``; the comment is optional."""

    page = forms.IntegerField(widget=forms.HiddenInput)
    useful = forms.TypedChoiceField(
        choices=[("yes", _("Yes")), ("no", _("No"))],
        coerce=lambda value: value == "yes",
        error_messages={"required": _("Choose “Yes” or “No”.")},
    )
    comment = forms.CharField(
        label=_("What could we do better? (optional)"),
        help_text=_("Do not write your name, phone number or other personal details. We cannot answer here."),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
