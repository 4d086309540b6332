"""Directory records as HSDS 3.0 objects.

Identifiers: a translatable record's HSDS ``id`` is its ``translation_key`` (the same in every
language); child records use their own ``uuid``; records HSDS models but the portal stores as
plain relations (service areas, languages, category links, cost options) get a stable UUID derived
from their parts. Empty optional values are left out rather than sent as empty strings.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from django.utils import translation
from wagtail.models import Locale

from ..models import Location, Organization, Service, StepFreeAccess, TaxonomyTerm
from ..models.taxonomy import SPOKEN_LANGUAGES

HSDS_VERSION = "3.0"
NAMESPACE = uuid.UUID("0d5a3c1e-6c1b-5d39-9a8e-2f0b1c4e8a77")
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:cig-directory-categories"))
TAXONOMY_NAME = "CIG directory categories"
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def derived_id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def compact(data: dict) -> dict:
    return {key: value for key, value in data.items() if value not in (None, "")}


@dataclass
class Context:
    """What serialising in one language needs: the locale and the texts of related records in it."""

    locale: Locale
    terms: dict = field(default_factory=dict)
    locations: dict = field(default_factory=dict)

    @classmethod
    def for_services(cls, locale: Locale, services) -> Context:
        location_keys = {
            link.location.translation_key for service in services for link in service.service_at_locations.all()
        }
        return cls(locale=locale, terms=terms_by_key(locale), locations=locations_by_key(locale, location_keys))

    def term(self, term: TaxonomyTerm) -> TaxonomyTerm:
        return self.terms.get(term.translation_key, term)

    def location(self, location: Location) -> Location:
        return self.locations.get(location.translation_key, location)


def terms_by_key(locale: Locale) -> dict:
    return {term.translation_key: term for term in TaxonomyTerm.objects.filter(locale=locale)}


def locations_by_key(locale: Locale, keys) -> dict:
    if not keys:
        return {}
    return {
        location.translation_key: location
        for location in Location.objects.filter(locale=locale, translation_key__in=keys)
    }


def taxonomy() -> dict:
    return {
        "id": TAXONOMY_ID,
        "name": TAXONOMY_NAME,
        "description": "Categories of the services run by Luxembourg's CIGs and their partners.",
        "version": "1",
    }


def taxonomy_term(term: TaxonomyTerm, context: Context) -> dict:
    shown = context.term(term)
    return compact(
        {
            "id": str(term.translation_key),
            "code": term.code,
            "name": shown.name,
            "description": shown.description,
            "parent_id": str(term.parent.translation_key) if term.parent_id else None,
            "taxonomy": TAXONOMY_NAME,
            "taxonomy_id": TAXONOMY_ID,
            "language": context.locale.language_code,
        }
    ) | {"description": shown.description}


def organization_list_item(organization: Organization) -> dict:
    return compact(
        {
            "id": str(organization.translation_key),
            "name": organization.name,
            "alternate_name": organization.alternate_name,
            "description": organization.description,
            "email": organization.email,
            "website": organization.website,
            "legal_status": organization.kind,
        }
    )


def organization_full(organization: Organization, services=()) -> dict:
    data = organization_list_item(organization)
    key = data["id"]
    if organization.phone:
        data["phones"] = [
            {"id": derived_id(key, "phone"), "organization_id": key, "number": organization.phone, "type": "voice"}
        ]
    data["attributes"] = [
        {
            "id": derived_id(key, "kind"),
            "link_id": key,
            "link_entity": "organization",
            "link_type": "organization_kind",
            "taxonomy_term_id": derived_id("organization-kind", organization.kind),
            "taxonomy_term": {
                "id": derived_id("organization-kind", organization.kind),
                "code": organization.kind,
                "name": str(organization.get_kind_display()),
                "description": "",
                "taxonomy": "organization-kind",
            },
        }
    ]
    if services:
        data["services"] = [service_list_item(service) for service in services]
    return data


def service_list_item(service: Service) -> dict:
    return compact(
        {
            "id": str(service.translation_key),
            "organization_id": str(service.organization.translation_key),
            "name": service.name,
            "description": service.description,
            "url": service.url,
            "email": service.email,
            "status": service.status,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "eligibility_description": service.eligibility_description,
            "assured_date": service.last_verified.isoformat() if service.last_verified else None,
            "last_modified": service.updated_at.isoformat(),
        }
    )


def location(place: Location, context: Context) -> dict:
    shown = context.location(place)
    key = str(place.translation_key)
    commune = place.commune
    data = compact(
        {
            "id": key,
            "location_type": "physical",
            "name": shown.name,
            "transportation": shown.transportation,
            "latitude": float(place.latitude) if place.latitude is not None else None,
            "longitude": float(place.longitude) if place.longitude is not None else None,
            "external_identifier": place.external_id,
            "external_identifier_type": "portal" if place.external_id else None,
        }
    )
    data["addresses"] = [
        {
            "id": derived_id(key, "address"),
            "location_id": key,
            "address_1": place.address_1,
            "city": commune.name_fr,
            "region": commune.canton.name_fr,
            "state_province": commune.canton.name_fr,
            "postal_code": place.postal_code,
            "country": "LU",
            "address_type": "physical",
        }
    ]
    if place.step_free_access != StepFreeAccess.UNKNOWN or shown.accessibility_details:
        with translation.override(context.locale.language_code):
            label = str(place.get_step_free_access_display())
        data["accessibility"] = [
            compact(
                {
                    "id": derived_id(key, "accessibility"),
                    "location_id": key,
                    "description": " ".join(filter(None, [label + ".", shown.accessibility_details])),
                    "details": place.step_free_access,
                }
            )
        ]
    return data


def service_full(service: Service, context: Context) -> dict:
    data = service_list_item(service)
    key = data["id"]
    data["organization"] = organization_full(service.organization)
    data["phones"] = [
        {"id": str(phone.uuid), "service_id": key, "number": phone.number, "type": phone.kind}
        for phone in service.phones.all()
    ]
    data["schedules"] = [
        {
            "id": str(slot.uuid),
            "service_id": key,
            "freq": "WEEKLY",
            "wkst": "MO",
            "byday": WEEKDAY_CODES[slot.weekday],
            "opens_at": slot.opens_at.strftime("%H:%M"),
            "closes_at": slot.closes_at.strftime("%H:%M"),
            "description": f"{WEEKDAY_CODES[slot.weekday]} {slot.opens_at:%H:%M}-{slot.closes_at:%H:%M}",
        }
        for slot in service.schedules.all()
    ]
    data["service_areas"] = [
        {
            "id": derived_id(key, "area", commune.lau2_code),
            "service_id": key,
            "name": commune.name_in(context.locale.language_code),
            "extent": commune.lau2_code,
            "extent_type": "lau2",
        }
        for commune in service.service_areas.all()
    ]
    data["languages"] = [
        {
            "id": derived_id(key, "language", language.code),
            "service_id": key,
            "code": language.code,
            "name": _language_name(language.code, context),
        }
        for language in service.languages.all()
    ]
    data["attributes"] = [
        {
            "id": derived_id(key, "category", term.translation_key),
            "link_id": key,
            "link_entity": "service",
            "link_type": "service_category",
            "taxonomy_term_id": str(term.translation_key),
            "taxonomy_term": taxonomy_term(term, context),
        }
        for term in service.categories.all()
    ]
    if service.is_free:
        data["cost_options"] = [
            {"id": derived_id(key, "free"), "service_id": key, "option": "free", "amount": 0, "currency": "EUR"}
        ]
    data["service_at_locations"] = [
        service_at_location(link, service, context) for link in service.service_at_locations.all()
    ]
    return data


def service_at_location(link, service: Service, context: Context, *, with_service: bool = False) -> dict:
    data = {
        "id": str(link.uuid),
        "service_id": str(service.translation_key),
        "location_id": str(link.location.translation_key),
        "location": location(link.location, context),
    }
    if with_service:
        data["service"] = service_list_item(service) | {"organization": organization_list_item(service.organization)}
    return data


def _language_name(code: str, context: Context) -> str:
    with translation.override(context.locale.language_code):
        return str(SPOKEN_LANGUAGES.get(code, code))
