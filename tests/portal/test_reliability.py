import socket
import threading
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError, connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

from portal.database import limit_statement_time
from portal.views import server_error
from tests.conftest import redis_cache

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "de", "lb", "en"]
UNAVAILABLE_TITLES = {
    "fr": "Le site est brièvement indisponible",
    "de": "Die Website ist kurz nicht erreichbar",
    "lb": "De Site ass kuerz net erreechbar",
    "en": "The site is briefly unavailable",
}


def database_down(error=OperationalError):
    """Every new query fails as it does when the database server is unreachable."""
    return mock.patch.object(
        BaseDatabaseWrapper, "ensure_connection", side_effect=error("connection refused"), autospec=True
    )


class HealthCheckTests:
    def test_ready_and_alive(self, client):
        for url in ("/healthz/ready", "/healthz"):
            response = client.get(url)
            assert response.status_code == 200
            assert response.json() == {"database": "ok", "cache": "ok"}
            assert "no-store" in response["Cache-Control"]
        live = client.get("/healthz/live")
        assert live.status_code == 200
        assert "no-store" in live["Cache-Control"]

    def test_answers_plain_http_probes_when_https_is_enforced(self, client, settings):
        from portal.settings import production

        settings.SECURE_SSL_REDIRECT = True
        settings.SECURE_REDIRECT_EXEMPT = production.SECURE_REDIRECT_EXEMPT
        for url in ("/healthz", "/healthz/live", "/healthz/ready"):
            assert client.get(url).status_code == 200
        assert client.get("/fr/").status_code == 301

    def test_database_down(self, client):
        with database_down():
            ready = client.get("/healthz/ready")
            live = client.get("/healthz/live")
        assert ready.status_code == 503
        assert ready.json() == {"database": "unavailable", "cache": "ok"}
        assert live.status_code == 200

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="an in-memory SQLite database has no server")
    def test_database_server_unreachable(self, client):
        """The database's address is wrong (nothing listens there): not ready, still alive.

        The requests run in a thread of their own, as a server's do: its new connection goes to the
        wrong address while this test's transaction stays open on the right one.
        """
        with socket.create_server(("127.0.0.1", 0)) as placeholder:
            free_port = placeholder.getsockname()[1]
        responses = {}

        def visit():
            try:
                responses["ready"] = client.get("/healthz/ready")
                responses["live"] = client.get("/healthz/live")
            finally:
                connection.close()

        with mock.patch.dict(connection.settings_dict, {"HOST": "127.0.0.1", "PORT": free_port}):
            thread = threading.Thread(target=visit)
            thread.start()
            thread.join()
        assert responses["ready"].status_code == 503
        assert responses["ready"].json()["database"] == "unavailable"
        assert responses["live"].status_code == 200

    def test_redis_down_is_degraded_but_ready(self, client, redis_down):
        response = client.get("/healthz/ready")
        assert response.status_code == 200
        assert response.json() == {"database": "ok", "cache": "degraded"}
        assert client.get("/healthz/live").status_code == 200

    def test_redis_hanging_is_degraded_but_ready(self, client, settings, hung_redis):
        host, port = hung_redis.address
        settings.CACHES = redis_cache(f"redis://{host}:{port}/0")
        response = client.get("/healthz/ready")
        assert response.status_code == 200
        assert response.json() == {"database": "ok", "cache": "degraded"}


class DatabaseOutageTests:
    def test_translated_503_with_retry_after_then_recovery(self, site_pages):
        client = Client(raise_request_exception=False)
        for language, title in UNAVAILABLE_TITLES.items():
            url = site_pages[language]["standard"].url
            with database_down():
                response = client.get(url)
            assert response.status_code == 503
            assert response["Retry-After"].isdigit()
            assert f'<html lang="{language}"' in response.text
            assert title in response.text
            assert "'unsafe-inline'" not in response["Content-Security-Policy"]

            assert client.get(url).status_code == 200

    def test_interface_error_and_unprefixed_urls_follow_the_browser_language(self, site_pages):
        client = Client(raise_request_exception=False)
        with database_down(InterfaceError):
            response = client.get("/documents/1/x.pdf", HTTP_ACCEPT_LANGUAGE="de-LU,de;q=0.9")
        assert response.status_code == 503
        assert UNAVAILABLE_TITLES["de"] in response.text

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite has no statement timeout")
    @pytest.mark.urls("tests.portal.slow_query_urls")
    def test_a_query_past_the_statement_timeout_answers_503(self, db, settings):
        settings.DATABASE_STATEMENT_TIMEOUT_MS = 100
        limit_statement_time(sender=type(connection), connection=connection)  # as on a web connection
        client = Client(raise_request_exception=False)
        response = client.get("/slow-query/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 503
        assert response["Retry-After"].isdigit()
        assert UNAVAILABLE_TITLES["en"] in response.text

    def test_admin_login_post_answers_503_too(self, db):
        client = Client(raise_request_exception=False)
        with database_down():
            response = client.post("/admin/login/", {"username": "a", "password": "b"})
        assert response.status_code == 503


class RedisOutageTests:
    def test_pages_still_serve_when_redis_is_down(self, client, site_pages, redis_down, settings):
        settings.PAGE_CACHE_SECONDS = 300
        for page in site_pages["lb"].values():
            assert client.get(page.url).status_code == 200

    def test_admin_login_still_works_and_refuses_a_wrong_password(self, client, redis_down, django_user_model):
        django_user_model.objects.create_superuser("admin", "admin@example.lu", "correct horse battery")
        refused = client.post("/admin/login/", {"username": "admin", "password": "wrong"})
        assert refused.status_code == 200 and not refused.wsgi_request.user.is_authenticated
        signed_in = client.post("/admin/login/", {"username": "admin", "password": "correct horse battery"})
        assert signed_in.status_code == 302


class ErrorPageTests:
    """404 and 500 pages speak the language of the URL; the 500 page needs no database."""

    def test_not_found_in_the_language_of_the_url(self, client, site_pages):
        for language in LANGUAGES:
            response = client.get(f"/{language}/nowhere-to-be-found/")
            assert response.status_code == 404
            assert f'<html lang="{language}"' in response.text
            with translation.override(language):
                assert gettext("Page not found") in response.text

    def test_server_error_in_the_language_of_the_url(self, site_pages):
        client = Client(raise_request_exception=False)
        for language in LANGUAGES:
            with mock.patch("home.models.HomePage.get_context", side_effect=RuntimeError("bug")):
                response = client.get(f"/{language}/")
            assert response.status_code == 500
            assert f'<html lang="{language}"' in response.text
            with translation.override(language):
                assert gettext("Sorry, something went wrong") in response.text

    def test_server_error_page_renders_without_the_database(self, rf, django_assert_num_queries):
        with translation.override("lb"), django_assert_num_queries(0):
            response = server_error(rf.get("/lb/"))
        assert response.status_code == 500
        assert '<html lang="lb"' in response.content.decode()
