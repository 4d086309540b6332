"""Spreadsheet cells that open cleanly: text a visitor typed never runs as a formula, ordinary values stay as typed.

XLSX cells are written as text (never as formulas, with the "Text" number format), so no prefix is
needed and "+352 26 12 34 56" or "=1+1" show exactly as typed. CSV has no types: a cell gets a
leading apostrophe only where a spreadsheet would evaluate it, that is when it starts with "=", "@",
a tab or a carriage return, or with "+" or "-" followed by something other than a number or a
phone number ("-12.5" and "+352 621 123 456" are left alone, "+HYPERLINK(...)" and "-1+cmd|..." are not).
"""

from __future__ import annotations

import re

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "@", "\t", "\r")
# A sign followed by a number or a phone number (digits, spaces, brackets, dots, slashes, hyphens).
SIGNED_NUMBER = re.compile(r"[+-](?:\(?\d[\d\s()./-]*)?")
TEXT_FORMAT = "@"


def csv_cell(value) -> str:
    """The value as CSV text that a spreadsheet shows and never evaluates."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) or (text.startswith(("+", "-")) and not SIGNED_NUMBER.fullmatch(text)):
        return "'" + text
    return text


def xlsx_text_cell(worksheet, value) -> WriteOnlyCell:
    """A cell of a write-only worksheet holding ``value`` as text, typed as text.

    Characters XLSX cannot hold (control characters other than tab and line breaks) are left out.
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", "" if value is None else str(value))
    cell = WriteOnlyCell(worksheet, value=text)
    cell.data_type = "s"
    cell.number_format = TEXT_FORMAT
    return cell


class SafeCsvExportMixin(SpreadsheetExportMixin):
    """Wagtail's CSV and XLSX export with the CSV text neutralised like ``csv_cell`` (Wagtail's XLSX is typed)."""

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        str: {SpreadsheetExportMixin.FORMAT_CSV: csv_cell},
    }
