"""What an operator sees when starting the production settings: ``check --deploy`` and the database limits.

Each test runs a fresh process, as the operator's commands and gunicorn do.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": "deployment-tests-" + "k" * 50,
    "ALLOWED_HOSTS": "portal.example.lu",
}


def run(arguments: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess:
    inherited = {name: value for name, value in os.environ.items() if name in {"PATH", "HOME", "LANG"}}
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *arguments],
        env={**inherited, **PRODUCTION, **environment},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


class DeployCheckTests:
    def test_production_without_redis_fails_the_deploy_check(self, tmp_path):
        database = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
        result = run(["manage.py", "check", "--deploy"], database)
        assert result.returncode != 0
        assert "ERRORS:" in result.stderr
        assert "(portal.E001) REDIS_URL is not set" in result.stderr

    def test_production_with_redis_passes_it(self, tmp_path):
        environment = {"DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}", "REDIS_URL": "redis://127.0.0.1:6379/0"}
        result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], environment)
        assert result.returncode == 0, result.stderr
        assert "portal.E001" not in result.stderr + result.stdout


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no statement timeout")
class StatementTimeoutScopeTests:
    SHOW = (
        "from django.db import connection; cursor = connection.cursor(); "
        "cursor.execute('SHOW statement_timeout'); print(cursor.fetchone()[0])"
    )

    @pytest.fixture
    def environment(self, db):
        database = connection.settings_dict
        password = f":{database['PASSWORD']}" if database["PASSWORD"] else ""
        url = f"postgres://{database['USER']}{password}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        return {"DATABASE_URL": url, "DATABASE_STATEMENT_TIMEOUT_MS": "4000"}

    def test_the_web_application_limits_its_queries(self, environment):
        result = run(["-c", f"import portal.wsgi; {self.SHOW}"], environment)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "4s"

    def test_management_commands_are_not_limited(self, environment):
        result = run(["manage.py", "shell", "--verbosity", "0", "-c", self.SHOW], environment)
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "0"
