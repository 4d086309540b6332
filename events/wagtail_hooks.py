from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from .models import Event
from .permissions import EventPermissionPolicy
from .viewsets import EventViewSet

register_permission_policy(Event, EventPermissionPolicy(Event))
register_snippet(EventViewSet)
