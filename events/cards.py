"""What a line of the "What's on" listing shows: an event's facts (cached) and one of its sessions.

As with the directory's cards (``services_directory.cards``), an event's facts are read once and
cached, per event, until content is published (events, organisations, places and communes retire the
``directory`` scope); only the session's times, the link and the distance belong to one listing.
Twenty lines then cost one cache read instead of a four-table join and a hundred model instances.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from portal.caching import DIRECTORY, cached_many

from .models import Event, EventKind
from .selectors import localize_organizations


@dataclass(frozen=True)
class EventCard:
    """An event's facts as the listing shows them, in the event's language."""

    pk: int
    title: str
    kind: str
    organization_name: str
    commune_name: str
    location_id: int | None
    price: Decimal | None

    @property
    def kind_label(self) -> str:
        return EventKind(self.kind).label if self.kind in EventKind.values else self.kind

    @property
    def is_free(self) -> bool:
        return self.price is None or self.price == 0


@dataclass(frozen=True)
class SessionLine:
    """One session as a listing shows it: its event's card, its times, how far it is (km, or None)."""

    card: EventCard
    starts_at: datetime
    ends_at: datetime
    distance: float | None = None


def event_cards(ids) -> dict[int, EventCard]:
    """The cards of the events ``ids`` (events that no longer exist are left out)."""
    ids = list(dict.fromkeys(ids))
    return cached_many({f"event-card:{pk}": pk for pk in ids}, _build_cards, depends_on=[DIRECTORY])


def session_lines(rows, *, distances: dict[int, float] | None = None) -> list[SessionLine]:
    """Listing lines for ``rows`` of (event id, starts_at, ends_at), in that order; ``distances`` maps
    an event id to its distance in km."""
    rows = list(rows)
    cards = event_cards(event_id for event_id, _starts, _ends in rows)
    distances = distances or {}
    return [
        SessionLine(cards[event_id], starts, ends, distances.get(event_id))
        for event_id, starts, ends in rows
        if event_id in cards
    ]


def _build_cards(ids: list[int]) -> dict[int, EventCard]:
    events = list(Event.objects.filter(pk__in=ids).select_related("locale", "organization", "location__commune"))
    for locale in {event.locale for event in events}:
        localize_organizations([event for event in events if event.locale_id == locale.pk], locale=locale)
    return {event.pk: _card(event) for event in events}


def _card(event: Event) -> EventCard:
    """``event``'s card; its organisation is already the one in the event's language where there is one."""
    location = event.location
    return EventCard(
        pk=event.pk,
        title=event.title,
        kind=event.kind,
        organization_name=event.organization.name,
        commune_name=location.commune.name_in(event.locale.language_code) if location else "",
        location_id=location.pk if location else None,
        price=event.price,
    )
