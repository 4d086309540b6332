"""Finding a commune in the directory however a resident types it, in a real browser at phone width."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES, page_url

pytestmark = pytest.mark.browser

ESCH_SUR_ALZETTE = {
    "fr": "Esch-sur-Alzette",
    "de": "Esch an der Alzette",
    "lb": "Esch-Uelzecht",
    "en": "Esch-sur-Alzette",
    "pt": "Esch-sur-Alzette",
}
ESCH_SUR_SURE = {
    "fr": "Esch-sur-Sûre",
    "de": "Esch-Sauer",
    "lb": "Esch-Sauer",
    "en": "Esch-sur-Sûre",
    "pt": "Esch-sur-Sûre",
}
SCHIFFLANGE = {"fr": "Schifflange", "de": "Schifflingen", "lb": "Schëffleng", "en": "Schifflange", "pt": "Schifflange"}


def search_commune(page, typed: str) -> None:
    page.fill("#id_commune", typed)
    page.locator("form.directory-form button[type=submit]").click()


class CommuneLookupTests:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_esch_alzette_then_esch_then_schiflange(self, page, site, language):
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(page_url(site, "DirectoryPage", language))

        search_commune(page, "esch alzette")
        expect(page.locator(".error-summary")).to_have_count(0)
        expect(page.locator("#id_commune")).to_have_value(ESCH_SUR_ALZETTE[language])

        search_commune(page, "Esch")
        choices = page.locator(".error-summary .directory-choices a")
        expected = sorted([ESCH_SUR_ALZETTE[language], ESCH_SUR_SURE[language]])  # in the visitor's alphabetical order
        expect(choices).to_have_text(expected)
        expect(page.locator(".directory-results .directory-card")).to_have_count(0)
        choices.filter(has_text=ESCH_SUR_SURE[language]).click()
        expect(page.locator("#id_commune")).to_have_value(ESCH_SUR_SURE[language])

        search_commune(page, "schiflange")
        suggestion = page.locator(".error-summary .directory-choices a", has_text=SCHIFFLANGE[language])
        expect(suggestion).to_be_visible()
        suggestion.click()
        expect(page.locator("#id_commune")).to_have_value(SCHIFFLANGE[language])
        expect(page.locator(".directory-list .directory-card").first).to_be_visible()
        assert page.problems == []

    def test_a_commune_without_a_web_cafe_shows_the_nearest_and_its_directions(self, page, site):
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(page_url(site, "DirectoryPage", "en"))
        page.fill("#id_q", "web café")
        search_commune(page, "Beaufort")
        nearest = page.locator(".directory-nearest .directory-card")
        expect(nearest.first).to_be_visible()
        expect(nearest.first).to_contain_text(re.compile(r"\d+(\.\d)? km away"))
        nearest.first.locator("h3 a").click()
        expect(page.locator(".directory-directions a[href^='geo:']").first).to_be_visible()
        expect(page.locator(".directory-directions a[href*='openstreetmap.org/directions']").first).to_be_visible()
        assert page.problems == []
