import pytest
from django.test import override_settings

from portal.middleware.security import map_tile_source

pytestmark = pytest.mark.django_db


def _directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: sources for name, *sources in (part.split() for part in policy.split(";"))}


def _every_page(site_pages):
    """Each page type in each of the four languages."""
    return [page for pages in site_pages.values() for page in pages.values()]


def _assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "microphone=()" in response["Permissions-Policy"]


class PublicPolicyTests:
    def test_public_pages_forbid_inline_and_foreign_scripts(self, client, site_pages):
        for page in _every_page(site_pages):
            response = client.get(page.url)
            assert response.status_code == 200
            _assert_common_headers(response)
            directives = _directives(response)
            assert directives["script-src"] == ["'self'"]
            assert directives["style-src"] == ["'self'"]
            assert directives["object-src"] == ["'none'"]
            for name in ("connect-src", "frame-ancestors", "form-action", "base-uri"):
                assert directives[name] == ["'self'"]

    def test_not_found_pages_carry_the_same_headers(self, client, site_pages):
        response = client.get("/de/gibt-es-nicht/")
        assert response.status_code == 404
        _assert_common_headers(response)
        assert _directives(response)["script-src"] == ["'self'"]

    @override_settings(MAP_TILE_URL="https://{s}.tiles.example.lu/{z}/{x}/{y}.png")
    def test_images_may_come_from_the_configured_tile_server_only(self, client, site_pages):
        response = client.get("/fr/")
        assert _directives(response)["img-src"] == ["'self'", "data:", "https://*.tiles.example.lu"]

    def test_tile_source_is_scheme_and_host(self):
        assert map_tile_source("https://tile.openstreetmap.org/{z}/{x}/{y}.png") == "https://tile.openstreetmap.org"
        assert map_tile_source("http://127.0.0.1:8081/tiles/{z}/{x}/{y}.png") == "http://127.0.0.1:8081"
        assert map_tile_source("") == ""


class AdminPolicyTests:
    def test_admin_login_allows_wagtails_inline_code_but_nothing_foreign(self, client):
        response = client.get("/admin/login/")
        assert response.status_code == 200
        _assert_common_headers(response)
        directives = _directives(response)
        assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
        assert directives["connect-src"] == ["'self'"]
        assert directives["object-src"] == ["'none'"]
        assert response["X-Frame-Options"] == "DENY"


class AnonymousCookieTests:
    def test_reading_pages_sets_no_cookie(self, client, site_pages):
        for page in _every_page(site_pages):
            response = client.get(page.url)
            assert response.status_code == 200
            assert not response.cookies, f"{page.url} set {list(response.cookies)}"
            assert "Set-Cookie" not in response

    def test_redirect_from_root_and_not_found_set_no_cookie(self, client, site_pages):
        for url, status in (("/", 302), ("/en/missing/", 404)):
            response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
            assert response.status_code == status
            assert not response.cookies


class ProductionSettingsTests:
    def test_production_is_https_only_with_hsts_and_secure_cookies(self, monkeypatch):
        import importlib

        monkeypatch.setenv("SECRET_KEY", "x" * 60)
        production = importlib.import_module("portal.settings.production")
        assert production.DEBUG is False
        assert production.SECURE_HSTS_SECONDS >= 31_536_000
        assert production.SECURE_SSL_REDIRECT is True
        assert production.SESSION_COOKIE_SECURE and production.SESSION_COOKIE_HTTPONLY
        assert production.CSRF_COOKIE_SECURE and production.CSRF_COOKIE_HTTPONLY
        assert production.SESSION_COOKIE_SAMESITE == production.CSRF_COOKIE_SAMESITE == "Lax"

    @override_settings(SECURE_HSTS_SECONDS=31_536_000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
    def test_hsts_header_on_https_responses(self, client, site_pages):
        response = client.get("/fr/", secure=True)
        assert response["Strict-Transport-Security"].startswith("max-age=31536000")
