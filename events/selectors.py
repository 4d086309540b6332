"""Reads of the events app for public pages: live events of one language, upcoming sessions first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from uuid import UUID

from django.db.models import OuterRef, Q, QuerySet, Subquery
from wagtail.models import Locale

from geography.models import Commune
from portal.caching import DEFAULT_TIMEOUT, DIRECTORY, cached
from services_directory.hours import LUXEMBOURG
from services_directory.models import Organization
from services_directory.search import distance_km

from .fields import language_lookup
from .models import Event, EventIndexPage, Occurrence


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


def listing_rows(
    *, locale: Locale, filters: EventFilters, now: datetime, offset: int, limit: int
) -> list[tuple[int, datetime, datetime]]:
    """(event id, starts_at, ends_at) of the upcoming sessions ``offset`` to ``offset + limit`` that match
    ``filters``, soonest first: what a page of the listing shows (``events.cards`` adds the events' facts).

    The first page is cached per combination of filters until content is published (events and what
    they show retire the ``directory`` scope) or until the first of its sessions ends, whichever comes
    first. That is exact: the rows only change when a session is published or unpublished, or when one
    of them ends (a later session that ends first was never on the page).
    """
    sessions = upcoming_occurrences(locale=locale, filters=filters, now=now).values_list(
        "event_id", "starts_at", "ends_at"
    )
    if offset:
        return list(sessions[offset : offset + limit])
    commune = filters.commune.pk if filters.commune is not None else ""
    key = (
        f"event-listing:{locale.pk}:{commune}:{filters.kind}:{filters.language}:{filters.start or ''}:"
        f"{filters.end or ''}:{int(filters.free_only)}:{limit}"
    )

    def until_the_first_ends(rows) -> int:
        first_end = min((ends_at for _event, _starts_at, ends_at in rows), default=None)
        seconds = int((first_end - now).total_seconds()) if first_end else DEFAULT_TIMEOUT
        return max(1, min(seconds, DEFAULT_TIMEOUT))

    def none_over(rows) -> bool:
        return all(ends_at > now for _event, _starts_at, ends_at in rows)

    return cached(
        key,
        lambda: list(sessions[:limit]),
        depends_on=[DIRECTORY],
        timeout=until_the_first_ends,
        fresh=none_over,
    )


def localize_organizations(events: Iterable[Event], *, locale: Locale) -> None:
    """Give each of ``events`` its organisation in ``locale``: the organisation's live translation there, when it
    has one (one query for all the events).

    The organisation is a synchronised field, so every translation of an event points at the organisation its
    source-language version points at. The events are changed in memory, for display only.
    """
    elsewhere = [event for event in events if event.organization.locale_id != locale.pk]
    if not elsewhere:
        return
    keys = {event.organization.translation_key for event in elsewhere}
    translations = Organization.objects.filter(translation_key__in=keys, locale=locale, live=True)
    found = {organization.translation_key: organization for organization in translations}
    for event in elsewhere:
        event.organization = found.get(event.organization.translation_key, event.organization)


def live_event(*, event_id: int, locale: Locale) -> Event | None:
    """The live event ``event_id`` in ``locale`` (its translation when the id is another language's)."""
    event = Event.objects.filter(pk=event_id, live=True).first()
    if event is None:
        return None
    shown = event if event.locale_id == locale.pk else event.get_translation_or_none(locale)
    return shown if shown is not None and shown.live else None


def live_events_by_language(*, locale: Locale) -> dict[UUID, dict[str, tuple[int, datetime | None]]]:
    """Translation key → (language code → (id, last published)) of every live event in ``locale`` and its live
    translations, for the sitemap; past events too (they keep their page). One query."""
    keys = Event.objects.filter(locale=locale, live=True).values("translation_key")
    rows = (
        Event.objects.filter(live=True, translation_key__in=keys)
        .order_by("pk")
        .values_list("translation_key", "locale__language_code", "pk", "last_published_at")
    )
    found: dict[UUID, dict[str, tuple[int, datetime | None]]] = {}
    for key, language, pk, published in rows:
        found.setdefault(key, {})[language] = (pk, published)
    return found


def live_event_versions(event: Event) -> dict[str, int]:
    """Language code → id of each live translation of ``event`` (itself included)."""
    versions = Event.objects.filter(translation_key=event.translation_key, live=True)
    return dict(versions.values_list("locale__language_code", "pk"))


def next_occurrences(event: Event, *, now: datetime, limit: int = 10) -> list[Occurrence]:
    return list(event.occurrences.filter(ends_at__gt=now).order_by("starts_at")[:limit])


def next_sessions(
    *,
    locale: Locale,
    now: datetime,
    limit: int,
    organization=None,
    service=None,
    places=(),
    commune: Commune | None = None,
) -> list[Occurrence]:
    """The next session of each live event in ``locale`` that belongs to any of the given directory
    records (run by ``organization``, for ``service``, held at one of ``places`` or in ``commune``),
    soonest first, at most ``limit``: one line per event, so that a weekly course does not fill the list.

    Records are matched by their translation key, so a record of any language finds its events. One query.
    """
    related = Q()
    if organization is not None:
        related |= Q(event__organization__translation_key=organization.translation_key)
    if service is not None:
        related |= Q(event__service__translation_key=service.translation_key)
    if places:
        related |= Q(event__location__translation_key__in=[place.translation_key for place in places])
    if commune is not None:
        related |= Q(event__location__commune=commune)
    if not related:
        return []
    sessions = Occurrence.objects.filter(related, event__locale=locale, event__live=True, ends_at__gt=now)
    return list(_first_of_each_event(sessions).select_related("event__location__commune")[:limit])


def _first_of_each_event(sessions: QuerySet[Occurrence]) -> QuerySet[Occurrence]:
    """Of ``sessions``, only each event's first one, soonest first."""
    first = sessions.filter(event=OuterRef("event")).order_by("starts_at", "pk").values("pk")[:1]
    return sessions.filter(pk=Subquery(first)).order_by("starts_at", "pk")


def _point(latitude, longitude, commune_latitude, commune_longitude) -> tuple[float, float]:
    """A place's position, or its commune's when the place has none (as ``Location.coordinates``)."""
    if latitude is None or longitude is None:
        latitude, longitude = commune_latitude, commune_longitude
    return float(latitude), float(longitude)


def nearest_sessions(
    *, locale: Locale, filters: EventFilters, now: datetime, limit: int
) -> list[tuple[Occurrence, float]]:
    """For a commune with no upcoming session: the next session of the events nearest to ``filters.commune``
    that match the other filters, nearest first (then soonest), with their distance in km. Two queries:
    the places that have such sessions, then the sessions at the nearest ``limit`` places (each has one).
    """
    commune = filters.commune
    elsewhere = upcoming_occurrences(locale=locale, filters=replace(filters, commune=None), now=now).filter(
        event__location__isnull=False
    )
    places = (
        elsewhere.order_by()
        .distinct()
        .values_list(
            "event__location",
            "event__location__latitude",
            "event__location__longitude",
            "event__location__commune__latitude",
            "event__location__commune__longitude",
        )
    )
    origin = (float(commune.latitude), float(commune.longitude))
    distances = {place: distance_km(origin, _point(*coordinates)) for place, *coordinates in places}
    nearest = sorted(distances, key=distances.__getitem__)[:limit]
    sessions = _first_of_each_event(elsewhere.filter(event__location__in=nearest))
    ordered = sorted(sessions, key=lambda session: (distances[session.event.location_id], session.starts_at))
    return [(session, distances[session.event.location_id]) for session in ordered[:limit]]


def events_page(*, locale: Locale) -> EventIndexPage | None:
    """The live “What's on” page of ``locale``."""
    return EventIndexPage.objects.live().public().filter(locale=locale).first()
