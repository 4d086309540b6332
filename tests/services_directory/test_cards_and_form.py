"""What a visitor sees of the directory's listing cards and search form, in every page that shows them."""

import re

import pytest
from bs4 import BeautifulSoup

from services_directory.models import ServiceStatus
from tests.factories.directory import OrganizationFactory, ServiceFactory, TaxonomyTermFactory

from .conftest import web_cafe_in_schifflange
from .test_pages import MONDAY_10, frozen

HOSTILE = "<script>alert(1)</script>"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def cards(response) -> list:
    return soup(response).select("li.directory-card")


def facts(card) -> list[str]:
    return [" ".join(fact.get_text().split()) for fact in card.select(".directory-card__facts > li")]


@pytest.mark.django_db
class ListingCardTests:
    def test_a_card_shows_what_a_visitor_needs_to_choose_and_call(self, client, directory):
        web_cafe_in_schifflange(status=ServiceStatus.TEMPORARILY_CLOSED)
        with frozen(MONDAY_10):
            response = client.get(directory["en"].url, {"commune": "schifflange", "sort": "distance"})
        [card] = cards(response)
        link = card.select_one("h3.card__title a")
        assert link.get_text() == "Web café Schifflange"
        assert "/service/" in link["href"] and link["href"].endswith("?commune=schifflange")
        assert card.select_one(".directory-card__org").get_text() == "CIGL Schifflange"
        assert card.select_one(".directory-card__tags").get_text() == "Web café"
        where, status, free, closed = facts(card)
        assert re.fullmatch(r"Schifflange · \d+\.\d km away", where)
        assert status == "Open now, until 12:00"
        assert card.select_one(".directory-open").get_text() == status
        assert free == "Free of charge"
        assert closed == "Temporarily closed" and card.select_one(".directory-closed")
        call = card.select_one(".directory-card__call a")
        assert call["href"] == "tel:+35226543210" and call.get_text() == "Call +352 26 54 32 10"

    def test_a_card_without_hours_phone_or_categories_says_only_what_is_known(self, client, directory):
        ServiceFactory(name="Permanence sociale", organization=OrganizationFactory(name="Office social"))
        [card] = cards(client.get(directory["fr"].url))
        assert card.select_one("h3 a").get_text() == "Permanence sociale"
        assert card.select_one(".directory-card__org").get_text() == "Office social"
        assert card.select_one(".directory-card__tags") is None
        assert card.select_one(".directory-card__call") is None
        assert facts(card) == []

    def test_the_organisation_and_commune_pages_show_the_same_cards(self, client, directory):
        service = web_cafe_in_schifflange()
        with frozen(MONDAY_10):
            pages = [
                client.get(f"/en/services/organisation/{service.organization.translation_key}/", follow=True),
                client.get("/en/services/commune/schifflange/"),
            ]
        for response in pages:
            [card] = cards(response)
            assert card.select_one("h3 a").get_text() == "Web café Schifflange"
            assert facts(card) == ["Schifflange", "Open now, until 12:00", "Free of charge"]
            assert card.select_one(".directory-card__call a")["href"] == "tel:+35226543210"

    def test_hostile_names_are_shown_as_text(self, client, directory):
        organization = OrganizationFactory(name=f"<b>CIGL</b>{HOSTILE}")
        ServiceFactory(
            name=HOSTILE,
            organization=organization,
            categories=[TaxonomyTermFactory(code="web-cafe", name='"><img src=x onerror=alert(2)>')],
            service_areas=["schifflange"],
            phones=["+352 26 54 32 10"],
        )
        responses = [
            client.get(directory["fr"].url),
            client.get(f"/fr/services/organisation/{organization.translation_key}/", follow=True),
            client.get("/fr/services/commune/schifflange/"),
        ]
        for response in responses:
            html = response.content.decode()
            assert HOSTILE not in html and "<img src=x" not in html and "<b>CIGL" not in html
            [card] = cards(response)
            assert card.select_one("h3 a").get_text() == HOSTILE
            assert card.select_one(".directory-card__org").get_text() == f"<b>CIGL</b>{HOSTILE}"
            assert card.select_one(".directory-card__tags").get_text() == '"><img src=x onerror=alert(2)>'


@pytest.mark.django_db
class SearchFormTests:
    def test_the_form_keeps_what_was_typed_and_chosen(self, client, directory):
        web_cafe_in_schifflange()
        params = {"q": "web café", "commune": "schifflange", "category": "web-cafe", "free": "on", "sort": "name"}
        page = soup(client.get(directory["de"].url, params))
        assert page.select_one("input#id_q")["value"] == "web café"
        assert page.select_one("input#id_commune")["value"] == "Schifflingen"
        assert page.select_one("#id_category option[selected]")["value"] == "web-cafe"
        assert page.select_one("#id_sort option[selected]")["value"] == "name"
        assert page.select_one("input#id_free").has_attr("checked")
        assert not page.select_one("input#id_open_now").has_attr("checked")
        assert page.select_one("details.directory-more").has_attr("open")
        assert page.select_one("label.directory-check input#id_free")  # a checkbox is inside its label

    def test_every_field_has_its_label_and_help(self, client, directory):
        page = soup(client.get(directory["en"].url))
        assert page.select_one("label[for=id_q]").get_text() == "What are you looking for?"
        assert page.select_one("#id_q_helptext").get_text() == "For example: web café, help at home, garden"
        assert page.select_one("input#id_q")["aria-describedby"] == "id_q_helptext"
        assert page.select_one("label[for=id_commune]").get_text() == "Commune or postcode"
        assert page.select_one("input#id_commune")["list"] == "directory-communes"
        assert len(page.select("datalist#directory-communes option")) == 100
        assert "Open now" in page.select_one("label.directory-check:has(#id_open_now)").get_text()
        assert page.select(".field--error") == []

    def test_mistakes_are_explained_next_to_the_field_and_what_was_typed_is_kept(self, client, directory):
        page = soup(client.get(directory["en"].url, {"commune": "Atlantis", "q": HOSTILE, "sort": "distance"}))
        field = page.select_one(".field--error:has(#id_commune)")
        message = "We do not know this commune or postcode. Check the spelling."
        assert field.select_one("p.field__error#id_commune_error").get_text() == message
        typed = page.select_one("input#id_commune")
        assert typed["value"] == "Atlantis" and typed["aria-invalid"] == "true"
        assert "id_commune_error" in typed["aria-describedby"].split()
        summary = page.select_one(".error-summary a[href='#id_commune']").get_text()
        assert summary == f"Commune or postcode: {message}"
        assert page.select_one("input#id_q")["value"] == HOSTILE

    def test_a_typed_script_is_kept_as_text(self, client, directory):
        response = client.get(directory["fr"].url, {"q": HOSTILE, "commune": HOSTILE})
        assert HOSTILE not in response.content.decode()
        page = soup(response)
        assert page.select_one("input#id_q")["value"] == HOSTILE
        assert page.select_one("input#id_commune")["value"] == HOSTILE
