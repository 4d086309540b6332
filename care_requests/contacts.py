"""Who will call the resident back: shown on the confirmation page of a care request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.conf import settings

from home.models import SiteSettings
from services_directory.hours import DayHours, week_hours
from services_directory.models import Service
from services_directory.selectors import COMMUNITY_CARE

if TYPE_CHECKING:
    from care_requests.models.requests import CareRequest


@dataclass
class CareContact:
    name: str
    phones: list[str]
    email: str
    week: list[DayHours]  # the days it opens, in order; empty when it has no fixed hours


def care_contacts(care_request: CareRequest) -> list[CareContact]:
    """The organisations the request was sent to, named in the active language where a published
    translation exists, each with the phone numbers and weekly hours of its community-care service
    for the request's commune."""
    contacts = []
    for organisation in care_request.organisations.all().order_by("name", "pk"):
        services = Service.objects.filter(
            organization=organisation,
            live=True,
            categories__code=COMMUNITY_CARE,
            service_areas=care_request.commune_id,
        ).prefetch_related("phones", "schedules")[:1]
        service = next(iter(services), None)
        localized = organisation.localized
        phones = [phone.number for phone in service.phones.all()] if service else []
        if not phones and organisation.phone:
            phones = [organisation.phone]
        week = [day for day in week_hours(list(service.schedules.all())) if day.slots] if service is not None else []
        contacts.append(CareContact(name=localized.name, phones=phones, email=organisation.email, week=week))
    return contacts


def helpdesk_contact(request) -> CareContact:
    """The helpdesk (the site's contact settings), who calls back when no CIG serves the commune."""
    site_settings = SiteSettings.for_request(request)
    return CareContact(
        name=site_settings.organisation_name,
        phones=[site_settings.phone] if site_settings.phone else [],
        email=site_settings.email or settings.HELPDESK_EMAIL,
        week=[],
    )
