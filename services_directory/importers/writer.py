"""Writing validated records into the directory, keyed by external id, in the source language.

A record whose values equal what is stored changes nothing (no save, no revision), so importing
the same file twice leaves the directory as it was. Organisations and services are published with
a revision, as an editor would; their translations get the new facts when the service is published.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.db import transaction
from wagtail.models import Locale

from portal.caching import invalidation_batch

from ..models import (
    DataOrigin,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
)
from .records import LocationData, OrganizationData, ServiceRecord

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


@dataclass(frozen=True)
class Change:
    kind: str
    external_id: str
    name: str
    action: str
    fields: tuple[str, ...] = ()


@dataclass
class ImportOutcome:
    changes: list[Change] = field(default_factory=list)

    def count(self, kind: str, action: str) -> int:
        return sum(1 for change in self.changes if change.kind == kind and change.action == action)

    @property
    def changed(self) -> bool:
        return any(change.action != UNCHANGED for change in self.changes)


def _find(model, locale, external_id: str):
    """The record with this external id, or whose HSDS id (translation key) it is, as the portal exports them."""
    found = model.objects.filter(locale=locale, external_id=external_id).first()
    if found is None:
        try:
            key = uuid.UUID(external_id)
        except ValueError:
            return None
        found = model.objects.filter(locale=locale, translation_key=key).first()
    return found


def _differences(instance, values: dict) -> list[str]:
    return [name for name, value in values.items() if getattr(instance, name) != value]


def _publish(instance, user) -> None:
    instance.save_revision(user=user, log_action=True).publish(user=user, skip_permission_checks=True)


class _Writer:
    def __init__(self, user):
        self.user = user
        self.locale = Locale.get_default()
        self.outcome = ImportOutcome()
        self.organizations: dict[str, Organization] = {}
        self.locations: dict[str, Location] = {}
        self.terms = {term.code: term for term in TaxonomyTerm.objects.filter(locale=self.locale)}
        self.languages = {language.code: language for language in SpokenLanguage.objects.all()}

    def record(self, kind, external_id, name, action, fields=()):
        self.outcome.changes.append(Change(kind, external_id, name, action, tuple(fields)))

    def organization(self, data: OrganizationData) -> Organization:
        if data.external_id in self.organizations:
            return self.organizations[data.external_id]
        values = {
            "name": data.name,
            "description": data.description,
            "kind": data.kind,
            "email": data.email,
            "phone": data.phone,
            "website": data.website,
        }
        organization = _find(Organization, self.locale, data.external_id)
        if organization is None:
            organization = Organization(
                locale=self.locale, external_id=data.external_id, data_origin=DataOrigin.IMPORT, **values
            )
            organization.save()
            _publish(organization, self.user)
            self.record("organisation", data.external_id, data.name, CREATED)
        else:
            changed = _differences(organization, values)
            if changed:
                for name in changed:
                    setattr(organization, name, values[name])
                _publish(organization, self.user)
            self.record("organisation", data.external_id, data.name, UPDATED if changed else UNCHANGED, changed)
        self.organizations[data.external_id] = organization
        return organization

    def location(self, data: LocationData) -> Location:
        if data.external_id in self.locations:
            return self.locations[data.external_id]
        values = {
            "name": data.name,
            "address_1": data.address_1,
            "postal_code": data.postal_code,
            "commune_id": data.commune.pk,
            "latitude": data.latitude,
            "longitude": data.longitude,
            "step_free_access": data.step_free_access,
        }
        location = _find(Location, self.locale, data.external_id)
        if location is None:
            location = Location.objects.create(
                locale=self.locale, external_id=data.external_id, data_origin=DataOrigin.IMPORT, **values
            )
            self.record("place", data.external_id, data.name, CREATED)
        else:
            changed = _differences(location, values)
            if changed:
                for name in changed:
                    setattr(location, name, values[name])
                location.save()
            self.record("place", data.external_id, data.name, UPDATED if changed else UNCHANGED, changed)
        self.locations[data.external_id] = location
        return location

    def service(self, record: ServiceRecord) -> Service:
        organization = self.organization(record.organization)
        locations = [self.location(location) for location in record.locations]
        values = {
            "organization_id": organization.pk,
            "name": record.name,
            "description": record.description,
            "eligibility_description": record.eligibility_description,
            "fees_description": record.fees_description,
            "application_process": record.application_process,
            "is_free": record.is_free,
            "status": record.status,
            "last_verified": record.last_verified,
            "email": record.email,
            "url": record.url,
        }
        facts = {
            "categories": sorted(record.categories),
            "service_areas": sorted(commune.pk for commune in record.service_areas),
            "languages": sorted(record.languages),
            "phones": [(number, kind) for number, kind in record.phones],
            "schedules": sorted(record.hours),
            "service_at_locations": [location.pk for location in locations],
        }
        service = _find(Service, self.locale, record.external_id)
        created = service is None
        if created:
            service = Service(
                locale=self.locale, external_id=record.external_id, data_origin=DataOrigin.IMPORT, **values
            )
            changed = list(facts)
        else:
            changed = _differences(service, values) + [
                name for name, value in _current_facts(service).items() if facts[name] != value
            ]
            for name in changed:
                if name in values:
                    setattr(service, name, values[name])
        if changed:
            self._set_facts(service, record, locations, [name for name in changed if name in facts])
            service.save()
            _publish(service, self.user)
        action = CREATED if created else UPDATED if changed else UNCHANGED
        self.record("service", record.external_id, record.name, action, () if created else changed)
        return service

    def _set_facts(self, service, record, locations, names):
        setters = {
            "categories": lambda: [self.terms[code] for code in record.categories],
            "service_areas": lambda: list(record.service_areas),
            "languages": lambda: [self.languages[code] for code in record.languages],
            "phones": lambda: [Phone(number=number, kind=kind) for number, kind in record.phones],
            "schedules": lambda: [Schedule(weekday=d, opens_at=o, closes_at=c) for d, o, c in record.hours],
            "service_at_locations": lambda: [ServiceAtLocation(location=location) for location in locations],
        }
        for name in names:
            setattr(service, name, setters[name]())


def _current_facts(service: Service) -> dict:
    return {
        "categories": sorted(term.code for term in service.categories.all()),
        "service_areas": sorted(commune.pk for commune in service.service_areas.all()),
        "languages": sorted(language.code for language in service.languages.all()),
        "phones": [(phone.number, phone.kind) for phone in service.phones.all()],
        "schedules": sorted((s.weekday, s.opens_at, s.closes_at) for s in service.schedules.all()),
        "service_at_locations": [link.location_id for link in service.service_at_locations.all()],
    }


def directory_records_write(*, records: list[ServiceRecord], user=None, dry_run: bool = False) -> ImportOutcome:
    """Create or update what ``records`` describe; with ``dry_run``, report the changes and roll back."""
    with invalidation_batch(), transaction.atomic():
        writer = _Writer(user)
        for record in records:
            writer.service(record)
        if dry_run:
            transaction.set_rollback(True)
    return writer.outcome
