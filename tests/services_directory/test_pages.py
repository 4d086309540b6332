import json
import re
from datetime import datetime
from html import unescape
from unittest import mock
from urllib.parse import urlencode

import pytest
from django.utils.text import slugify
from wagtail.models import Locale

from services_directory.hours import LUXEMBOURG
from services_directory.models import Phone, Service
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, commune

from .conftest import LANGUAGES, web_cafe_in_schifflange

MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=LUXEMBOURG)
MONDAY_13 = datetime(2026, 11, 23, 13, 0, tzinfo=LUXEMBOURG)
QUERY_CEILING = 12


def frozen(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


@pytest.mark.django_db
class SearchPageTests:
    def test_luxembourgish_visitor_finds_the_web_cafe_in_schifflange(self, client, directory):
        web_cafe_in_schifflange()
        ServiceFactory(name="Web café Esch", categories=["web-cafe"], service_areas=["esch-sur-alzette"])
        response = client.get("/lb/servicer/", {"commune": "schifflange", "category": "web-cafe"})
        html = response.content.decode()
        assert response.status_code == 200
        assert '<html lang="lb"' in html
        assert "Webcafé Schëffleng" in html
        assert "Esch" not in html.split('id="results-title"')[1].split("</section>")[0]
        assert 'href="tel:+35226543210"' in html

    def test_the_language_switcher_keeps_the_search(self, client, directory):
        web_cafe_in_schifflange()
        html = client.get("/lb/servicer/", {"commune": "schifflange", "category": "web-cafe", "page": "1"}).content
        switcher = html.decode().split('class="language-switcher"')[1].split("</nav>")[0]
        german = re.search(r'href="(/de/[^"]*)"', switcher).group(1)
        assert german == "/de/dienste/?commune=schifflange&amp;category=web-cafe"
        response = client.get(german.replace("&amp;", "&"))
        assert "Webcafé Schifflingen" in response.content.decode()

    def test_every_language_answers(self, client, directory):
        web_cafe_in_schifflange()
        for language in LANGUAGES:
            response = client.get(directory[language].url)
            assert response.status_code == 200
            assert f'<html lang="{language}"' in response.content.decode()

    @pytest.mark.parametrize(
        "params",
        [
            {"category": "unknown"},
            {"commune": "atlantis"},
            {"page": "abc"},
            {"page": "99999999999999999999"},
            {"q": "x" * 10_000},
            {"q": "🙂 ' \" * AND"},
            {"commune": "9999"},
            {"sort": "distance"},
            {"sort": "sideways", "language": "xx", "open_now": "maybe"},
        ],
    )
    def test_odd_input_gets_a_page_not_an_error(self, client, directory, params):
        web_cafe_in_schifflange()
        response = client.get("/fr/services/", params)
        assert response.status_code == 200

    def test_bad_choices_are_explained_and_kept(self, client, directory):
        response = client.get("/fr/services/", {"commune": "Atlantis", "q": "web"})
        html = response.content.decode()
        assert "error-summary" in html
        assert 'value="Atlantis"' in html
        assert 'value="web"' in html

    def test_a_postcode_that_spans_two_communes_asks_which(self, client, directory):
        response = client.get("/fr/services/", {"commune": "1210"})
        html = response.content.decode()
        assert "commune=luxembourg" in html and "commune=strassen" in html

    def test_a_postcode_finds_its_commune(self, client, directory):
        web_cafe_in_schifflange()
        response = client.get("/fr/services/", {"commune": "L-3850"})
        assert "Web café Schifflange" in response.content.decode()

    def test_no_results_suggests_the_cantons_other_communes_and_dropping_filters(self, client, directory):
        web_cafe_in_schifflange()
        response = client.get("/fr/services/", {"commune": "kayl", "category": "web-cafe"})
        html = response.content.decode()
        results, nearest = html.split('class="directory-list directory-nearest"')
        assert "Web café Schifflange" not in results  # not among the results: Kayl has no web café
        assert "Web café Schifflange" in nearest.split("</ul>")[0]  # but the nearest, next door
        assert "?category=web-cafe&amp;commune=schifflange" in html
        assert 'href="?commune=kayl"' in html
        assert 'href="?category=web-cafe"' in html

    def test_pagination_keeps_the_filters(self, client, directory):
        for number in range(25):
            ServiceFactory(name=f"Web café {number:02}", categories=["web-cafe"])
        html = client.get("/fr/services/", {"category": "web-cafe", "sort": "name"}).content.decode()
        assert "Web café 19" in html and "Web café 20" not in html
        assert "?category=web-cafe&amp;sort=name&amp;page=2" in html
        second = client.get("/fr/services/", {"category": "web-cafe", "sort": "name", "page": 2}).content.decode()
        assert "Web café 20" in second and "Web café 19" not in second

    def test_a_listed_card_tells_the_time_now_and_follows_a_publish(self, client, directory):
        service = web_cafe_in_schifflange()
        search = {"category": "web-cafe", "commune": "schifflange"}
        with frozen(MONDAY_10):
            card = self.card(client.get(directory["en"].url, search))
        assert "Open now, until 12:00" in card and 'href="tel:+35226543210"' in card
        with frozen(MONDAY_13):  # the card's facts come from the cache, whether it is open does not
            card = self.card(client.get(directory["en"].url, search))
        assert "Closed now. Today:" in card

        service = Service.objects.get(pk=service.pk)
        service.phones = [Phone(number="+352 27 00 00 99")]
        service.status = "temporarily closed"
        service.save_revision().publish()
        card = self.card(client.get(directory["en"].url, search))
        assert 'href="tel:+35227000099"' in card and "Temporarily closed" in card

    def test_a_published_service_shows_on_its_cached_page_and_a_draft_does_not(self, client, directory, settings):
        settings.PAGE_CACHE_SECONDS = 300
        service = web_cafe_in_schifflange()
        card = self.card(client.get(directory["fr"].url, {"category": "web-cafe", "commune": "schifflange"}))
        service_url = re.search(r'href="([^"?]*/service/[^"?]*)', card).group(1)  # without the search
        client.get(service_url)
        assert client.get(service_url)["X-Page-Cache"] == "hit"

        service = Service.objects.get(pk=service.pk)
        service.phones = [Phone(number="+352 27 00 00 99")]
        service.save_revision()
        draft = client.get(service_url)
        assert draft["X-Page-Cache"] == "hit" and "27 00 00 99" not in draft.text

        service.save_revision().publish()
        published = client.get(service_url)
        assert published["X-Page-Cache"] == "miss" and "27 00 00 99" in published.text

    def test_cards_and_service_pages_without_the_cache(self, client, directory, redis_down):
        web_cafe_in_schifflange()
        with frozen(MONDAY_10):
            response = client.get(directory["en"].url, {"category": "web-cafe", "commune": "schifflange"})
        assert response.status_code == 200
        card = self.card(response)
        assert "Open now, until 12:00" in card and 'href="tel:+35226543210"' in card
        service_url = re.search(r'href="([^"]*/service/[^"]*)"', card).group(1).replace("&amp;", "&")
        assert "12 rue de la Gare" in client.get(service_url).text

    def test_a_card_speaks_the_pages_language(self, client, directory):
        web_cafe_in_schifflange()
        with frozen(MONDAY_10):
            card = self.card(client.get(directory["de"].url, {"commune": "schifflange", "sort": "distance"}))
        assert "Jetzt geöffnet, bis 12:00 Uhr" in card and "Kostenlos" in card
        assert re.search(r"Schifflingen · \d+,\d km entfernt", card)
        with frozen(datetime(2027, 3, 29, 10, 0, tzinfo=LUXEMBOURG)):  # Easter Monday
            card = self.card(client.get(directory["fr"].url, {"commune": "schifflange"}))
        assert "Fermé aujourd'hui (Lundi de Pâques)" in unescape(card)

    def test_a_search_finds_a_service_published_since_the_same_search(self, client, directory):
        web_cafe_in_schifflange()
        search = {"category": "web-cafe", "commune": "schifflange"}
        assert client.get(directory["fr"].url, search).context["result_count"] == 1
        ServiceFactory(name="Web café du Brill", categories=["web-cafe"], service_areas=["schifflange"])
        response = client.get(directory["fr"].url, search)
        assert response.context["result_count"] == 2 and "Web café du Brill" in self.card(response)

    @staticmethod
    def card(response) -> str:
        return response.content.decode().split('class="card directory-card"')[1].split("\n</li>")[0]

    @pytest.mark.parametrize("count", [5, 40])
    def test_queries_do_not_grow_with_the_results(self, client, directory, count, django_assert_max_num_queries):
        """Issue 7's ceiling for every uncached public page; "open now" and the distance sort cost 4 more."""
        organization = OrganizationFactory(name="CIGL Schifflange")
        for number in range(count):
            service = ServiceFactory(
                name=f"Web café {number}",
                organization=organization,
                categories=["web-cafe"],
                service_areas=["schifflange", "kayl"],
                languages=["fr", "lb"],
                locations=[LocationFactory()],
                hours=[(0, "09:00", "12:00")],
                phones=["+352 26 00 00 01"],
            )
        page = directory["fr"]
        pages = [
            page.url + "?" + urlencode({"q": "web", "category": "web-cafe", "commune": "schifflange"}),
            page.url + page.reverse_subpage("service", args=[service.translation_key, slugify(service.name)]),
            page.url + page.reverse_subpage("organization", args=[organization.translation_key, "cigl-schifflange"]),
            page.url + page.reverse_subpage("commune", args=["schifflange"]),
        ]
        for url in pages:
            client.get(url)  # the site's menus and reference lists, cached by any earlier visit
            with frozen(MONDAY_10), django_assert_max_num_queries(QUERY_CEILING, info=url):
                response = client.get(url)
            assert response.status_code == 200
            assert "Web café" in response.content.decode()
        params = {"q": "web", "commune": "schifflange", "open_now": "on", "sort": "distance"}
        with frozen(MONDAY_10), django_assert_max_num_queries(QUERY_CEILING + 4):
            response = client.get("/fr/services/", params)
        assert response.context["result_count"] == count
        assert len(response.context["services"]) == min(count, 20)


@pytest.mark.django_db
class ServicePageTests:
    def service_url(self, client, language="fr", **params):
        html = client.get(f"/{language}/{ {'fr': 'services', 'de': 'dienste', 'lb': 'servicer'}[language] }/", params)
        return re.search(r'href="([^"]*/service/[^"]*)"', html.content.decode()).group(1).replace("&amp;", "&")

    def test_open_now_and_todays_hours(self, client, directory, web_cafe):
        url = self.service_url(client)
        with frozen(MONDAY_10):
            html = client.get(url).content.decode()
        assert "Ouvert maintenant" in html or "Open now" in html
        assert "09:00–12:00, 14:00–17:30" in html
        with frozen(MONDAY_13):
            html = client.get(url).content.decode()
        assert "14:00" in html.split('class="directory-now"')[1].split("</section>")[0]

    def test_everything_a_resident_needs(self, client, directory, web_cafe):
        html = client.get(self.service_url(client, "lb")).content.decode()
        assert "Webcafé Schëffleng" in html
        assert "CIGL Schëffleng" in html
        assert 'href="tel:+35226543210"' in html
        assert "12 rue de la Gare" in html
        assert "L-3850" in html

    def test_a_published_change_reaches_the_page(self, client, directory, web_cafe):
        service = web_cafe
        url = self.service_url(client)
        assert "12 rue de la Gare" in client.get(url).text  # now in the cache
        location = service.service_at_locations.get().location
        location.address_1 = "3 place du Marché"
        location.save()
        service = Service.objects.get(pk=service.pk)
        service.phones = [Phone(number="+352 27 00 00 99")]
        service.save_revision().publish()
        html = client.get(url).text
        assert "3 place du Marché" in html and "12 rue de la Gare" not in html
        assert 'href="tel:+35227000099"' in html

    def test_json_ld_parses(self, client, directory, web_cafe):
        html = client.get(self.service_url(client)).content.decode()
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        data = json.loads(block)
        assert data["@type"] == "Service"
        assert data["name"] == "Web café Schifflange"
        assert data["isAccessibleForFree"] is True

    def test_json_ld_cannot_close_the_script(self, client, directory, web_cafe):
        service = web_cafe
        service.description = "</script><script>alert(1)</script>"
        service.save_revision().publish()
        html = client.get(self.service_url(client)).content.decode()
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        assert json.loads(block)["description"] == service.description

    def test_language_switcher_goes_to_the_same_service(self, client, directory, web_cafe):
        html = client.get(self.service_url(client)).content.decode()
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert "/de/dienste/service/" in switcher and "webcafe-schifflingen" in switcher
        assert "/lb/servicer/service/" in switcher and "webcafe-scheffleng" in switcher
        assert client.get(re.search(r'href="(/de/[^"]*)"', switcher).group(1)).status_code == 200

    def test_language_switcher_follows_a_renamed_translation(self, client, directory, web_cafe):
        service = web_cafe
        client.get(self.service_url(client))  # the names in every language are now in the cache
        german = Service.objects.get(translation_key=service.translation_key, locale__language_code="de")
        german.name = "Internetcafé Schifflingen"
        german.save_revision().publish()
        html = client.get(self.service_url(client)).content.decode()
        switcher = html.split('class="language-switcher"')[1].split("</nav>")[0]
        assert "internetcafe-schifflingen" in switcher and "webcafe-schifflingen" not in switcher

    def test_every_language_has_the_service_page(self, client, directory, web_cafe):
        service = web_cafe
        for language in ("fr", "de", "lb"):
            response = client.get(f"/{language}/directory/service/{service.translation_key}/", follow=True)
            assert response.status_code == 200
            assert f'<html lang="{language}"' in response.content.decode()

    def test_unknown_service_is_not_found(self, client, directory):
        assert client.get("/fr/services/service/00000000-0000-0000-0000-000000000000/x/").status_code == 404

    def test_organisation_and_commune_pages(self, client, directory, web_cafe):
        service = web_cafe
        organisation = client.get(
            f"/lb/servicer/organisation/{service.organization.translation_key}/", follow=True
        ).content.decode()
        assert "CIGL Schëffleng" in organisation and "Webcafé Schëffleng" in organisation
        commune_page = client.get("/de/dienste/commune/schifflange/").content.decode()
        assert "Webcafé Schifflingen" in commune_page
        assert client.get("/de/dienste/commune/atlantis/").status_code == 404
        assert client.get("/fr/services/commune/kayl/").status_code == 200


@pytest.mark.django_db
class MapTests:
    def test_geojson_takes_the_same_filters(self, client, directory, web_cafe):
        ServiceFactory(name="Jardin", categories=["environment"], locations=[LocationFactory(commune=commune("wiltz"))])
        data = client.get("/fr/services/map/", {"category": "web-cafe"}).json()
        assert [feature["properties"]["name"] for feature in data["features"]] == ["Web café Schifflange"]
        longitude, latitude = data["features"][0]["geometry"]["coordinates"]
        assert 49.4 < latitude < 50.2 and 5.7 < longitude < 6.6
        assert client.get("/fr/services/map/", {"category": "nope", "page": "x"}).status_code == 200

    def test_the_map_is_an_enhancement_of_a_complete_list(self, client, directory, web_cafe):
        html = client.get("/fr/services/").content.decode()
        assert "data-directory-map hidden" in html
        assert "vendor/leaflet/leaflet.js" in html and "js/directory-map.js" in html
        assert "<script>" not in html
        assert Locale.get_default().language_code == "fr"
