"""schema.org ``Event`` descriptions (JSON-LD) for the event pages."""

from __future__ import annotations

from django.utils.safestring import SafeString

from services_directory.hours import LUXEMBOURG
from services_directory.structured_data import json_ld

from .models import Event, Occurrence


def event_json_ld(event: Event, *, sessions: list[Occurrence], url: str, language: str) -> SafeString:
    data = []
    for session in sessions:
        item = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "description": event.description,
            "url": url,
            "inLanguage": event.session_languages or [language],
            "startDate": session.starts_at.astimezone(LUXEMBOURG).isoformat(),
            "endDate": session.ends_at.astimezone(LUXEMBOURG).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "organizer": {"@type": "Organization", "name": event.organization.name},
            "isAccessibleForFree": event.is_free,
        }
        if not event.is_free:
            item["offers"] = {"@type": "Offer", "price": str(event.price), "priceCurrency": "EUR", "url": url}
        if event.location:
            location = event.location
            item["location"] = {
                "@type": "Place",
                "name": location.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": location.address_1,
                    "postalCode": location.postal_code,
                    "addressLocality": str(location.commune) if location.commune_id else "",
                    "addressCountry": "LU",
                },
            }
        data.append(item)
    return json_ld(data[0] if len(data) == 1 else data)
