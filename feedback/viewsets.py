"""Page feedback in the admin: editors see what residents said of each page, per language.

Read-only: an answer is what a resident said. Editors and moderators may view it (and delete a
comment that should not be kept: ``delete_pagefeedback``); nobody adds or changes one.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from portal.spreadsheets import SafeCsvExportMixin

from .models import PageFeedback


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, minus adding and changing, which nobody may do."""

    EDITS = frozenset({"add", "change"})

    def user_has_permission(self, user, action):
        return action not in self.EDITS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action not in self.EDITS])


class PageFeedbackIndexView(SafeCsvExportMixin, IndexView):
    """What residents typed is neutralised in the CSV export (``portal.spreadsheets``); the XLSX is typed as text."""


class PageFeedbackViewSet(ModelViewSet):
    model = PageFeedback
    index_view_class = PageFeedbackIndexView
    icon = "help"
    menu_label = _("Page feedback")
    menu_order = 850
    add_to_admin_menu = True
    list_display = ["page", "language", "useful", "comment", "created_at"]
    list_filter = ["language", "useful", "created_at"]
    list_export = ["page", "language", "useful", "comment", "created_at"]
    ordering = ["page__title", "language", "-created_at"]
    inspect_view_enabled = True
    inspect_view_fields = ["page", "language", "useful", "comment", "created_at"]
    copy_view_enabled = False
    form_fields = ["comment"]  # never offered: no one may add or change an answer

    def get_permissions_to_register(self):
        return super().get_permissions_to_register().filter(codename__in=["view_pagefeedback", "delete_pagefeedback"])
