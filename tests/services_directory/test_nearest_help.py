"""Finding help however the commune is typed, and the nearest help when the commune has none."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.test import override_settings

from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, TaxonomyTermFactory, commune

from .conftest import web_cafe_in_schifflange


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def card_titles(page, selector="li.directory-card") -> list[str]:
    return [card.select_one("h3.card__title").get_text() for card in page.select(selector)]


def json_ld(page) -> dict:
    return json.loads(page.select_one('script[type="application/ld+json"]').string)


def web_cafe_in(slug: str, name: str, *, categories=("web-cafe",)):
    place = commune(slug)
    service = ServiceFactory(
        name=name,
        categories=[TaxonomyTermFactory(code=code) for code in categories],
        service_areas=[slug],
        locations=[LocationFactory(commune=place, postal_code="9999")],
    )
    service.save_revision().publish()
    return service


@pytest.mark.django_db
class CommuneFieldTests:
    def test_esch_asks_which_esch_and_lists_no_service(self, client, directory):
        web_cafe_in_schifflange()
        page = soup(client.get(directory["fr"].url, {"commune": "Esch", "q": "web"}))
        choices = page.select(".error-summary .directory-choices a")
        assert [choice.get_text() for choice in choices] == ["Esch-sur-Alzette", "Esch-sur-Sûre"]
        assert "commune=esch-sur-alzette" in choices[0]["href"] and "q=web" in choices[0]["href"]
        assert page.select("li.directory-card") == []
        assert page.select_one("input#id_commune")["value"] == "Esch"

    def test_a_misspelt_commune_offers_did_you_mean_links_that_work(self, client, directory):
        web_cafe_in_schifflange()
        page = soup(client.get(directory["en"].url, {"commune": "schiflange"}))
        [suggestion] = [a for a in page.select(".error-summary .directory-choices a") if a.get_text() == "Schifflange"]
        assert page.select("li.directory-card") == []
        followed = soup(client.get(directory["en"].url + suggestion["href"]))
        assert card_titles(followed) == ["Web café Schifflange"]
        assert followed.select(".field--error") == []

    @pytest.mark.parametrize("typed", ["esch sur alzette", "Esch/Alzette", "esch alzette", "L-4001"])
    def test_esch_sur_alzette_typed_as_people_type_it(self, client, directory, typed):
        web_cafe_in("esch-sur-alzette", "Web café Esch")
        page = soup(client.get(directory["fr"].url, {"commune": typed}))
        assert card_titles(page) == ["Web café Esch"]
        assert page.select_one("input#id_commune")["value"] == "Esch-sur-Alzette"


@pytest.mark.django_db
class NearestHelpTests:
    def test_a_commune_without_a_service_suggests_the_nearest_ones_with_their_distance(self, client, directory):
        web_cafe_in("echternach", "Web café Echternach")
        web_cafe_in("esch-sur-alzette", "Web café Esch")
        page = soup(client.get(directory["fr"].url, {"commune": "Beaufort", "category": "web-cafe"}))
        assert page.select(".directory-results > ul.directory-list") == []
        nearest = page.select(".directory-nearest li.directory-card")
        assert card_titles(page, ".directory-nearest li.directory-card") == ["Web café Echternach", "Web café Esch"]
        distance = re.search(r"(\d+(?:[.,]\d)?)\s*km", nearest[0].get_text())
        assert distance and 5 < float(distance.group(1).replace(",", ".")) < 20  # Beaufort–Echternach, about 11 km

    def test_sorting_by_distance_looks_past_the_chosen_commune(self, client, directory):
        web_cafe_in("esch-sur-alzette", "Web café Esch")
        web_cafe_in("wiltz", "Web café Wiltz")
        web_cafe_in("clervaux", "Web café Clervaux")
        page = soup(client.get(directory["fr"].url, {"commune": "Troisvierges", "sort": "distance"}))
        assert card_titles(page) == ["Web café Clervaux", "Web café Wiltz", "Web café Esch"]

    def test_the_communes_own_services_come_first_when_sorted_by_distance(self, client, directory):
        web_cafe_in("wiltz", "Web café Wiltz")
        web_cafe_in("clervaux", "Web café Clervaux")
        page = soup(client.get(directory["fr"].url, {"commune": "wiltz", "sort": "distance"}))
        assert card_titles(page) == ["Web café Wiltz", "Web café Clervaux"]


@pytest.mark.django_db
class ServicePlaceTests:
    def service_url(self, directory, service) -> str:
        page = directory["fr"]
        return page.url + page.reverse_subpage("service", args=[service.translation_key])

    def test_each_place_has_a_geo_link_and_a_directions_link(self, client, directory):
        service = web_cafe_in("wiltz", "Web café Wiltz")
        location = service.service_at_locations.get().location
        page = soup(client.get(self.service_url(directory, service), follow=True))
        links = [a["href"] for a in page.select(".directory-directions a")]
        lat, lon = f"{location.latitude:.5f}", f"{location.longitude:.5f}"
        assert f"geo:{lat},{lon}" in links
        assert f"https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}" in links

    @override_settings(MAP_DIRECTIONS_URL="https://maps.example/dir?to={lat},{lon}")
    def test_the_directions_link_follows_the_configured_map(self, client, directory):
        service = web_cafe_in("wiltz", "Web café Wiltz")
        page = soup(client.get(self.service_url(directory, service), follow=True))
        assert any(
            a["href"].startswith("https://maps.example/dir?to=49.") for a in page.select(".directory-directions a")
        )


@pytest.mark.django_db
class OrganisationAndCommunePageTests:
    def test_the_organisation_page_describes_itself_in_json_ld(self, client, directory):
        organization = OrganizationFactory(name="CIGL Wiltz", phone="+352 95 00 00")
        service = ServiceFactory(organization=organization, name="Web café Wiltz", service_areas=["wiltz"])
        service.save_revision().publish()
        page_obj = directory["fr"]
        url = page_obj.url + page_obj.reverse_subpage("organization", args=[organization.translation_key])
        data = json_ld(soup(client.get(url, follow=True)))
        assert data["@type"] == "Organization" and data["name"] == "CIGL Wiltz"
        assert data["telephone"] == "+352 95 00 00"
        assert [item["name"] for item in data["hasOfferCatalog"]["itemListElement"]] == ["Web café Wiltz"]
        assert data["hasOfferCatalog"]["itemListElement"][0]["url"].startswith("http")

    def test_a_service_with_two_categories_has_one_card_on_its_commune_page(self, client, directory):
        web_cafe_in("wiltz", "Web café Wiltz", categories=("web-cafe", "digital-help"))
        page_obj = directory["fr"]
        page = soup(client.get(page_obj.url + page_obj.reverse_subpage("commune", args=["wiltz"])))
        assert card_titles(page) == ["Web café Wiltz"]
        data = json_ld(page)
        assert data["about"]["name"] == "Wiltz" and data["about"]["@type"] == "AdministrativeArea"
        assert [item["name"] for item in data["mainEntity"]["itemListElement"]] == ["Web café Wiltz"]


@pytest.mark.django_db
class DirectoryWordsTests:
    def test_another_form_of_a_word_or_a_synonym_finds_the_service(self, client, directory):
        from site_search.models import SynonymGroup

        web_cafe_in("wiltz", "Cybercafé Wiltz")
        garden = ServiceFactory(name="Service jardin Wiltz", service_areas=["wiltz"])
        garden.save_revision().publish()
        assert card_titles(soup(client.get(directory["fr"].url, {"q": "jardins"}))) == ["Service jardin Wiltz"]
        assert card_titles(soup(client.get(directory["fr"].url, {"q": "Internetstuff"}))) == []
        SynonymGroup.objects.create(name="Web cafés", terms="Internetstuff\nCybercafé")
        assert card_titles(soup(client.get(directory["fr"].url, {"q": "Internetstuff"}))) == ["Cybercafé Wiltz"]
