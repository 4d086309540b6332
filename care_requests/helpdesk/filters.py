"""The filter drawers of the queue and of the audit log (django-filter, through Wagtail's ``WagtailFilterSet``).

Choices that depend on the queue (organisations, communes, assignees) only offer what the user's own
queue holds, so a CIG user's drawer names nothing from another organisation.
"""

from __future__ import annotations

from datetime import timedelta

import django_filters
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

from geography.models import Canton, Commune
from services_directory.models import Organization

from ..models import AuditEntry, CareRequest, ContactLanguage, HelpKind, RequestKind, Status
from ..selectors import overdue_filter, queue_assignees, visible_requests

AGE_CHOICES = [
    ("overdue", _("Overdue")),
    ("week", _("Less than a week old")),
    ("older", _("More than a week old")),
    ("month", _("More than a month old")),
]

#: What each audit entry's ``action`` means, in the reader's language.
AUDIT_ACTIONS = {
    "submitted": _("Submitted by the public form"),
    "viewed list": _("Viewed the queue"),
    "viewed": _("Opened a request"),
    "refused": _("Refused access"),
    "assigned": _("Assigned a request"),
    "status": _("Changed the status"),
    "note": _("Added an internal note"),
    "reply": _("Replied by email"),
    "exported": _("Exported requests"),
    "deleted": _("Deleted a request"),
    "erased": _("Erased at the person's request"),
    "purged": _("Deleted after the retention period"),
    "searched person": _("Searched a person's requests"),
    "exported personal data": _("Exported a person's data"),
    "viewed report": _("Viewed the report"),
}


def _queue(request):
    return visible_requests(request.user) if request is not None else None


def _organisations(request):
    queue = _queue(request)
    if queue is None:
        return Organization.objects.none()
    keys = Organization.objects.filter(care_requests__in=queue.values("pk")).values("translation_key")
    return Organization.objects.filter(locale=Locale.get_default(), translation_key__in=keys).order_by("name")


def _communes(request):
    queue = _queue(request)
    if queue is None:
        return Commune.objects.none()
    return Commune.objects.filter(pk__in=queue.values("commune")).order_by("name_fr")


def _cantons(request):
    queue = _queue(request)
    if queue is None:
        return Canton.objects.none()
    return Canton.objects.filter(pk__in=queue.values("commune__canton")).order_by("name_fr")


def _assignees(request):
    queue = _queue(request)
    return queue_assignees(requests=queue) if queue is not None else get_user_model().objects.none()


class CareRequestFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=forms.CheckboxSelectMultiple
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        queryset=_organisations,
        method="filter_organisation",
        empty_label=_("Any organisation"),
    )
    commune = django_filters.ModelChoiceFilter(label=_("Commune"), queryset=_communes, empty_label=_("Any commune"))
    canton = django_filters.ModelChoiceFilter(
        label=_("Canton"), queryset=_cantons, field_name="commune__canton", empty_label=_("Any canton")
    )
    assignee = django_filters.ModelChoiceFilter(
        label=_("Assigned to"), queryset=_assignees, empty_label=pgettext_lazy("helpdesk", "Anyone")
    )
    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=ContactLanguage.choices,
        method="filter_language",
        widget=forms.RadioSelect,
        empty_label=_("Any language"),
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=RequestKind.choices, widget=forms.RadioSelect, empty_label=_("Any kind")
    )
    help_kind = django_filters.ChoiceFilter(
        label=_("Kind of help"), choices=HelpKind.choices, widget=forms.RadioSelect, empty_label=_("Any kind of help")
    )
    submitted = django_filters.DateFromToRangeFilter(
        label=_("Submitted between"), field_name="submitted_at", widget=DateRangePickerWidget
    )
    age = django_filters.ChoiceFilter(
        label=_("Age"), choices=AGE_CHOICES, method="filter_age", widget=forms.RadioSelect, empty_label=_("Any age")
    )

    class Meta:
        model = CareRequest
        fields: list[str] = []

    def filter_organisation(self, queryset, name, organisation):
        return queryset.filter(organisations__translation_key=organisation.translation_key).distinct()

    def filter_language(self, queryset, name, language):
        """The language to speak with the requester: the one they chose, else the one of the form."""
        chosen = Q(contact_language=language)
        if language in dict(settings.LANGUAGES):
            chosen |= Q(contact_language="", language=language)
        return queryset.filter(chosen)

    def filter_age(self, queryset, name, age):
        now = timezone.now()
        if age == "overdue":
            return queryset.filter(overdue_filter(now))
        if age == "week":
            return queryset.filter(submitted_at__gte=now - timedelta(days=7))
        if age == "older":
            return queryset.filter(submitted_at__lt=now - timedelta(days=7))
        if age == "month":
            return queryset.filter(submitted_at__lt=now - timedelta(days=30))
        return queryset


SYSTEM = "~system"  # no username holds "~"


def _audit_users():
    """Everyone with an account (the audit log also records refusals of people outside the helpdesk).

    Read from the users, not from the log, whose size grows with every page the helpdesk opens.
    """
    usernames = get_user_model().objects.order_by("username").values_list("username", flat=True)
    return [(SYSTEM, _("System or public form")), *((name, name) for name in usernames)]


class AuditEntryFilterSet(WagtailFilterSet):
    username = django_filters.ChoiceFilter(
        label=_("Who"), choices=_audit_users, method="filter_username", empty_label=pgettext_lazy("helpdesk", "Anyone")
    )
    action = django_filters.ChoiceFilter(
        label=_("What"),
        choices=list(AUDIT_ACTIONS.items()),
        widget=forms.RadioSelect,
        empty_label=pgettext_lazy("helpdesk", "Anything"),
    )
    at = django_filters.DateFromToRangeFilter(label=_("When"), widget=DateRangePickerWidget)
    reference = django_filters.CharFilter(label=_("Request"), lookup_expr="iexact", max_length=20)

    class Meta:
        model = AuditEntry
        fields: list[str] = []

    def filter_username(self, queryset, name, username):
        return queryset.filter(username="" if username == SYSTEM else username)
