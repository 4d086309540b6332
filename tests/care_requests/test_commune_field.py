"""The care form's one commune-or-postcode field understands what a resident types, and asks when it must."""

import pytest
from bs4 import BeautifulSoup

from .conftest import answers, post


def options(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        soup.select_one(f"label[for={radio['id']}]").get_text() for radio in soup.select("input[name=commune_choice]")
    ]


@pytest.mark.django_db
class CareCommuneFieldTests:
    @pytest.mark.parametrize("typed", ["esch alzette", "Esch/Alzette", "L-4001"])
    def test_a_usual_spelling_is_understood(self, client, care_page, typed):
        response = post(client, care_page.url, {**answers(commune=typed), "action": "check"})
        html = response.content.decode()
        assert "error-summary" not in html
        assert "Esch-sur-Alzette" in html

    def test_esch_asks_which_esch(self, client, care_page):
        response = post(client, care_page.url, {**answers(commune="Esch"), "action": "check"})
        assert options(response) == ["Esch-sur-Alzette", "Esch-sur-Sûre"]
        assert "error-summary" in response.content.decode()

    def test_a_misspelt_commune_is_offered_and_can_be_chosen(self, client, care_page):
        response = post(client, care_page.url, {**answers(commune="schiflange"), "action": "check"})
        assert "Schifflange" in options(response)
        chosen = post(
            client, care_page.url, {**answers(commune="schiflange"), "commune_choice": "schifflange", "action": "check"}
        )
        assert "error-summary" not in chosen.content.decode()
