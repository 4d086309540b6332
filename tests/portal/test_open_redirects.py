"""No URL of the site sends a visitor to another site because a parameter or the path told it to."""

from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import PageViewRestriction

from tests.factories.pages import french_home

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"
HOSTILE_TARGETS = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example/",
    "https:evil.example",
    "/\t/evil.example/",
    "javascript:alert(document.domain)",
    " https://evil.example/",
]


def assert_stays_on_site(response):
    """A redirect, if any, goes to this site: a path, or an absolute URL of this host only."""
    if response.status_code not in (301, 302, 303, 307, 308):
        return
    location = response["Location"]
    parts = urlsplit(location)
    assert parts.netloc in ("", "testserver"), location
    assert parts.scheme in ("", "http", "https"), location
    assert not location.startswith(("//", "/\\", "\\")), location


@pytest.fixture
def staff(db):
    return get_user_model().objects.create_superuser("staff", "staff@example.lu", PASSWORD)


@pytest.mark.parametrize("target", HOSTILE_TARGETS)
class RedirectParameterTests:
    def test_admin_login(self, client, staff, target):
        response = client.post("/admin/login/", {"username": "staff", "password": PASSWORD, "next": target})
        assert response.status_code == 302 and response["Location"] == "/admin/"
        already_in = client.get("/admin/login/", {"next": target})
        assert_stays_on_site(already_in)

    def test_admin_login_form_does_not_carry_the_target(self, client, target):
        response = client.get("/admin/login/", {"next": target})
        assert response.status_code == 200
        assert "evil.example" not in response.text

    def test_admin_logout(self, client, staff, target):
        client.force_login(staff)
        response = client.post(f"/admin/logout/?next={target}", {"next": target})
        assert_stays_on_site(response)
        assert response.status_code == 302

    def test_private_page_login(self, client, staff, target):
        response = client.post("/fr/_util/login/", {"username": "staff", "password": PASSWORD, "next": target})
        assert response.status_code == 302
        assert_stays_on_site(response)

    def test_private_page_password(self, client, target):
        home = french_home()
        restriction = PageViewRestriction.objects.create(
            page=home, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
        )
        response = client.post(
            f"/fr/_util/authenticate_with_password/{restriction.pk}/{home.pk}/",
            {"password": "open sesame", "return_url": target},
        )
        assert response.status_code == 302
        assert_stays_on_site(response)

    def test_language_and_unknown_paths(self, client, target):
        """Django's set_language view is not routed; every language redirect stays on the site."""
        for path in ("/i18n/setlang/", "/", "/fr/"):
            assert_stays_on_site(client.get(path, {"next": target}))
            assert_stays_on_site(client.post(path, {"next": target, "language": "de"}))


@pytest.mark.parametrize(
    "path",
    [
        "//evil.example",
        "//evil.example/",
        "/\\evil.example",
        "/%5Cevil.example",
        "///evil.example/",
        "/%2F%2Fevil.example",
    ],
)
def test_paths_that_look_like_other_hosts_are_kept_on_site(client, path):
    """Language prefixing and the trailing-slash redirect must not turn a path into a host."""
    response = client.get("/", PATH_INFO=path)
    assert response.status_code in (301, 302, 404)
    assert_stays_on_site(response)
