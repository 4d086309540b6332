"""schema.org descriptions of directory records, for search engines and assistive tools (JSON-LD)."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import SafeString, mark_safe

from geography.models import Commune

from .models import Organization, Service

SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
SCHEMA_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def json_ld(data: dict) -> SafeString:
    """``data`` as JSON safe to place inside a <script> element (as Django's json_script escapes it)."""
    return mark_safe(json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308


def service_json_ld(service: Service, *, organization_url: str) -> SafeString:
    """A schema.org ``Service``; ``service`` has its page facts (``with_page_facts``) and is decorated
    by the view (``page_url``, ``places``)."""
    organization = service.organization
    provider = {"@type": "Organization", "name": organization.name, "url": organization_url}
    if organization.phone:
        provider["telephone"] = organization.phone
    if organization.email:
        provider["email"] = organization.email
    channel = {"@type": "ServiceChannel", "serviceUrl": service.page_url}
    phones = [phone.number for phone in service.card_phones]
    if phones:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": phones[0]}
    if service.places:
        place = service.places[0]
        channel["serviceLocation"] = {
            "@type": "Place",
            "name": place.name,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": place.address_1,
                "postalCode": place.postal_code,
                "addressLocality": place.commune.name,
                "addressCountry": "LU",
            },
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Service",
        "name": service.name,
        "description": service.description,
        "url": service.page_url,
        "provider": provider,
        "areaServed": [{"@type": "City", "name": commune.name} for commune in service.fact_areas],
        "availableLanguage": [language.code for language in service.fact_languages],
        "isAccessibleForFree": service.is_free,
        "availableChannel": channel,
        "hoursAvailable": [
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[slot.weekday]}",
                "opens": slot.opens_at.strftime("%H:%M"),
                "closes": slot.closes_at.strftime("%H:%M"),
            }
            for slot in service.card_schedules
        ],
    }
    if service.category_names:
        data["category"] = service.category_names
    if service.email:
        data["email"] = service.email
    return json_ld(data)


def _item_list(items: list[tuple[str, str]]) -> dict:
    return {
        "@type": "ItemList",
        "numberOfItems": len(items),
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "url": url}
            for position, (name, url) in enumerate(items, 1)
        ],
    }


def organization_json_ld(organization: Organization, *, page_url: str, services: list[tuple[str, str]]) -> SafeString:
    """A schema.org ``Organization`` with its services (name, absolute URL) as the catalogue it offers."""
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": organization.name,
        "description": organization.description,
        "url": page_url,
        "address": {"@type": "PostalAddress", "addressCountry": "LU"},
    }
    if organization.phone:
        data["telephone"] = organization.phone
    if organization.email:
        data["email"] = organization.email
    if organization.website.startswith(("https://", "http://")):
        data["sameAs"] = organization.website
    if services:
        data["hasOfferCatalog"] = {"@type": "OfferCatalog", "name": organization.name, **_item_list(services)}
    return json_ld(data)


def commune_json_ld(commune: Commune, *, page_url: str, services: list[tuple[str, str]]) -> SafeString:
    """A schema.org ``CollectionPage`` about the commune (an ``AdministrativeArea``), listing its services."""
    data = {
        "@context": "https://schema.org",
        "@type": "CollectionPage",
        "url": page_url,
        "about": {
            "@type": "AdministrativeArea",
            "name": commune.name,
            "geo": {"@type": "GeoCoordinates", "latitude": commune.latitude, "longitude": commune.longitude},
            "containedInPlace": {"@type": "AdministrativeArea", "name": commune.canton.name},
        },
        "mainEntity": _item_list(services),
    }
    return json_ld(data)
