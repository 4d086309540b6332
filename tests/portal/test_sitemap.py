"""The sitemap a search engine reads: every live page and directory record, in every language."""

import re

from django.conf import settings
from wagtail.models import Page

from geography.models import Commune
from home.models import HomePage, StandardPage
from services_directory.models import Organization, Service
from services_directory.selectors import PUBLIC_STATUSES
from tests.demo.site import DemoSite

HOST = "portail.example.lu"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def sitemap(client) -> str:
    response = client.get("/sitemap.xml", HTTP_HOST=HOST)
    assert response.status_code == 200
    return response.content.decode()


def entries(xml: str) -> dict[str, dict[str, str]]:
    """Location → (language → alternate location)."""
    found = {}
    for url in re.findall(r"<url>(.*?)</url>", xml, re.S):
        location = re.search(r"<loc>([^<]+)</loc>", url).group(1)
        found[location] = dict(re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', url))
    return found


class SitemapTests(DemoSite):
    def test_every_live_page_of_every_language_is_listed_at_the_address_asked_for(self, client):
        listed = entries(sitemap(client))
        homes = HomePage.objects.all()
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        expected = {f"http://{HOST}{page.url}" for page in pages.live().public()}
        assert expected <= set(listed)
        assert {location.split("/")[3] for location in expected} == set(LANGUAGES)
        assert not any("localhost" in location for location in listed)

    def test_every_directory_record_has_its_page_in_each_of_its_languages(self, client):
        listed = set(entries(sitemap(client)))
        services = Service.objects.filter(live=True, status__in=PUBLIC_STATUSES).count()
        organisations = Organization.objects.filter(live=True).count()
        assert len([url for url in listed if "/service/" in url]) == services
        assert len([url for url in listed if "/organisation/" in url]) == organisations
        assert len([url for url in listed if "/commune/" in url]) == Commune.objects.count() * len(LANGUAGES)
        assert f"http://{HOST}/lb/servicer/commune/beaufort/" in listed
        for url in [url for url in listed if "/service/" in url][:5]:
            assert client.get(url.split(HOST)[1], HTTP_HOST=HOST).status_code == 200

    def test_each_entry_names_its_translations(self, client):
        listed = entries(sitemap(client))
        page = StandardPage.objects.live().filter(locale__language_code="de").first()
        alternates = listed[f"http://{HOST}{page.url}"]
        assert set(alternates) == {*LANGUAGES, "x-default"}
        for translation in page.get_translations(inclusive=True).live():
            assert alternates[translation.locale.language_code] == f"http://{HOST}{translation.url}"
        commune = listed[f"http://{HOST}/fr/services/commune/esch-sur-alzette/"]
        assert commune["de"] == f"http://{HOST}/de/dienste/commune/esch-sur-alzette/"

    def test_an_unpublished_page_leaves_the_sitemap(self, client):
        page = StandardPage.objects.live().filter(locale__language_code="en").first()
        location = f"http://{HOST}{page.url}"
        assert location in entries(sitemap(client))
        page.unpublish()
        assert location not in entries(sitemap(client))

    def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(self, client):
        response = client.get("/robots.txt", HTTP_HOST=HOST)
        assert response["Content-Type"].startswith("text/plain")
        lines = response.content.decode().splitlines()
        assert f"Sitemap: http://{HOST}/sitemap.xml" in lines
        assert "Disallow: /admin/" in lines
