from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, database_describe, database_dump, media_archive


class Command(BaseCommand):
    help = "Back up the PostgreSQL database with pg_dump (custom format) and, optionally, the media folder."

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, type=Path, help="The dump file to write, e.g. portal.dump.")
        parser.add_argument("--media", type=Path, help="Also pack MEDIA_ROOT into this .tar.gz file.")

    def handle(self, *args, output: Path, media: Path | None = None, **options):
        try:
            database_dump(output=output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Database {database_describe()} saved to {output} ({output.stat().st_size} bytes).")
        if media:
            count = media_archive(output=media)
            self.stdout.write(f"{count} media file(s) saved to {media}.")
