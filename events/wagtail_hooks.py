from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.utils.timestamps import parse_datetime_localized, render_timestamp

from .attendance import attendance_url
from .models import Event, SignUp
from .permissions import EventPermissionPolicy, SignUpPermissionPolicy
from .services import ATTENDANCE_LOG_ACTION
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


class AttendanceLogFormatter(LogFormatter):
    """How an attendance list saved by the organisers reads in the event's history and the site history."""

    label = _("Attendance marked")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Session of %(session)s. Present: %(present)s of %(marked)s.") % {
            "session": render_timestamp(parse_datetime_localized(data["session"])),
            "present": data["present"],
            "marked": data["marked"],
        }


@hooks.register("register_log_actions")
def register_attendance_log_action(actions):
    actions.register_action(ATTENDANCE_LOG_ACTION)(AttendanceLogFormatter)
