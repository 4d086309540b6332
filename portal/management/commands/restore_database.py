import tarfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.backups import BackupError, database_describe, database_restore, media_unpack
from portal.caching import invalidate_everything


class Command(BaseCommand):
    help = (
        "Restore a backup_database dump into the configured PostgreSQL database, replacing its tables, "
        "and optionally unpack a media tarball into MEDIA_ROOT. Then run migrate and update_index."
    )

    def add_arguments(self, parser):
        parser.add_argument("dump", type=Path, help="A dump written by backup_database (pg_dump custom format).")
        parser.add_argument("--media", type=Path, help="A media .tar.gz written by backup_database --media.")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")

    def handle(self, *args, dump: Path, media: Path | None = None, interactive: bool = True, **options):
        if not dump.is_file():
            raise CommandError(f"No dump at {dump}.")
        try:
            target = database_describe()
            if interactive:
                answer = input(f"This replaces every table of the database {target}. Type 'yes' to go on: ")
                if answer.strip().lower() != "yes":
                    raise CommandError("Restore cancelled.")
            database_restore(dump=dump)
        except BackupError as error:
            raise CommandError(f"{error} The database is unchanged.") from error
        self.stdout.write(f"Database {target} restored from {dump}.")
        try:
            if media:
                try:
                    count = media_unpack(archive=media)
                except (OSError, tarfile.TarError) as error:
                    raise CommandError(f"The media were not restored (the database was): {error}") from error
                self.stdout.write(f"{count} media file(s) restored.")
        finally:
            # The restore wrote behind Django's back: nothing cached before it describes the site now.
            invalidate_everything()
        self.stdout.write("Next: manage.py migrate, then manage.py update_index.")
