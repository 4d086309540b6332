"""HSDS 3.0 JSON: a list of services, a single service or an API page (``contents``).

Each service carries its organisation, service areas, languages, phones, schedules (weekly
``byday`` + ``opens_at``/``closes_at``), service_at_locations with their location and address,
and its categories as ``attributes`` whose ``taxonomy_term.code`` is one of the directory's codes
(the shape the portal's own API, /api/hsds/services, produces). HSDS ids become external ids.
"""

from __future__ import annotations

import json

from django.utils.translation import gettext as _

from ..models import OrganizationKind, ServiceStatus, StepFreeAccess
from . import records as r

ORGANIZATION_KIND_TAXONOMY = "organization-kind"


def read_json(text: str) -> tuple[list[r.ServiceRecord], list[r.RecordProblem]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return [], [r.RecordProblem(error.lineno, _("not valid JSON: %(error)s.") % {"error": error.msg})]
    if isinstance(data, dict):
        data = data.get("contents", [data])
    if not isinstance(data, list):
        return [], [r.RecordProblem(1, _("expected a list of HSDS services."))]
    records, problems = [], []
    for position, item in enumerate(data, start=1):
        try:
            if not isinstance(item, dict):
                raise r.RecordError(_("a service must be a JSON object."))
            records.append(record_from_service(item, position))
        except r.RecordError as error:
            problems.extend(r.RecordProblem(position, message, unit="record") for message in error.messages)
    problems.extend(r.check_consistency(records, unit="record"))
    return records, sorted(problems, key=lambda problem: problem.line)


def _text(data: dict, key: str) -> str:
    value = data.get(key)
    return value.strip() if isinstance(value, str) else ""


def record_from_service(service: dict, position: int) -> r.ServiceRecord:
    """The service, or a ``RecordError`` with every problem found in it."""
    check = r.RecordChecks()
    organization = service.get("organization") or {}
    if not isinstance(organization, dict) or not organization:
        raise r.RecordError(_("the service has no organization."))
    phones = [p for p in organization.get("phones") or [] if isinstance(p, dict)]
    kind_codes = [
        (attribute.get("taxonomy_term") or {}).get("code")
        for attribute in organization.get("attributes") or []
        if isinstance(attribute, dict)
    ]
    kind = next((code for code in kind_codes if code in OrganizationKind.values), OrganizationKind.LOCAL)
    organization_data = r.OrganizationData(
        external_id=check(r.required, organization.get("id"), "organization.id"),
        name=check(r.required, organization.get("name"), "organization.name"),
        description=_text(organization, "description") or _text(organization, "name"),
        kind=kind,
        email=check(r.email, _text(organization, "email"), "organization.email"),
        phone=check(r.phone, _text(phones[0], "number")) if phones else "",
        website=check(r.url, _text(organization, "website"), "organization.website"),
    )
    categories = [
        (attribute.get("taxonomy_term") or {}).get("code") or ""
        for attribute in service.get("attributes") or []
        if isinstance(attribute, dict)
    ]
    record = r.ServiceRecord(
        line=position,
        external_id=check(r.required, service.get("id"), "id"),
        name=check(r.required, service.get("name"), "name"),
        description=check(r.required, service.get("description"), "description"),
        organization=organization_data,
        eligibility_description=_text(service, "eligibility_description"),
        fees_description=_text(service, "fees_description"),
        application_process=_text(service, "application_process"),
        is_free=any(
            isinstance(option, dict) and option.get("amount") == 0 for option in service.get("cost_options") or []
        ),
        status=check(r.choice, _text(service, "status"), ServiceStatus, "status", ServiceStatus.ACTIVE),
        last_verified=check(r.iso_date, _text(service, "assured_date"), "assured_date"),
        email=check(r.email, _text(service, "email"), "email"),
        url=check(r.url, _text(service, "url"), "url"),
        categories=check(r.category_codes, categories),
        service_areas=[check(_service_area, area) for area in service.get("service_areas") or []],
        languages=check(r.language_codes, [_text(language, "code") for language in service.get("languages") or []]),
        phones=[
            (
                check(_phone_number, phone),
                r.phone_kind(_text(phone, "type")),
            )
            for phone in service.get("phones") or []
        ],
        hours=sorted(slot for schedule in service.get("schedules") or [] for slot in check(_schedule, schedule) or []),
        locations=[check(_location, link.get("location") or {}) for link in service.get("service_at_locations") or []],
    )
    check.done()
    return record


def _phone_number(phone: dict) -> str:
    return r.phone(r.required(phone.get("number"), "phones.number"))


def _service_area(area: dict):
    return r.commune(_text(area, "extent") or r.required(area.get("name"), "service_areas.name"))


def _schedule(schedule: dict):
    if _text(schedule, "freq").upper() not in ("", "WEEKLY"):
        raise r.RecordError(_("only weekly schedules can be imported."))
    opens, closes = r.required(schedule.get("opens_at"), "opens_at"), r.required(schedule.get("closes_at"), "closes_at")
    days = [day.strip() for day in r.required(schedule.get("byday"), "byday").split(",")]
    return r.hours("; ".join(f"{day[:2]} {opens[:5]}-{closes[:5]}" for day in days))


def _location(location: dict) -> r.LocationData:
    check = r.RecordChecks()
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    address = next((a for a in addresses if a.get("address_type") == "physical"), addresses[0] if addresses else {})
    accessibility = [a for a in location.get("accessibility") or [] if isinstance(a, dict)]
    step_free = _text(accessibility[0], "details") if accessibility else ""
    found = r.LocationData(
        external_id=check(r.required, location.get("id"), "location.id"),
        name=check(r.required, location.get("name"), "location.name"),
        address_1=check(r.required, address.get("address_1"), "address_1"),
        commune=check(lambda: r.commune(r.required(address.get("city"), "city"))),
        postal_code=_text(address, "postal_code").upper().removeprefix("L-"),
        latitude=check(r.coordinate, location.get("latitude"), "latitude", "49.4", "50.2"),
        longitude=check(r.coordinate, location.get("longitude"), "longitude", "5.7", "6.6"),
        step_free_access=step_free if step_free in StepFreeAccess.values else StepFreeAccess.UNKNOWN,
    )
    check.done()
    return found
