"""The API's data as CSV. Services use the import template's columns, so an export imports back."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

from portal.spreadsheets import csv_cell

from ..importers.csv_format import COLUMNS
from .serializers import WEEKDAY_CODES


def response(rows: list[dict], *, filename: str) -> HttpResponse:
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: csv_cell(value) for key, value in row.items()} for row in rows)
    reply = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    reply["Content-Disposition"] = f'attachment; filename="{filename}"'
    return reply


def flatten(data: dict, prefix: str = "") -> dict:
    """The scalar values of an HSDS object, nested objects as ``parent.field`` columns; lists left out."""
    row = {}
    for key, value in data.items():
        if isinstance(value, dict):
            row.update(flatten(value, f"{prefix}{key}."))
        elif not isinstance(value, list):
            row[f"{prefix}{key}"] = value
    return row


def service_rows(services) -> list[dict]:
    rows = []
    for service in services:
        organization = service.organization
        links = list(service.service_at_locations.all())
        place = links[0].location if links else None
        row = {
            "organization_id": organization.external_id or str(organization.translation_key),
            "organization_name": organization.name,
            "organization_kind": organization.kind,
            "organization_description": organization.description,
            "organization_email": organization.email,
            "organization_phone": organization.phone,
            "organization_website": organization.website,
            "service_id": service.external_id or str(service.translation_key),
            "service_name": service.name,
            "description": service.description,
            "eligibility_description": service.eligibility_description,
            "fees_description": service.fees_description,
            "is_free": "yes" if service.is_free else "no",
            "application_process": service.application_process,
            "categories": ";".join(sorted(term.code for term in service.categories.all())),
            "service_area": ";".join(sorted(commune.lau2_code for commune in service.service_areas.all())),
            "languages": ";".join(sorted(language.code for language in service.languages.all())),
            "status": service.status,
            "last_verified": service.last_verified.isoformat() if service.last_verified else "",
            "email": service.email,
            "url": service.url,
            "phones": ";".join(phone.number for phone in service.phones.all()),
            "hours": ";".join(
                f"{WEEKDAY_CODES[slot.weekday].title()} {slot.opens_at:%H:%M}-{slot.closes_at:%H:%M}"
                for slot in service.schedules.all()
            ),
        }
        if place is not None:
            row |= {
                "location_id": place.external_id or str(place.translation_key),
                "location_name": place.name,
                "address": place.address_1,
                "postal_code": place.postal_code,
                "commune": place.commune.lau2_code,
                "latitude": place.latitude if place.latitude is not None else "",
                "longitude": place.longitude if place.longitude is not None else "",
                "step_free_access": place.step_free_access,
            }
        rows.append({column: row.get(column, "") for column in COLUMNS})
    return rows
