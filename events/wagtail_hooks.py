from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Event, SignUp
from .permissions import EventPermissionPolicy, SignUpPermissionPolicy
from .viewsets import EventViewSet, SignUpViewSet

register_permission_policy(Event, EventPermissionPolicy(Event))
register_permission_policy(SignUp, SignUpPermissionPolicy(SignUp))
register_snippet(EventViewSet)


@hooks.register("register_admin_viewset")
def register_signup_viewset():
    return SignUpViewSet("event_signups")
