"""The attendance list of one event and session, in the admin: printed for the organisers, then ticked.

Open to those who may change the event (its organisation's CIG staff, editors and moderators), from
the sign-ups listing and the events listing.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from .models import Event, Occurrence, SignUp, SignUpStatus
from .schedule import occurrences
from .services import attendance_record


def event_sessions(event: Event) -> list[tuple[datetime, datetime]]:
    """(start, end) of every session of the event: those published, or its schedule while it is not live."""
    published = (
        Occurrence.objects.filter(event__translation_key=event.translation_key)
        .values_list("starts_at", "ends_at")
        .order_by("starts_at")
        .distinct()
    )
    return list(published) or occurrences(event.schedule)


def attendance_url(event: Event, session_start: datetime | None = None) -> str:
    url = reverse("event_signups:attendance", args=[event.pk])
    return f"{url}?session={int(session_start.timestamp())}" if session_start else url


class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "events/admin/attendance.html"
    page_title = gettext_lazy("Attendance list")
    header_icon = "list-ul"

    def dispatch(self, request, *args, **kwargs):
        self.event = get_object_or_404(Event, pk=kwargs["event_pk"])
        policy = policy_registry.get_by_type(Event)
        if not policy.user_has_permission_for_instance(request.user, "change", self.event):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("event_signups:index"), "label": gettext_lazy("Sign-ups")},
            {"url": "", "label": self.get_page_title()},
        ]

    @cached_property
    def sessions(self) -> list[tuple[datetime, datetime]]:
        return event_sessions(self.event)

    def chosen_session(self, value: str | None) -> tuple[datetime, datetime] | None:
        """The session asked for (a start as a Unix time), or else the next one, or else the last one."""
        if value and value.isdigit():
            start = datetime.fromtimestamp(int(value), tz=UTC)
            return next((session for session in self.sessions if session[0] == start), None)
        now = timezone.now()
        last = self.sessions[-1] if self.sessions else None
        return next((session for session in self.sessions if session[1] >= now), last)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        session = self.chosen_session(self.request.GET.get("session"))
        signups = SignUp.objects.filter(
            event_key=self.event.translation_key, status=SignUpStatus.CONFIRMED, erased_at__isnull=True
        ).order_by("name", "pk")
        marked = {}
        if session:
            marked = dict(
                signups.filter(attendances__session_start=session[0]).values_list("pk", "attendances__attended")
            )
        context.update(
            event=self.event,
            session=session,
            sessions=[(start, end, int(start.timestamp())) for start, end in self.sessions],
            rows=[(signup, marked.get(signup.pk)) for signup in signups],
            places=sum(signup.places for signup in signups),
            session_unknown="session" in self.request.GET and session is None,
        )
        return context

    def post(self, request, *args, **kwargs):
        session = self.chosen_session(request.POST.get("session"))
        if session is None:
            messages.error(request, _("This session is not one of the event's sessions. Choose one from the list."))
            return redirect(attendance_url(self.event))
        present = {int(pk) for pk in request.POST.getlist("attended") if pk.isdigit()}
        count = attendance_record(event=self.event, session_start=session[0], present=present, user=request.user)
        messages.success(request, _("Attendance saved. Present: %(count)s.") % {"count": count})
        return redirect(attendance_url(self.event, session[0]))
