"""Reads of the events app for public pages: live events of one language, upcoming sessions first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from django.db.models import Q, QuerySet
from wagtail.models import Locale

from geography.models import Commune
from services_directory.hours import LUXEMBOURG

from .fields import language_lookup
from .models import Event, Occurrence


@dataclass(frozen=True)
class EventFilters:
    commune: Commune | None = None
    kind: str = ""
    language: str = ""
    start: date | None = None
    end: date | None = None
    free_only: bool = False


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=LUXEMBOURG).astimezone(UTC)


def upcoming_occurrences(*, locale: Locale, filters: EventFilters, now: datetime) -> QuerySet[Occurrence]:
    """Sessions not yet over of the live events in ``locale``, soonest first, narrowed by ``filters``."""
    sessions = Occurrence.objects.filter(event__locale=locale, event__live=True, ends_at__gt=now)
    if filters.start:
        sessions = sessions.filter(ends_at__gt=_day_start(filters.start))
    if filters.end:
        sessions = sessions.filter(starts_at__lt=_day_start(filters.end + timedelta(days=1)))
    if filters.kind:
        sessions = sessions.filter(event__kind=filters.kind)
    if filters.language:
        sessions = sessions.filter(event__session_languages__contains=language_lookup(filters.language))
    if filters.free_only:
        sessions = sessions.filter(Q(event__price__isnull=True) | Q(event__price=0))
    if filters.commune:
        sessions = sessions.filter(event__location__commune=filters.commune)
    # The index on (starts_at, event) gives this order without sorting when a date range narrows the sessions.
    ordered = sessions.order_by("starts_at", "event_id", "pk")
    return ordered.select_related("event__organization", "event__location__commune")


#: What a line of the "What's on" listing shows: the rows it sorts stay narrow (no description, no schedule).
LISTING_FIELDS = (
    "starts_at",
    "ends_at",
    "event__title",
    "event__kind",
    "event__price",
    "event__locale",
    "event__organization__name",
    "event__location__commune__name_fr",
    "event__location__commune__name_de",
    "event__location__commune__name_lb",
)


def live_event(*, event_id: int, locale: Locale) -> Event | None:
    """The live event ``event_id`` in ``locale`` (its translation when the id is another language's)."""
    event = Event.objects.filter(pk=event_id, live=True).first()
    if event is None:
        return None
    shown = event if event.locale_id == locale.pk else event.get_translation_or_none(locale)
    return shown if shown is not None and shown.live else None


def next_occurrences(event: Event, *, now: datetime, limit: int = 10) -> list[Occurrence]:
    return list(event.occurrences.filter(ends_at__gt=now).order_by("starts_at")[:limit])
