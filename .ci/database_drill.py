"""CI drill on throwaway PostgreSQL databases: migrations reverse and re-apply, and a backup restores whole.

1. Migrate a new database, take every project app back to zero, then migrate forward again; the
   schema must come back identical.
2. Load the demo content, back it up with `manage.py backup_database` (database and media), restore
   it with `manage.py restore_database` into a second new database and media folder, as an
   operator would, and compare the row count of every table and the media files: any difference fails.

Usage: .venv/bin/python .ci/database_drill.py  (PostgreSQL at PGHOST/PGPORT, default 127.0.0.1:5432, user postgres)
"""

import os
import secrets
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
SERVER = f"postgres://postgres@{os.environ.get('PGHOST', '127.0.0.1')}:{os.environ.get('PGPORT', '5432')}"
SUFFIX = f"{os.getpid()}_{secrets.token_hex(3)}"
SOURCE, COPY = f"portal_drill_source_{SUFFIX}", f"portal_drill_copy_{SUFFIX}"


def environment(database: str, media: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"{SERVER}/{database}",
        "MEDIA_ROOT": str(media),
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }


def manage(*arguments: str, env: dict[str, str], quiet: bool = False) -> None:
    output = subprocess.DEVNULL if quiet else None
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=ROOT, env=env, check=True, stdout=output)  # noqa: S603


def server_run(statement: str) -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(statement)


def schema(database: str) -> list[tuple]:
    with psycopg.connect(f"{SERVER}/{database}") as connection:
        return connection.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY 1, 2"
        ).fetchall()


def row_counts(database: str) -> dict[str, int]:
    with psycopg.connect(f"{SERVER}/{database}") as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608 -- catalogue names
            for table in tables
        }


def files(folder: Path) -> dict[str, int]:
    return {str(path.relative_to(folder)): path.stat().st_size for path in folder.rglob("*") if path.is_file()}


ROUNDTRIP = """
from pathlib import Path
from django.apps import apps
from django.conf import settings
from django.core.management import call_command

ours = [c.label for c in apps.get_app_configs()
        if Path(c.path).is_relative_to(settings.BASE_DIR) and "site-packages" not in c.path
        and (Path(c.path) / "migrations").is_dir()]
for label in reversed(ours):
    call_command("migrate", label, "zero", interactive=False, verbosity=0)
print("Reversed to zero:", ", ".join(ours))
call_command("migrate", interactive=False, verbosity=0)
"""


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory(prefix="portal-drill-") as work:
        work = Path(work)
        source_env = environment(SOURCE, work / "media")
        copy_env = environment(COPY, work / "restored-media")
        for database in (SOURCE, COPY):
            server_run(f'CREATE DATABASE "{database}"')
        try:
            print("== migrations: forward, every project app back to zero, forward again")
            manage("migrate", "--noinput", "-v", "0", env=source_env)
            before = schema(SOURCE)
            manage("shell", "-v", "0", "-c", ROUNDTRIP, env=source_env)
            if schema(SOURCE) != before:
                failures.append("the schema differs after the migrations' round trip")

            print("== backup and restore drill with the demo content")
            # The production settings plus the demo app, which production does not install.
            manage("load_demo_content", env={**source_env, "DJANGO_SETTINGS_MODULE": "demo.settings"}, quiet=True)
            dump, media = work / "portal.dump", work / "media.tar.gz"
            manage("backup_database", "--output", str(dump), "--media", str(media), env=source_env)
            manage("restore_database", str(dump), "--media", str(media), "--noinput", env=copy_env)

            source_counts, copy_counts = row_counts(SOURCE), row_counts(COPY)
            for table in sorted(source_counts.keys() | copy_counts.keys()):
                saved, restored = source_counts.get(table), copy_counts.get(table)
                if saved != restored:
                    failures.append(f"{table}: {saved} rows backed up, {restored} restored")
            if files(work / "media") != files(work / "restored-media"):
                failures.append("the restored media files differ from the originals")
            print(
                f"{len(source_counts)} tables, {sum(source_counts.values())} rows, "
                f"{len(files(work / 'media'))} media files compared."
            )
        finally:
            for database in (SOURCE, COPY):
                server_run(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
