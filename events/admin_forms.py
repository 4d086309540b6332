from django import forms
from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import manages_all_events, organization_choices


class EventAdminForm(WagtailAdminModelForm):
    """CIG staff choose among their own organisations only.

    Editors and moderators pick from the whole directory with its chooser; CIG staff, who run one to
    three organisations, get a plain list of theirs (already selected when there is only one).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or "organization" not in self.fields or manages_all_events(self.for_user):
            return
        field = self.fields["organization"]
        field.widget = forms.Select()
        field.queryset = organization_choices(
            self.for_user, locale_id=self.instance.locale_id, current_id=self.instance.organization_id
        )
        if len(field.queryset) == 1:
            field.empty_label = None
