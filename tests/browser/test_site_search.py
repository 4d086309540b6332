import re

import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


class SiteSearchBrowserTests:
    def test_the_results_page_is_accessible_and_reflows_at_320_pixels(self, page):
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto("/de/suche/?q=Garten")
        assert page.locator("ol.site-search-results mark").first.inner_text() == "Garten"
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        assert axe_violations(page) == []
        assert page.problems == []

    def test_suggestions_are_a_keyboard_combobox_that_opens_the_chosen_result(self, page):
        page.goto("/lb/")
        box = page.locator("header input[name=q]:visible")
        box.fill("Internets")
        listbox = page.locator("header [role=listbox]:visible")
        listbox.locator("[role=option]").first.wait_for()
        assert box.get_attribute("aria-expanded") == "true"
        box.press("ArrowDown")
        first = listbox.locator("[role=option]").first
        assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
        assert first.get_attribute("aria-selected") == "true"
        assert axe_violations(page) == []
        box.press("Enter")
        page.wait_for_url(re.compile(r"/lb/servicer/service/"))
        assert page.problems == []

    def test_escape_closes_the_list_and_enter_searches_what_was_typed(self, page):
        page.goto("/fr/")
        box = page.locator("header input[name=q]:visible")
        box.fill("jardin")
        page.locator("header [role=option]:visible").first.wait_for()
        box.press("Escape")
        assert box.get_attribute("aria-expanded") == "false"
        box.press("Enter")
        page.wait_for_url(re.compile(r"/fr/recherche/\?q=jardin"))
        assert page.locator("ol.site-search-results li").count() >= 1
