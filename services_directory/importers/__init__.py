"""Importing the directory from the CSV template or HSDS 3.0 JSON.

``directory_import`` reads the whole file first. Every invalid row is reported with its line;
unless ``skip_invalid`` is given, nothing is written when any row is invalid. Records are keyed
by their external id, so importing the same file again changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from .csv_format import COLUMNS, read_csv
from .hsds_json import read_json
from .records import RecordProblem
from .writer import CREATED, UNCHANGED, UPDATED, Change, ImportOutcome, directory_records_write

__all__ = [
    "COLUMNS",
    "CREATED",
    "UNCHANGED",
    "UPDATED",
    "Change",
    "ImportReport",
    "directory_import",
    "read_records",
]


@dataclass
class ImportReport:
    problems: list[RecordProblem] = field(default_factory=list)
    outcome: ImportOutcome = field(default_factory=ImportOutcome)
    written: bool = False
    record_count: int = 0


def read_records(*, name: str, content: bytes):
    """Records and problems of a file, by its extension (.json for HSDS, anything else for CSV)."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [RecordProblem(1, _("the file is not UTF-8 text."))]
    if name.lower().endswith(".json") or text.lstrip().startswith(("[", "{")):
        return read_json(text)
    return read_csv(text)


def directory_import(
    *, name: str, content: bytes, user=None, dry_run: bool = False, skip_invalid: bool = False
) -> ImportReport:
    records, problems = read_records(name=name, content=content)
    report = ImportReport(problems=problems, record_count=len(records))
    if problems and not skip_invalid:
        return report
    invalid_lines = {problem.line for problem in problems}
    valid = [record for record in records if record.line not in invalid_lines]
    report.outcome = directory_records_write(records=valid, user=user, dry_run=dry_run)
    report.written = not dry_run
    return report
