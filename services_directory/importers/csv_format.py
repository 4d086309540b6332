"""The CSV template (services_directory/import_template.csv): one row per service.

Lists inside a cell are separated by semicolons. See docs in the README ("Importing the directory").
"""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _

from ..models import OrganizationKind, ServiceStatus, StepFreeAccess
from . import records as r

COLUMNS = [
    "organization_id",
    "organization_name",
    "organization_kind",
    "organization_description",
    "organization_email",
    "organization_phone",
    "organization_website",
    "service_id",
    "service_name",
    "description",
    "eligibility_description",
    "fees_description",
    "is_free",
    "application_process",
    "categories",
    "service_area",
    "languages",
    "status",
    "last_verified",
    "email",
    "url",
    "phones",
    "hours",
    "location_id",
    "location_name",
    "address",
    "postal_code",
    "commune",
    "latitude",
    "longitude",
    "step_free_access",
]
REQUIRED_COLUMNS = {"organization_id", "organization_name", "service_id", "service_name", "description"}


def split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def read_csv(text: str) -> tuple[list[r.ServiceRecord], list[r.RecordProblem]]:
    """Records and problems of a CSV file in the template's format (first line: column names)."""
    header_line = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [name.strip() for name in (reader.fieldnames or [])]
    missing = sorted(REQUIRED_COLUMNS - set(header))
    if missing:
        return [], [r.RecordProblem(1, _("missing column(s): %(columns)s.") % {"columns": ", ".join(missing)})]
    unknown = sorted(set(header) - set(COLUMNS))
    if unknown:
        return [], [r.RecordProblem(1, _("unknown column(s): %(columns)s.") % {"columns": ", ".join(unknown)})]
    records, problems = [], []
    for row in reader:
        line = reader.line_num
        row = {(key or "").strip(): (value or "").strip() for key, value in row.items() if key}
        if not any(row.values()):
            continue
        try:
            records.append(record_from_row(row, line))
        except r.RecordError as error:
            problems.extend(r.RecordProblem(line, message) for message in error.messages)
    problems.extend(r.check_consistency(records))
    return records, sorted(problems, key=lambda problem: problem.line)


def record_from_row(row: dict[str, str], line: int) -> r.ServiceRecord:
    """The row's service, or a ``RecordError`` with every problem of the row."""
    check = r.RecordChecks()
    organization = r.OrganizationData(
        external_id=check(r.required, row.get("organization_id"), "organization_id"),
        name=check(r.required, row.get("organization_name"), "organization_name"),
        description=row.get("organization_description", ""),
        kind=check(
            r.choice, row.get("organization_kind"), OrganizationKind, "organization_kind", OrganizationKind.LOCAL
        ),
        email=check(r.email, row.get("organization_email"), "organization_email"),
        phone=check(r.phone, row.get("organization_phone")),
        website=check(r.url, row.get("organization_website"), "organization_website"),
    )
    if not organization.description:
        organization.description = organization.name
    locations = []
    if row.get("address") or row.get("location_id"):
        locations.append(
            r.LocationData(
                external_id=check(r.required, row.get("location_id"), "location_id"),
                name=check(r.required, row.get("location_name"), "location_name"),
                address_1=check(r.required, row.get("address"), "address"),
                commune=check(lambda: r.commune(r.required(row.get("commune"), "commune"))),
                postal_code=check(_postcode, row.get("postal_code", "")),
                latitude=check(r.coordinate, row.get("latitude"), "latitude", "49.4", "50.2"),
                longitude=check(r.coordinate, row.get("longitude"), "longitude", "5.7", "6.6"),
                step_free_access=check(
                    r.choice, row.get("step_free_access"), StepFreeAccess, "step_free_access", StepFreeAccess.UNKNOWN
                ),
            )
        )
    record = r.ServiceRecord(
        line=line,
        external_id=check(r.required, row.get("service_id"), "service_id"),
        name=check(r.required, row.get("service_name"), "service_name"),
        description=check(r.required, row.get("description"), "description"),
        organization=organization,
        eligibility_description=row.get("eligibility_description", ""),
        fees_description=row.get("fees_description", ""),
        application_process=row.get("application_process", ""),
        is_free=check(r.boolean, row.get("is_free"), "is_free"),
        status=check(r.choice, row.get("status"), ServiceStatus, "status", ServiceStatus.ACTIVE),
        last_verified=check(r.iso_date, row.get("last_verified"), "last_verified"),
        email=check(r.email, row.get("email"), "email"),
        url=check(r.url, row.get("url"), "url"),
        categories=check(r.category_codes, split(row.get("categories"))),
        service_areas=[check(r.commune, name) for name in split(row.get("service_area"))],
        languages=check(r.language_codes, split(row.get("languages"))),
        phones=[(check(r.phone, number), "voice") for number in split(row.get("phones"))],
        hours=check(r.hours, row.get("hours", "")),
        locations=locations,
    )
    check.done()
    return record


def _postcode(value: str) -> str:
    digits = value.upper().removeprefix("L-").removeprefix("L").strip()
    if digits and not (digits.isdigit() and len(digits) == 4):
        raise r.RecordError(_("“%(value)s” is not a Luxembourg postcode (four digits).") % {"value": value})
    return digits
