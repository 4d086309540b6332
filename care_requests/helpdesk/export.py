"""The queue as CSV or XLSX. Nothing runs as a formula; phone numbers come out as typed (portal.spreadsheets)."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from openpyxl import Workbook

from portal.spreadsheets import csv_cell, xlsx_text_cell

from ..models import CareRequest


def rows(requests: list[CareRequest]):
    yield [
        _("Reference"),
        _("Kind"),
        _("Submitted"),
        _("Status"),
        _("Reason for closing"),
        _("Commune"),
        _("Canton"),
        _("Kind of help"),
        _("Organisations"),
        _("No local service"),
        _("Assigned to"),
        _("Name"),
        _("Phone"),
        _("Email"),
        _("Preferred language"),
        _("Description"),
        _("Availability"),
        _("First contact"),
        _("Closed"),
    ]
    for r in requests:
        yield [
            r.reference,
            r.get_kind_display(),
            _when(r.submitted_at),
            r.get_status_display(),
            r.get_close_reason_display(),
            r.commune.name_fr if r.commune else "",
            r.commune.canton.name_fr if r.commune else "",
            r.get_help_kind_display(),
            ", ".join(org.name for org in r.organisations.all()),
            _("yes") if r.no_local_service else "",
            r.assignee.get_username() if r.assignee else "",
            r.name,
            r.phone,
            r.email,
            r.get_contact_language_display(),
            r.description,
            r.availability,
            _when(r.first_contact_at),
            _when(r.closed_at),
        ]


def _when(value) -> str:
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def export_response(requests: list[CareRequest], file_format: str) -> HttpResponse:
    stamp = timezone.localdate().isoformat()
    if file_format == "xlsx":
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("Care requests")
        for row in rows(requests):
            sheet.append([xlsx_text_cell(sheet, cell) for cell in row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        )
    else:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        for row in rows(requests):
            writer.writerow([csv_cell(cell) for cell in row])
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="care-requests-{stamp}.{file_format}"'
    patch_cache_control(response, no_store=True, private=True)
    return response
