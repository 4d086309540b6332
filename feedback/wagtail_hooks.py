from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import PageFeedback
from .viewsets import PageFeedbackViewSet, ReadOnlyPermissionPolicy

register_permission_policy(PageFeedback, ReadOnlyPermissionPolicy(PageFeedback))


@hooks.register("register_admin_viewset")
def register_page_feedback_viewset():
    return PageFeedbackViewSet("page_feedback")
