"""Demo directory: 30 CIGs and 70 services over more than 48 communes, in five languages.

Everything is sample data (``DataOrigin.SAMPLE``, and every organisation description says so):
names follow the network's pattern, contact details are fictional (``.example`` addresses,
+352 2X XX XX XX numbers). French records are created and published, then translated into
German, Luxembourgish, English and Portuguese through wagtail-localize. Idempotent: records are found again
by their external id and existing translations are left alone.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, time, timedelta
from decimal import Decimal

from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from modelsearch.backends import get_search_backends
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from demo.services_directory.pages import load_pages
from demo.toolkit import Log, translate
from geography.models import Commune
from geography.reference import postcode_index
from services_directory.models import (
    DataOrigin,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceClosure,
    ServiceStatus,
    SpokenLanguage,
    StepFreeAccess,
    TaxonomyTerm,
)

from . import texts
from .network import organisations

STREETS = ["rue de la Gare", "rue Principale", "rue de l'Église", "rue des Écoles", "route de Luxembourg"]
ACCESS_CYCLE = [StepFreeAccess.YES, StepFreeAccess.YES, StepFreeAccess.PARTIAL, StepFreeAccess.NO]
TEMPORARILY_CLOSED = {"demo-environment-bertrange", "demo-web-strassen"}
HOURS = {
    "care": lambda i: (
        [(d, "08:00", "12:00") for d in range(5)]
        + [(d, "13:00" if i % 2 else "13:30", "16:30" if i % 2 else "17:00") for d in range(5)]
    ),
    "web": lambda i: (
        [(1, "14:00", "18:00"), (3, "14:00", "18:00"), (5, "09:00", "12:00")]
        + ([(4, "18:00", "22:00")] if i % 3 == 0 else [])
    ),
    "environment": lambda i: [(d, "07:30" if i % 2 else "07:00", "15:30" if i % 2 else "15:00") for d in range(5)],
    "garden": lambda i: [(d, "08:00", "16:00") for d in range(4)],
}


def _commune(name: str) -> Commune:
    return Commune.objects.get(name_fr=name)


def _postcode(commune: Commune) -> str:
    codes = sorted(
        code for code, rows in postcode_index().items() if any(r.lau2_code == commune.lau2_code for r in rows)
    )
    return codes[0] if codes else ""


def _phone(number: int, extension: int) -> str:
    return f"+352 2{number % 8 + 1} {(number * 7) % 90 + 10:02d} {(number * 13) % 90 + 10:02d} {extension:02d}"


def _languages(index: int) -> list[str]:
    codes = ["fr", "lb", "de"]
    if index % 2 == 0:
        codes.append("pt")
    if index % 3 == 0:
        codes.append("en")
    if index % 5 == 0:
        codes.append("it")
    if index % 7 == 0:
        codes.append("uk")
    return codes


class _Loader:
    def __init__(self, log: Log):
        self.log = log
        self.locale = Locale.get_default()
        self.languages = {language.code: language for language in SpokenLanguage.objects.all()}
        self.terms: dict[str, TaxonomyTerm] = {}
        self.service_count = 0
        self.created = False

    def terms_load(self):
        for code, data in texts.CATEGORIES.items():
            term = TaxonomyTerm.objects.filter(locale=self.locale, code=code).first()
            if term is None:
                term = TaxonomyTerm.objects.create(
                    locale=self.locale, code=code, name=data["name"].fr, description=data["description"].fr
                )
                self.log(f"  created category “{term.name}”")
                self.created = True
            translate(term, data, log=self.log)
            self.terms[code] = term

    def organization_load(self, index: int, kind: str, name: str, home: Commune) -> Organization:
        slug = slugify(name)
        description = texts.joined(texts.fill(texts.ORGANIZATION_DESCRIPTIONS[kind], home), texts.SAMPLE_NOTE)
        data = {"name": texts.T(name, name, name, name, name), "description": description}
        organization = Organization.objects.filter(locale=self.locale, external_id=f"demo-{slug}").first()
        if organization is None:
            organization = Organization.objects.create(
                locale=self.locale,
                external_id=f"demo-{slug}",
                name=name,
                kind=kind,
                description=description.fr,
                email=f"contact@{slug}.example",
                website=f"https://{slug}.example",
                phone=_phone(index, 0),
                data_origin=DataOrigin.SAMPLE,
                live=True,
            )
            self.log(f"  created organisation “{name}”")
            self.created = True
        translate(organization, data, log=self.log)
        return organization

    def location_load(self, index: int, organization: Organization, commune: Commune) -> Location:
        external_id = f"demo-place-{commune.slug}-{slugify(organization.name)}"
        access = ACCESS_CYCLE[index % len(ACCESS_CYCLE)]
        data = {
            "name": texts.fill(texts.OFFICE, commune, org=organization.name),
            "transportation": texts.TRANSPORT,
            "accessibility_details": texts.ACCESS[access],
        }
        location = Location.objects.filter(locale=self.locale, external_id=external_id).first()
        if location is None:
            offset = Decimal(index % 5 - 2) / Decimal(500)
            location = Location.objects.create(
                locale=self.locale,
                external_id=external_id,
                name=data["name"].fr,
                address_1=f"{index % 40 + 1}, {STREETS[index % len(STREETS)]}",
                postal_code=_postcode(commune),
                commune=commune,
                latitude=commune.latitude + offset,
                longitude=commune.longitude - offset,
                step_free_access=access,
                accessibility_details=data["accessibility_details"].fr,
                transportation=data["transportation"].fr,
                data_origin=DataOrigin.SAMPLE,
            )
            self.created = True
        translate(location, data, log=self.log)
        return location

    def service_load(self, kind: str, organization: Organization, location: Location, served: list[Commune]):
        index = self.service_count
        self.service_count += 1
        commune = location.commune
        template = texts.SERVICE_KINDS[kind]
        data = {
            field: texts.fill(template[field], commune)
            for field in ("name", "description", "eligibility_description", "fees_description", "application_process")
        }
        external_id = f"demo-{kind}-{commune.slug}"
        service = Service.objects.filter(locale=self.locale, external_id=external_id).first()
        if service is None:
            service = Service(
                locale=self.locale,
                external_id=external_id,
                organization=organization,
                is_free=template["is_free"],
                status=ServiceStatus.TEMPORARILY_CLOSED if external_id in TEMPORARILY_CLOSED else ServiceStatus.ACTIVE,
                last_verified=date.today() - timedelta(days=(index * 37) % 330),
                email=f"{kind}@{slugify(organization.name)}.example",
                data_origin=DataOrigin.SAMPLE,
                **{field: text.fr for field, text in data.items()},
            )
            service.categories = [self.terms[code] for code in template["categories"]]
            service.service_areas = served
            service.languages = [self.languages[code] for code in _languages(index)]
            service.service_at_locations = [ServiceAtLocation(location=location)]
            service.schedules = [
                Schedule(weekday=day, opens_at=time.fromisoformat(opens), closes_at=time.fromisoformat(closes))
                for day, opens, closes in HOURS[kind](index)
            ]
            service.phones = [Phone(number=_phone(int(organization.phone[6:8]), index % 90 + 1))]
            if index % 9 == 4:
                christmas = date(date.today().year, 12, 24)
                service.closures = [ServiceClosure(start_date=christmas, end_date=christmas + timedelta(days=8))]
            service.live = True
            service.save()
            self.log(f"  created service “{service.name}”")
            self.created = True
        translate(service, data, log=self.log)


SEARCHABLE = (Organization, Service)


@contextmanager
def _indexing_deferred():
    """No background task per save (with the immediate task backend, each is its own commit)."""
    for model in SEARCHABLE:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in SEARCHABLE:
            post_save.connect(post_save_signal_handler, sender=model)


def _index(log: Log) -> None:
    for model in SEARCHABLE:
        records = list(model.objects.filter(data_origin=DataOrigin.SAMPLE))
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, records)
    for model in (*SEARCHABLE, Location, TaxonomyTerm):
        for record in model.objects.all():
            ReferenceIndex.create_or_update_for_object(record)
    log("  indexed the directory for search")


def load(*, log: Log) -> None:
    with transaction.atomic(), _indexing_deferred():
        loader = _Loader(log)
        loader.terms_load()
        place_index = 0
        for index, (kind, name, home, services) in enumerate(organisations()):
            organization = loader.organization_load(index, kind, name, _commune(home))
            places: dict[str, Location] = {}
            for service_kind, where, served in services:
                if where not in places:
                    places[where] = loader.location_load(place_index, organization, _commune(where))
                    place_index += 1
                loader.service_load(service_kind, organization, places[where], [_commune(c) for c in served])
        if loader.created:
            _index(log)
    # The directory's page comes with the records, before the home page collects its entry points.
    load_pages(log=log)
