"""Hostile editor and visitor input (tests/portal/hostile.py) through the pages, admin listings and open data.

The content is written straight into the database, as a crafted POST, an import or a translation
upload could, so that what is tested is the rendering, not the admin forms' validation. The care
requests' form, emails and exports have their own module (tests/care_requests/test_hostile_input.py).
"""

import csv
import io
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from wagtail.rich_text import RichText

from home.models import NewsIndexPage, NewsPage, StandardPage
from services_directory.models import DirectoryPage
from tests.factories.directory import OrganizationFactory, ServiceFactory
from tests.factories.pages import french_home
from tests.portal.hostile import (
    ATTRIBUTE_BREAKOUT,
    CSV_FORMULAS,
    HTML_PAYLOADS,
    IMG_BREAKOUT,
    JAVASCRIPT_URLS,
    MARK,
    NUL,
    ODD_UNICODE,
    SCRIPT,
    SVG,
    TEMPLATE_TAGS,
    assert_inert,
    long_string,
    title_payload,
)

TEXT = " ".join([*HTML_PAYLOADS, *ODD_UNICODE, long_string(3000)])
RICH_TEXT = (
    f'<p><a href="{JAVASCRIPT_URLS[0]}">{MARK} link</a> {SCRIPT} &lt;b&gt;{MARK}&lt;/b&gt;</p>'
    f'<p><a href="{JAVASCRIPT_URLS[1]}" onclick="alert(\'{MARK}\')">{MARK}</a></p>'
    f'<p><img src="x" onerror="alert(\'{MARK}\')"></p>'
)


def _page(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _build() -> dict:
    home = french_home()
    standard = _page(
        home,
        StandardPage(
            title=title_payload(),
            slug="hostile",
            intro=TEXT,
            body=[
                ("heading", {"text": title_payload(200), "level": "h2"}),
                ("paragraph", RichText(RICH_TEXT)),
                (
                    "call_to_action",
                    {"title": SVG, "text": TEMPLATE_TAGS, "link_label": IMG_BREAKOUT, "url": JAVASCRIPT_URLS[0]},
                ),
                ("quote", {"quote": SCRIPT, "attribution": ATTRIBUTE_BREAKOUT}),
            ],
        ),
    )
    news_index = _page(home, NewsIndexPage(title=f"News {SVG}", slug="news"))
    _page(news_index, NewsPage(title=title_payload(), slug="hostile-news", intro=TEXT))
    directory = _page(home, DirectoryPage(title=f"Directory {SCRIPT}", slug="services"))
    organisation = OrganizationFactory(
        name=title_payload(), description=TEXT, website=JAVASCRIPT_URLS[2], alternate_name=SVG[:120]
    )
    service = ServiceFactory(
        organization=organisation,
        name=title_payload(),
        description=TEXT,
        eligibility_description=SCRIPT,
        fees_description=CSV_FORMULAS[0],
        application_process=IMG_BREAKOUT,
        url=JAVASCRIPT_URLS[0],
        categories=["community-care"],
        service_areas=["schifflange"],
    )
    # Revisions are validated; the import validates too. Skipping it stands for any path that doesn't.
    service.save_revision(clean=False).publish()
    organisation.save_revision(clean=False).publish()
    superuser = get_user_model().objects.create_superuser("root", "root@example.lu", "a-long-test-password")
    return {
        "home": home,
        "standard": standard,
        "news_index": news_index,
        "directory": directory,
        "service": service,
        "organisation": organisation,
        "superuser": superuser,
    }


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        yield _build()
        transaction.set_rollback(True)


def _public(world) -> dict:
    directory = world["directory"]
    service, organisation = world["service"], world["organisation"]
    return {
        "standard page": world["standard"].url,
        "news index": world["news_index"].url,
        "home page (latest news)": world["home"].url,
        "directory search": directory.url + f"?q={MARK}",
        "directory search echo": directory.url + "?" + "&".join(f"q={p}" for p in [SCRIPT]),
        "service page": directory.url + directory.reverse_subpage("service", args=[service.translation_key]),
        "organisation page": directory.url
        + directory.reverse_subpage("organization", args=[organisation.translation_key]),
        "commune page": directory.url + directory.reverse_subpage("commune", args=["schifflange"]),
    }


def _admin(world) -> dict:
    return {
        "pages explorer": reverse("wagtailadmin_explore", args=[world["home"].pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[world["standard"].pk]),
        "page history": reverse("wagtailadmin_pages:history", args=[world["standard"].pk]),
        "services listing": reverse("wagtailsnippets_services_directory_service:list"),
        "service edit": reverse("wagtailsnippets_services_directory_service:edit", args=[world["service"].pk]),
        "organisations listing": reverse("wagtailsnippets_services_directory_organization:list"),
        "site history": reverse("wagtailadmin_reports:site_history"),
        "translations overview": reverse("translation_overview"),
    }


PUBLIC = [
    "standard page",
    "news index",
    "home page (latest news)",
    "directory search",
    "directory search echo",
    "service page",
    "organisation page",
    "commune page",
]
ADMIN = [
    "pages explorer",
    "page edit",
    "page history",
    "services listing",
    "service edit",
    "organisations listing",
    "site history",
    "translations overview",
]


@pytest.mark.django_db
class HostilePublicPagesTests:
    @pytest.mark.parametrize("surface", PUBLIC)
    def test_payloads_are_shown_as_text(self, client, world, surface):
        response = client.get(_public(world)[surface], follow=True)
        assert response.status_code == 200
        assert_inert(response.text)

    def test_javascript_links_are_not_links(self, client, world):
        pages = _public(world)
        for surface in ("standard page", "service page", "organisation page"):
            html = client.get(pages[surface], follow=True).text
            assert "javascript:" not in html.lower().replace("\t", ""), surface

    def test_search_query_echo_keeps_the_text_and_never_500s(self, client, world):
        url = world["directory"].url
        for query in [*HTML_PAYLOADS, *ODD_UNICODE, long_string(2000), NUL, "%00", "\x00"]:
            response = client.get(url, {"q": query})
            assert response.status_code in (200, 400), query
            assert_inert(response.text, shown=False)


@pytest.mark.django_db
class HostileAdminTests:
    @pytest.mark.parametrize("surface", ADMIN)
    def test_payloads_are_shown_as_text(self, client, world, surface):
        client.force_login(world["superuser"])
        response = client.get(_admin(world)[surface])
        assert response.status_code == 200
        assert_inert(response.text)


@pytest.mark.django_db
class HostileOpenDataTests:
    def test_hsds_json_is_json_not_html(self, client, world):
        response = client.get("/api/hsds/services")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/json")
        assert response["X-Content-Type-Options"] == "nosniff"
        names = json.dumps(response.json())
        assert MARK in names

    def test_hsds_csv_neutralises_formulas(self, client, world):
        response = client.get("/api/hsds/services", {"format": "csv"})
        assert response.status_code == 200
        cells = [cell for row in csv.reader(io.StringIO(response.content.decode("utf-8-sig"))) for cell in row]
        assert any(MARK in cell for cell in cells)
        assert not any(cell.startswith(("=", "@", "\t", "\r")) for cell in cells)
        signed = [cell for cell in cells if cell.startswith(("+", "-"))]
        assert all(re.fullmatch(r"[+-][\d\s()./-]*", cell) for cell in signed), signed
        assert "'" + CSV_FORMULAS[0] in cells
