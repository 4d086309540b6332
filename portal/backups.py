"""Backups for operators: the PostgreSQL database with pg_dump/pg_restore, the media folder as a tarball.

Used by ``manage.py backup_database`` and ``manage.py restore_database`` (see docs/deployment.md).
The PostgreSQL client programs must match the server's major version or be newer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings


class BackupError(Exception):
    """A backup or restore that could not be done; the message says why, for the operator."""


def postgres_target(alias: str = "default") -> tuple[list[str], dict[str, str]]:
    """Connection arguments for the PostgreSQL client programs, and their environment (the password)."""
    database = settings.DATABASES[alias]
    if database["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL: DATABASE_URL names another database engine.")
    arguments = [f"--dbname={database['NAME']}"]
    if database.get("HOST"):
        arguments.append(f"--host={database['HOST']}")
    if database.get("PORT"):
        arguments.append(f"--port={database['PORT']}")
    if database.get("USER"):
        arguments.append(f"--username={database['USER']}")
    environment = {**os.environ}
    if database.get("PASSWORD"):
        environment["PGPASSWORD"] = database["PASSWORD"]
    if sslmode := database.get("OPTIONS", {}).get("sslmode"):
        environment["PGSSLMODE"] = sslmode
    return arguments, environment


def _postgres_run(program: str, *arguments: str) -> None:
    """Run a PostgreSQL client program against the configured database; raises when it fails."""
    executable = shutil.which(program)
    if executable is None:
        raise BackupError(f"{program} is not installed (Debian: apt-get install postgresql-client).")
    target, environment = postgres_target()
    try:
        subprocess.run([executable, *target, *arguments], env=environment, check=True)  # noqa: S603 -- no shell
    except (OSError, subprocess.CalledProcessError) as error:
        raise BackupError(f"{program} failed: {error}") from error


def database_describe(alias: str = "default") -> str:
    database = settings.DATABASES[alias]
    return f"{database['NAME']} on {database.get('HOST') or 'the local socket'}"


def database_dump(*, output: Path) -> None:
    """A custom-format dump (compressed, restorable table by table); written aside, then moved into place."""
    partial = output.with_name(output.name + ".partial")
    try:
        _postgres_run("pg_dump", "--format=custom", f"--file={partial}")
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)


def database_restore(*, dump: Path) -> None:
    """Replace the database's tables with the dump's, in one transaction: all or nothing."""
    _postgres_run(
        "pg_restore",
        "--clean",
        "--if-exists",
        "--no-owner",
        "--no-privileges",
        "--single-transaction",
        "--exit-on-error",
        str(dump),
    )


def media_archive(*, output: Path) -> int:
    """Pack ``MEDIA_ROOT`` into a gzipped tarball; returns the number of files."""
    root = Path(settings.MEDIA_ROOT)
    count = 0
    with tarfile.open(output, "w:gz") as archive:
        for path in sorted(root.rglob("*")) if root.exists() else []:
            if path.is_file():
                archive.add(path, arcname=str(path.relative_to(root)))
                count += 1
    return count


def media_unpack(*, archive: Path) -> int:
    """Unpack a media tarball into ``MEDIA_ROOT``, refusing paths that leave it; returns the number of files."""
    root = Path(settings.MEDIA_ROOT)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tarball:
        members = [member for member in tarball.getmembers() if member.isfile()]
        tarball.extractall(root, members=members, filter="data")
    return len(members)
