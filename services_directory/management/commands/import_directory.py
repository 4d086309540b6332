from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from services_directory.importers import CREATED, UNCHANGED, UPDATED, directory_import


class Command(BaseCommand):
    help = (
        "Import organisations, places and services from the CSV template "
        "(services_directory/import_template.csv) or HSDS 3.0 JSON. Nothing is written if any row is invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="Show what would change, write nothing.")
        parser.add_argument("--skip-invalid", action="store_true", help="Import the valid rows, skip the others.")

    def handle(self, *args, file: Path, dry_run: bool, skip_invalid: bool, **options):
        if not file.is_file():
            raise CommandError(f"{file}: no such file.")
        report = directory_import(name=file.name, content=file.read_bytes(), dry_run=dry_run, skip_invalid=skip_invalid)
        for problem in report.problems:
            self.stderr.write(f"{file.name}: {problem}")
        if report.problems and not skip_invalid:
            raise CommandError(f"{len(report.problems)} problem(s) found: nothing imported.")
        outcome = report.outcome
        for change in outcome.changes:
            if change.action == UPDATED and options["verbosity"] > 1:
                self.stdout.write(f"  updated {change.kind} {change.external_id}: {', '.join(change.fields)}")
        for kind in ("organisation", "place", "service"):
            self.stdout.write(
                f"{kind}s: {outcome.count(kind, CREATED)} created, {outcome.count(kind, UPDATED)} updated, "
                f"{outcome.count(kind, UNCHANGED)} unchanged"
            )
        if dry_run:
            self.stdout.write("Dry run: nothing was written.")
