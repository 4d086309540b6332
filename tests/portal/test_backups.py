"""The operator's backup commands. The full PostgreSQL drill (dump, restore, row counts) runs in CI:
.ci/database_drill.py."""

import io
import tarfile
from types import SimpleNamespace
from unittest import mock

import pytest
from django.core.management import CommandError, call_command

from portal import backups
from portal.backups import media_archive, media_unpack


def test_backup_refuses_a_database_other_than_postgresql(tmp_path):
    sqlite = SimpleNamespace(DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}})
    with mock.patch.object(backups, "settings", sqlite), pytest.raises(CommandError, match="Backups need PostgreSQL"):
        call_command("backup_database", "--output", str(tmp_path / "portal.dump"))
    assert not list(tmp_path.iterdir())


def test_restore_names_a_missing_dump(tmp_path):
    with pytest.raises(CommandError, match="No dump at"):
        call_command("restore_database", str(tmp_path / "missing.dump"), "--noinput")


def test_media_round_trip_and_no_escape_from_media_root(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    (tmp_path / "media" / "original_images").mkdir(parents=True)
    (tmp_path / "media" / "original_images" / "schëffleng.jpg").write_bytes(b"jpeg")
    (tmp_path / "media" / "documents").mkdir()
    (tmp_path / "media" / "documents" / "plan.pdf").write_bytes(b"%PDF")
    assert media_archive(output=tmp_path / "media.tar.gz") == 2

    settings.MEDIA_ROOT = tmp_path / "restored"
    assert media_unpack(archive=tmp_path / "media.tar.gz") == 2
    assert (tmp_path / "restored" / "original_images" / "schëffleng.jpg").read_bytes() == b"jpeg"

    hostile = tmp_path / "hostile.tar.gz"
    with tarfile.open(hostile, "w:gz") as archive:
        member = tarfile.TarInfo("../outside.txt")
        member.size = 4
        archive.addfile(member, io.BytesIO(b"evil"))
    with pytest.raises(tarfile.OutsideDestinationError):
        media_unpack(archive=hostile)
    assert not (tmp_path / "outside.txt").exists()
