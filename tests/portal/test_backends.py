"""Each production part is one environment variable away: the settings modules pick the backend.

The settings are imported afresh under a patched environment (the modules Django already loaded are
put back afterwards), so these tests read what an operator's environment would produce.
"""

import importlib
import os
import sys
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages
from django.core.mail import get_connection
from django.test import override_settings

import portal.settings
from portal.middleware.security import public_policy

SETTINGS_MODULES = ("portal.settings.base", "portal.settings.production")


def settings_from(environment: dict[str, str], module: str = "portal.settings.production"):
    """The settings module as imported in a process whose whole environment is ``environment``."""
    package = vars(portal.settings)
    loaded = {name: package[name] for name in ("base", "production") if name in package}
    try:
        environ = {"SECRET_KEY": "backend-tests", **environment}
        with mock.patch.dict(os.environ, environ, clear=True), mock.patch.dict(sys.modules):
            for name in SETTINGS_MODULES:
                sys.modules.pop(name, None)
            return importlib.import_module(module)
    finally:
        package.pop("production", None)
        package.update(loaded)


class DatabaseSelectionTests:
    def test_sqlite_file_by_default(self):
        database = settings_from({}).DATABASES["default"]
        assert database["ENGINE"] == "django.db.backends.sqlite3"
        assert database["NAME"].endswith("db.sqlite3")

    def test_postgresql_from_database_url(self):
        database = settings_from(
            {"DATABASE_URL": "postgres://portal:s3cret@db.internal:5433/portal", "DATABASE_CONNECT_TIMEOUT": "3"}
        ).DATABASES["default"]
        assert database["ENGINE"] == "django.db.backends.postgresql"
        assert (database["HOST"], database["PORT"], database["NAME"]) == ("db.internal", 5433, "portal")
        assert (database["USER"], database["PASSWORD"]) == ("portal", "s3cret")
        assert database["OPTIONS"]["connect_timeout"] == 3
        assert database["CONN_HEALTH_CHECKS"] is True

    def test_statement_timeout_only_in_production_by_default(self):
        assert settings_from({}).DATABASE_STATEMENT_TIMEOUT_MS == 5000
        assert settings_from({"DATABASE_STATEMENT_TIMEOUT_MS": "0"}).DATABASE_STATEMENT_TIMEOUT_MS == 0
        assert settings_from({}, "portal.settings.base").DATABASE_STATEMENT_TIMEOUT_MS == 0


class CacheSelectionTests:
    def test_process_memory_without_redis_url(self):
        assert settings_from({}).CACHES["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"

    def test_redis_from_redis_url_ignoring_outages(self):
        cache = settings_from({"REDIS_URL": "redis://cache.internal:6379/2"}).CACHES["default"]
        assert cache["BACKEND"] == "django_redis.cache.RedisCache"
        assert cache["LOCATION"] == "redis://cache.internal:6379/2"
        assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True

    def test_redis_calls_have_short_timeouts_and_a_cooldown(self):
        options = settings_from({"REDIS_URL": "redis://cache.internal:6379/2"}).CACHES["default"]["OPTIONS"]
        assert options["CLIENT_CLASS"] == "portal.redis_client.CircuitBreakerClient"
        assert options["SOCKET_CONNECT_TIMEOUT"] <= 0.25 and options["SOCKET_TIMEOUT"] <= 0.25
        assert options["COOLDOWN_SECONDS"] == 5
        tuned = settings_from(
            {
                "REDIS_URL": "redis://cache.internal:6379/2",
                "REDIS_CONNECT_TIMEOUT_MS": "100",
                "REDIS_TIMEOUT_MS": "150",
                "REDIS_COOLDOWN_SECONDS": "10",
            }
        ).CACHES["default"]["OPTIONS"]
        assert (tuned["SOCKET_CONNECT_TIMEOUT"], tuned["SOCKET_TIMEOUT"], tuned["COOLDOWN_SECONDS"]) == (0.1, 0.15, 10)


class MediaStorageSelectionTests:
    S3 = {
        "AWS_STORAGE_BUCKET_NAME": "portal-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.storage.example.lu",
        "AWS_S3_REGION_NAME": "lu-1",
        "AWS_ACCESS_KEY_ID": "portal-key",
        "AWS_SECRET_ACCESS_KEY": "portal-secret",
    }

    def test_local_folder_by_default(self):
        assert settings_from({}).STORAGES["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"

    def s3_settings(self, **environment):
        selected = settings_from({**self.S3, **environment})
        names = [name for name in dir(selected) if name.startswith("AWS_") or name == "STORAGES"]
        return override_settings(**{name: getattr(selected, name) for name in names})

    def test_bucket_selects_s3_with_signed_urls_on_the_endpoint(self):
        with mock.patch.dict(os.environ, self.S3), self.s3_settings():
            storage = storages.create_storage(storages.backends["default"])
            assert type(storage).__name__ == "S3Storage"
            url = urlsplit(storage.url("images/lëtzebuerg.jpg"))
            policy = public_policy()
        assert f"{url.scheme}://{url.netloc}" == "https://s3.storage.example.lu"
        assert url.path == "/portal-media/images/l%C3%ABtzebuerg.jpg"
        assert "X-Amz-Signature=" in url.query and "X-Amz-Credential=portal-key" in url.query
        assert "https://s3.storage.example.lu" in policy.split("img-src", 1)[1].split(";", 1)[0]

    def test_public_bucket_behind_a_cdn(self):
        with self.s3_settings(AWS_S3_CUSTOM_DOMAIN="media.portal.example.lu", AWS_QUERYSTRING_AUTH="false"):
            storage = storages.create_storage(storages.backends["default"])
            url = storage.url("documents/plan.pdf")
            policy = public_policy()
        assert url == "https://media.portal.example.lu/documents/plan.pdf"
        assert "img-src 'self' data: https://tile.openstreetmap.org https://media.portal.example.lu;" in policy


class MailSelectionTests:
    def test_smtp_server_from_email_variables(self):
        selected = settings_from(
            {"EMAIL_HOST": "smtp.example.lu", "EMAIL_PORT": "587", "EMAIL_USE_TLS": "true", "EMAIL_HOST_USER": "portal"}
        )
        with override_settings(
            **{name: getattr(selected, name) for name in dir(selected) if name.startswith("EMAIL_")}
        ):
            connection = get_connection()
        assert type(connection).__module__ == "django.core.mail.backends.smtp"
        assert (connection.host, connection.port, connection.use_tls) == ("smtp.example.lu", 587, True)
        assert connection.username == "portal"

    def test_invalid_port_is_refused_with_its_name(self):
        with pytest.raises(ImproperlyConfigured, match="EMAIL_PORT"):
            settings_from({"EMAIL_PORT": "twenty-five"})


class TaskWorkerSelectionTests:
    def test_production_queues_tasks_in_the_database(self):
        assert settings_from({}).TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
        assert "django_tasks_db" in settings_from({}).INSTALLED_APPS

    def test_development_runs_tasks_at_once_unless_told(self):
        assert settings_from({}, "portal.settings.base").TASKS["default"]["BACKEND"].endswith("ImmediateBackend")
        chosen = settings_from({"TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}, "portal.settings.base")
        assert chosen.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
