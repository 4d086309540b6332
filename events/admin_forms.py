from wagtail.admin.forms import WagtailAdminModelForm

from .permissions import own_organizations


class EventAdminForm(WagtailAdminModelForm):
    """CIG staff choose among their own organisations only."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and "organization" in self.fields:
            field = self.fields["organization"]
            field.queryset = field.queryset.filter(pk__in=own_organizations(self.for_user).values("pk"))
