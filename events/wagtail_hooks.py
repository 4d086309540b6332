from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .attendance import attendance_url
from .models import Event, SignUp
from .permissions import EventPermissionPolicy, SignUpPermissionPolicy
from .viewsets import EventViewSet, SignUpViewSet

register_permission_policy(Event, EventPermissionPolicy(Event))
register_permission_policy(SignUp, SignUpPermissionPolicy(SignUp))
register_snippet(EventViewSet)


@hooks.register("register_admin_viewset")
def register_signup_viewset():
    return SignUpViewSet("event_signups")


@hooks.register("register_snippet_listing_buttons")
def attendance_list_button(snippet, user, next_url=None):
    """In the events listing's "More" menu: the attendance list, for events that take sign-ups."""
    if isinstance(snippet, Event) and snippet.signup_required:
        yield Button(_("Attendance list"), url=attendance_url(snippet), icon_name="list-ul", priority=5)
