"""A large synthetic directory for benchmarks: many organisations, places and services, fast.

French (source-language) records only, marked ``DataOrigin.SYNTHETIC``, written with bulk_create
and indexed for search in bulk. Deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time, timedelta
from decimal import Decimal

from django.db import transaction
from modelsearch.backends import get_search_backends
from wagtail.models import Locale

from geography.models import Commune
from services_directory.models import (
    DataOrigin,
    Location,
    Organization,
    OrganizationKind,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    SpokenLanguage,
    StepFreeAccess,
    TaxonomyTerm,
)

from .bulk import BATCH, chunks, planner_statistics_refresh
from .events import synthetic_events_delete

BASE_CATEGORIES = {
    "community-care": "Aide de proximité",
    "web-cafe": "Web café",
    "digital-inclusion": "Inclusion numérique",
    "environment": "Environnement",
    "gardening": "Jardinage",
}
ACTIVITIES = {
    "community-care": ["Aide à domicile", "Courses solidaires", "Petits travaux", "Accompagnement"],
    "web-cafe": ["Web café", "Internetstuff", "Atelier numérique"],
    "digital-inclusion": ["Aide smartphone", "Démarches en ligne"],
    "environment": ["Équipe environnement", "Entretien des sentiers", "Équipe nature"],
    "gardening": ["Service jardin", "Jardin partagé"],
}
WORDS = [
    "seniors",
    "familles",
    "ordinateur",
    "courses",
    "jardin",
    "vélo",
    "repassage",
    "bricolage",
    "sentiers",
    "compost",
    "tablette",
    "courriel",
    "voisinage",
    "déménagement",
    "haies",
    "recyclage",
    "réparation",
]
STREETS = ["rue de la Gare", "rue Principale", "rue de l'Église", "rue des Écoles", "route de Luxembourg"]


@dataclass
class SyntheticCounts:
    organizations: int
    locations: int
    services: int


def synthetic_directory_delete() -> int:
    """Remove every synthetic record, the synthetic events included; returns the number of services removed."""
    services = Service.objects.filter(data_origin=DataOrigin.SYNTHETIC)
    count = services.count()
    with transaction.atomic():
        synthetic_events_delete()
        for model in (Service, Location, Organization):
            ids = list(model.objects.filter(data_origin=DataOrigin.SYNTHETIC).values_list("pk", flat=True))
            for chunk in chunks(ids):
                model.objects.filter(pk__in=chunk).delete()
    return count


def _terms(locale: Locale) -> dict[str, TaxonomyTerm]:
    terms = {term.code: term for term in TaxonomyTerm.objects.filter(locale=locale, code__in=BASE_CATEGORIES)}
    for code, name in BASE_CATEGORIES.items():
        if code not in terms:
            terms[code] = TaxonomyTerm.objects.create(locale=locale, code=code, name=name)
    return terms


def synthetic_directory_generate(
    *, organizations: int, locations: int, services: int, seed: int = 1, index: bool = True
) -> SyntheticCounts:
    rng = random.Random(seed)
    locale = Locale.get_default()
    communes = list(Commune.objects.select_related("canton").order_by("lau2_code"))
    by_canton: dict[int, list[Commune]] = {}
    for commune in communes:
        by_canton.setdefault(commune.canton_id, []).append(commune)
    languages = list(SpokenLanguage.objects.all())
    base_languages = [language for language in languages if language.code in ("fr", "lb", "de")]
    today = date.today()

    with transaction.atomic():
        terms = _terms(locale)
        organization_rows = []
        for number in range(organizations):
            home = communes[number % len(communes)]
            organization_rows.append(
                Organization(
                    locale=locale,
                    name=f"CIG synthétique {home.name_fr} {number}",
                    kind=rng.choice(OrganizationKind.values),
                    description=f"Organisation synthétique pour les tests de charge ({home.name_fr}).",
                    email=f"org{number}@synthetic.example",
                    phone=f"+352 2{number % 10} {number % 100:02d} {(number // 100) % 100:02d} 00",
                    external_id=f"synthetic-org-{number}",
                    data_origin=DataOrigin.SYNTHETIC,
                    live=True,
                )
            )
        organization_rows = Organization.objects.bulk_create(organization_rows, batch_size=BATCH)
        homes = {org.pk: communes[number % len(communes)] for number, org in enumerate(organization_rows)}

        location_rows = []
        for number in range(locations):
            commune = communes[number % len(communes)]
            location_rows.append(
                Location(
                    locale=locale,
                    name=f"Lieu {number}",
                    address_1=f"{number % 90 + 1}, {STREETS[number % len(STREETS)]}",
                    commune=commune,
                    latitude=commune.latitude + Decimal(rng.randint(-200, 200)) / 10000,
                    longitude=commune.longitude + Decimal(rng.randint(-200, 200)) / 10000,
                    step_free_access=rng.choice(StepFreeAccess.values),
                    external_id=f"synthetic-place-{number}",
                    data_origin=DataOrigin.SYNTHETIC,
                )
            )
        location_rows = Location.objects.bulk_create(location_rows, batch_size=BATCH)
        places_by_commune: dict[int, list[Location]] = {}
        for place in location_rows:
            places_by_commune.setdefault(place.commune_id, []).append(place)

        service_rows, plans = [], []
        codes = list(BASE_CATEGORIES)
        for number in range(services):
            organization = organization_rows[number % len(organization_rows)]
            home = homes[organization.pk]
            code = codes[number % len(codes)]
            words = " ".join(rng.sample(WORDS, 3))
            service_rows.append(
                Service(
                    locale=locale,
                    organization=organization,
                    name=f"{rng.choice(ACTIVITIES[code])} {home.name_fr} {number}",
                    description=f"Service synthétique : {words}.",
                    eligibility_description="Habitants des communes desservies.",
                    is_free=rng.random() < 0.5,
                    status=ServiceStatus.ACTIVE if rng.random() < 0.9 else rng.choice(ServiceStatus.values),
                    last_verified=today - timedelta(days=rng.randint(0, 400)),
                    external_id=f"synthetic-service-{number}",
                    data_origin=DataOrigin.SYNTHETIC,
                    live=True,
                )
            )
            neighbours = by_canton[home.canton_id]
            plans.append(
                {
                    "categories": {code} | ({"digital-inclusion"} if code == "web-cafe" else set()),
                    "areas": {home, *rng.sample(neighbours, min(len(neighbours), rng.randint(0, 3)))},
                    "languages": set(base_languages) | set(rng.sample(languages, rng.randint(0, 2))),
                    "places": rng.sample(places_by_commune.get(home.pk, location_rows[:1]), 1),
                    "hours": [
                        (day, time(rng.choice([8, 9, 13, 14])), time(rng.choice([12, 16, 17, 18])))
                        for day in sorted(rng.sample(range(6), rng.randint(1, 5)))
                    ],
                }
            )
        service_rows = Service.objects.bulk_create(service_rows, batch_size=BATCH)

        through = {name: getattr(Service, name).through for name in ("categories", "service_areas", "languages")}
        category_links, area_links, language_links, links, schedules, phones = [], [], [], [], [], []
        for service, plan in zip(service_rows, plans, strict=True):
            category_links += [
                through["categories"](service=service, taxonomyterm=terms[c]) for c in plan["categories"]
            ]
            area_links += [through["service_areas"](service=service, commune=c) for c in plan["areas"]]
            language_links += [through["languages"](service=service, spokenlanguage=lang) for lang in plan["languages"]]
            links += [ServiceAtLocation(service=service, location=place) for place in plan["places"]]
            schedules += [Schedule(service=service, weekday=d, opens_at=o, closes_at=c) for d, o, c in plan["hours"]]
            phones.append(Phone(service=service, number=service.organization.phone))
        for model, rows in (
            (through["categories"], category_links),
            (through["service_areas"], area_links),
            (through["languages"], language_links),
            (ServiceAtLocation, links),
            (Schedule, schedules),
            (Phone, phones),
        ):
            model.objects.bulk_create(rows, batch_size=BATCH)

    if index:
        for backend in get_search_backends(with_auto_update=True):
            for model, rows in ((Organization, organization_rows), (Service, service_rows)):
                for chunk in chunks(rows):
                    backend.add_bulk(model, list(model.objects.filter(pk__in=[row.pk for row in chunk])))
    planner_statistics_refresh()
    return SyntheticCounts(len(organization_rows), len(location_rows), len(service_rows))
