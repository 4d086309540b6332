"""Events and courses in the open-data API, next to the HSDS records (not part of HSDS: a portal extension).

``/events`` lists the published events of one language that have a session to come, soonest first;
``/events/{id}`` gives one event (past ones too) with its sessions to come.
"""

from __future__ import annotations

from django.db.models import Min, Q
from django.http import Http404
from django.utils import timezone

from events.models import Event, EventKind, Occurrence
from geography.models import Commune
from services_directory.hours import LUXEMBOURG

from .views import BadRequest, _each, _json, _locale, _page, _parameter, _uuid, open_data

KINDS = [value for value, _label in EventKind.choices]


def event_data(event: Event) -> dict:
    sessions = [
        {
            "start": session.starts_at.astimezone(LUXEMBOURG).isoformat(),
            "end": session.ends_at.astimezone(LUXEMBOURG).isoformat(),
        }
        for session in event.occurrences.all()
        if session.ends_at > timezone.now()
    ]
    return {
        "id": str(event.translation_key),
        "name": event.title,
        "description": event.description,
        "kind": event.kind,
        "organization_id": str(event.organization.translation_key),
        "location_id": str(event.location.translation_key) if event.location else None,
        "commune": event.location.commune.lau2_code if event.location else None,
        "languages": list(event.session_languages),
        "level": event.level or None,
        "audience": event.audience,
        "accessibility": event.accessibility,
        "is_free": event.is_free,
        "price": str(event.price) if event.price is not None else None,
        "capacity": event.capacity,
        "signup_required": event.signup_required,
        "sessions": sessions,
    }


def _events(locale):
    return (
        Event.objects.filter(locale=locale, live=True)
        .select_related("organization", "location", "location__commune")
        .prefetch_related("occurrences")
    )


@open_data
def event_list(request):
    locale = _locale(request)
    now = timezone.now()
    events = _events(locale).filter(pk__in=Occurrence.objects.filter(ends_at__gt=now).values("event_id"))
    kind = _parameter(request, "kind")
    if kind:
        if kind not in KINDS:
            raise BadRequest(f"kind must be one of {', '.join(KINDS)}.")
        events = events.filter(kind=kind)
    organization_key = _uuid(request, "organization_id")
    if organization_key:
        events = events.filter(organization__translation_key=organization_key)
    code = _parameter(request, "commune")
    if code:
        commune = Commune.objects.filter(lau2_code=code).first()
        if commune is None:
            raise BadRequest("commune must be the LAU2 code of a commune, e.g. 0214.")
        events = events.filter(location__commune=commune)
    events = events.annotate(next_start=Min("occurrences__starts_at", filter=Q(occurrences__ends_at__gt=now)))
    return _page(request, events.order_by("next_start", "pk"), _each(event_data), csv_name="events")


@open_data
def event_detail(request, key):
    event = _events(_locale(request)).filter(translation_key=key).first()
    if event is None:
        raise Http404("No published event with this id in this language.")
    return _json(event_data(event))
