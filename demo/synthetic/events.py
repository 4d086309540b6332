"""Synthetic events for benchmarks: thousands of live courses, workshops, tours and open days, fast.

French (source-language) events of the synthetic directory's organisations, at its places, over the
next twelve months: one-off events, series of sessions and weekly slots (with an exception and
without public holidays). They are live with their sessions materialised, as publishing leaves
them, but written with bulk_create: the sessions come from the same ``events.schedule.occurrences``
that publishing runs. An event is synthetic when its organisation is. Deterministic for a given seed.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from modelsearch.backends import get_search_backends
from wagtail.models import Locale

from events.models import Event, EventCapacity, EventIndexPage, EventKind, EventLevel, Occurrence
from events.schedule import occurrences
from home.models import HomePage
from services_directory.models import DataOrigin, Location, Organization

from .bulk import BATCH, chunks, planner_statistics_refresh

DAYS_AHEAD = 365
#: The larger towns get more events than the villages, so some communes have many to filter.
BUSY_COMMUNES = {"luxembourg": 8, "esch-sur-alzette": 6, "differdange": 5, "dudelange": 4, "ettelbruck": 3}
KINDS = [(EventKind.COURSE, 45), (EventKind.WORKSHOP, 25), (EventKind.TOUR, 15), (EventKind.OPEN_DAY, 15)]
#: The languages of a session, with how often each one is offered.
LANGUAGES = [("fr", 40), ("lb", 30), ("de", 25), ("en", 15), ("pt", 15)]
TOPICS = {
    EventKind.COURSE: ["Smartphone", "Tablette", "Courriel", "Appels vidéo", "Démarches en ligne", "Bureautique"],
    EventKind.WORKSHOP: ["Atelier MyGuichet", "Atelier photos", "Atelier sécurité en ligne", "Atelier pour communes"],
    EventKind.TOUR: ["Visite du centre de recyclage", "Ramassage des déchets", "Balade nature", "Visite du compost"],
    EventKind.OPEN_DAY: ["Portes ouvertes du web café", "Journée découverte", "Après-midi d'accueil"],
}
START_HOURS = [9, 10, 14, 15, 18]
PRICES = [Decimal(5), Decimal(10), Decimal(15), Decimal(25)]
PLACES = [8, 10, 12, 15, 20]


def synthetic_events() -> QuerySet[Event]:
    return Event.objects.filter(organization__data_origin=DataOrigin.SYNTHETIC)


def synthetic_events_delete() -> int:
    """Remove every synthetic event with its sessions, sign-ups and places counters; returns how many."""
    with transaction.atomic():
        rows = list(synthetic_events().values_list("pk", "translation_key"))
        for chunk in chunks(rows):
            Event.objects.filter(pk__in=[pk for pk, _key in chunk]).delete()
            EventCapacity.objects.filter(translation_key__in=[key for _pk, key in chunk]).delete()
    return len(rows)


def _weighted(rng: random.Random, choices):
    values, weights = zip(*choices, strict=True)
    return rng.choices(values, weights=weights)[0]


def _slot(rng: random.Random) -> dict:
    hour = rng.choice(START_HOURS)
    length = rng.choice([60, 90, 120, 180])
    ends = (hour * 60 + length) // 60, (hour * 60 + length) % 60
    return {"start_time": f"{hour:02d}:00:00", "end_time": f"{ends[0]:02d}:{ends[1]:02d}:00"}


def _schedule(rng: random.Random, today: date) -> list[dict]:
    """One session (40 %), a series of 3 to 6 (20 %) or a weekly slot of 4 to 20 weeks (40 %), within a year."""
    first = today + timedelta(days=rng.randint(0, DAYS_AHEAD - 1))
    slot = _slot(rng)
    shape = rng.random()
    if shape < 0.4:
        return [{"type": "session", "value": {"date": first.isoformat(), **slot}, "id": str(uuid.uuid4())}]
    if shape < 0.6:
        gap = rng.choice([2, 3, 7])
        days = [first + timedelta(days=gap * n) for n in range(rng.randint(3, 6))]
        return [
            {"type": "session", "value": {"date": day.isoformat(), **slot}, "id": str(uuid.uuid4())}
            for day in days
            if day < today + timedelta(days=DAYS_AHEAD)
        ]
    last = min(first + timedelta(weeks=rng.randint(4, 20)), today + timedelta(days=DAYS_AHEAD - 1))
    weekly = {
        "weekday": str(first.weekday()),
        **slot,
        "first_date": first.isoformat(),
        "last_date": last.isoformat(),
        "except_dates": [(first + timedelta(weeks=2)).isoformat()] if rng.random() < 0.3 else [],
        "skip_public_holidays": True,
    }
    return [{"type": "weekly", "value": weekly, "id": str(uuid.uuid4())}]


def _places_by_commune() -> tuple[list[int], list[list[Location]]]:
    """Each commune of the synthetic places with its places, and how often events are held there."""
    places: dict[int, list[Location]] = {}
    for place in Location.objects.filter(data_origin=DataOrigin.SYNTHETIC).select_related("commune"):
        places.setdefault(place.commune_id, []).append(place)
    groups = [places[pk] for pk in sorted(places)]
    weights = [BUSY_COMMUNES.get(group[0].commune.slug, 1) for group in groups]
    return weights, groups


def events_index_page() -> EventIndexPage | None:
    """The French "What's on" page, created under the French home page when there is none."""
    found = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
    if found is not None:
        return found
    home = HomePage.objects.filter(depth=2, locale=Locale.get_default()).first()
    if home is None:
        return None
    page = EventIndexPage(title="Agenda", slug="agenda", intro="Cours, ateliers et visites près de chez vous.")
    home.add_child(instance=page)
    return page


def synthetic_events_generate(*, events: int, seed: int = 1, index: bool = True) -> tuple[int, int]:
    """``events`` live events of the synthetic organisations; returns (events, sessions) created."""
    rng = random.Random(seed)
    locale = Locale.get_default()
    organizations = list(Organization.objects.filter(data_origin=DataOrigin.SYNTHETIC).order_by("pk"))
    if not organizations:
        raise ValueError("There is no synthetic directory to hold the events: generate it first.")
    weights, groups = _places_by_commune()
    today = timezone.localdate()
    now = timezone.now()

    with transaction.atomic():
        events_index_page()
        rows = []
        for number in range(events):
            kind = _weighted(rng, KINDS)
            place = rng.choice(rng.choices(groups, weights=weights)[0]) if groups and rng.random() < 0.9 else None
            languages = {_weighted(rng, LANGUAGES) for _ in range(rng.choice([1, 1, 2]))}
            capacity = rng.choice(PLACES) if kind in (EventKind.COURSE, EventKind.WORKSHOP) else None
            where = place.commune.name_fr if place else "en ligne"
            rows.append(
                Event(
                    locale=locale,
                    organization=rng.choice(organizations),
                    location=place,
                    title=f"{rng.choice(TOPICS[kind])} {where} {number}",
                    description=f"Événement synthétique pour les tests de charge ({where}).",
                    kind=kind,
                    session_languages=sorted(languages),
                    level=rng.choice(EventLevel.values),
                    price=None if rng.random() < 0.6 else rng.choice(PRICES),
                    capacity=capacity,
                    signup_required=capacity is not None,
                    schedule=_schedule(rng, today),
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=now,
                    last_published_at=now,
                )
            )
        rows = Event.objects.bulk_create(rows, batch_size=BATCH)
        sessions = [
            Occurrence(event=event, starts_at=start, ends_at=end)
            for event in rows
            for start, end in occurrences(event.schedule)
        ]
        Occurrence.objects.bulk_create(sessions, batch_size=BATCH)

    if index:
        for backend in get_search_backends(with_auto_update=True):
            for chunk in chunks([row.pk for row in rows]):
                backend.add_bulk(Event, list(Event.objects.filter(pk__in=chunk).select_related("organization")))
    planner_statistics_refresh()
    return len(rows), len(sessions)
