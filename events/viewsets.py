"""Events in the Wagtail admin, for editors and for the CIG staff of the organisation that runs them."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, TabbedInterface
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import LiveStatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.views import snippets as snippet_views
from wagtail.snippets.views.snippets import SnippetViewSet

from .attendance import AttendanceView, attendance_url
from .models import Event, SignUp


class EventFilterSet(WagtailFilterSet):
    class Meta:
        model = Event
        fields = ["kind", "organization", "live"]


class OwnEventMixin:
    """The event named in the URL must be one the user manages (their organisation's, for CIG staff)."""

    def get_object(self, *args, **kwargs):
        event = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["change", "delete", "publish"], event
        ):
            raise PermissionDenied
        return event


def _own(view_class):
    return type(view_class.__name__, (OwnEventMixin, view_class), {})


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events and courses")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "organization", "kind", LiveStatusTagColumn(label=_("Published"))]
    search_fields = ["title", "description"]
    filterset_class = EventFilterSet
    edit_view_class = _own(snippet_views.EditView)
    delete_view_class = _own(snippet_views.DeleteView)
    copy_view_class = _own(snippet_views.CopyView)
    usage_view_class = _own(snippet_views.UsageView)
    history_view_class = _own(snippet_views.HistoryView)
    unpublish_view_class = _own(snippet_views.UnpublishView)
    lock_view_class = _own(snippet_views.LockView)
    unlock_view_class = _own(snippet_views.UnlockView)
    preview_on_edit_view_class = _own(snippet_views.PreviewOnEditView)
    revisions_view_class = _own(snippet_views.PreviewRevisionView)
    revisions_compare_view_class = _own(snippet_views.RevisionsCompareView)
    revisions_unschedule_view_class = _own(snippet_views.RevisionsUnscheduleView)
    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("organization"),
                    FieldPanel("title"),
                    FieldPanel("description"),
                    FieldPanel("kind"),
                    FieldPanel("audience"),
                    FieldPanel("session_languages"),
                    FieldPanel("level"),
                    FieldPanel("accessibility"),
                ],
                heading=_("What"),
            ),
            ObjectList(
                [FieldPanel("location"), FieldPanel("service"), FieldPanel("schedule")],
                heading=_("Where and when"),
            ),
            ObjectList(
                [FieldRowPanel([FieldPanel("price"), FieldPanel("capacity")]), FieldPanel("signup_required")],
                heading=_("Places and price"),
            ),
        ]
    )

    def get_queryset(self, request):
        return self.permission_policy.instances_user_has_any_permission_for(
            request.user, ["change", "view"]
        ).select_related("organization", "locale")


ATTENDANCE_FIELDS = ["reference", "event", "name", "phone", "email", "language", "places", "needs", "status"]


class SignUpFilterSet(WagtailFilterSet):
    class Meta:
        model = SignUp
        fields = ["event", "status"]


class SignUpIndexView(generic.IndexView):
    export_headings = {"sessions_attended": _("Sessions attended")}

    def get_base_queryset(self):
        return (
            self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view"])
            .select_related("event")
            .prefetch_related("attendances")
        )

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            MenuItem(_("Attendance list"), url=attendance_url(instance.event), icon_name="list-ul", priority=5),
        ]


class SignUpInspectView(generic.InspectView):
    def get_object(self, *args, **kwargs):
        signup = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_permission_for_instance(self.request.user, "view", signup):
            raise PermissionDenied
        return signup


class SignUpViewSet(ModelViewSet):
    """The attendance list of the organisers' events: read, filtered by event, printed (inspect) and exported."""

    model = SignUp
    icon = "list-ul"
    menu_label = _("Sign-ups")
    menu_order = 251
    add_to_admin_menu = True
    inspect_view_enabled = True
    list_display = ["reference", "name", "event", "places", "status", "created_at"]
    list_export = [
        "reference",
        "event",
        "name",
        "phone",
        "email",
        "language",
        "places",
        "needs",
        "status",
        "created_at",
        "sessions_attended",
    ]
    export_filename = "sign-ups"
    filterset_class = SignUpFilterSet
    search_fields = ["reference", "name"]
    inspect_view_fields = ATTENDANCE_FIELDS
    form_fields = ["status"]  # no add or edit view is reachable: the permission policy grants neither

    index_view_class = SignUpIndexView
    inspect_view_class = SignUpInspectView

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("attendance/<int:event_pk>/", AttendanceView.as_view(), name="attendance"),
        ]
