import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES, axe_violations, page_url, translated

pytestmark = pytest.mark.browser


class PublicPagesAccessibilityTests:
    def test_every_public_page_type_in_every_language_has_no_axe_violations(self, page, site):
        checked, failures = [], {}
        for page_type, language, url in site["pages"]:
            response = page.goto(url)
            assert response.status == 200, url
            assert page.get_attribute("html", "lang") == language, url
            violations = axe_violations(page)
            if violations:
                failures[url] = violations
            checked.append((page_type, language))
        assert {language for _type, language in checked} == set(LANGUAGES)
        assert failures == {}

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_404_page_has_no_axe_violations(self, page, language):
        response = page.goto(f"/{language}/this-page-does-not-exist/")
        assert response.status == 404
        assert axe_violations(page) == []

    def test_pages_log_no_console_errors_or_csp_violations(self, page, site):
        for _page_type, _language, url in site["pages"]:
            page.goto(url)
            page.wait_for_load_state("networkidle")
        assert page.problems == []


class ReflowTests:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_no_horizontal_scrolling_at_320_pixels(self, page, language):
        page.set_viewport_size({"width": 320, "height": 640})
        page.goto(f"/{language}/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320

    def test_the_skip_link_is_the_first_stop_and_moves_focus_to_the_content(self, page):
        page.goto("/fr/")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        assert page.evaluate("getComputedStyle(document.activeElement).top") != "-160px"
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"


class FormErrorStatesAccessibilityTests:
    """Forms as visitors see them after a mistake. Check-your-answers and the confirmation are in
    test_journeys.py (the care request journey runs axe at each step)."""

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_error_states_have_no_axe_violations(self, page, site, language):
        failures = {}

        def check(state: str) -> None:
            expect(page.locator(".error-summary, .directory-empty").first).to_be_visible()
            violations = axe_violations(page)
            if violations:
                failures[state] = violations

        page.goto(page_url(site, "CareRequestPage", language))
        page.locator("button[value=check]").click()
        check("care request sent empty")
        page.fill("#id_name", "Marie Muller")
        page.fill("#id_commune", "Schifflangee")
        page.locator("button[value=check]").click()
        check("care request with a mistyped commune")

        page.goto(site["contact_urls"][language])
        page.locator("main form button[type=submit]").click()
        check("contact form sent empty")

        page.goto(page_url(site, "ResolutionGeneratorPage", language))
        page.fill("#id_commune", "Kaerjengg")
        page.fill("#id_meeting_date", "31.02.2027")
        page.locator("form.generator-form button[type=submit]").click()
        check("resolution generator with an unknown commune and an impossible date")

        page.goto(page_url(site, "DirectoryPage", language))
        page.fill("#id_q", "zzzz qqqq")
        page.fill("#id_commune", "schifflange")
        page.locator("form.directory-form button[type=submit]").click()
        check("directory search without results")

        assert failures == {}
        assert page.problems == []


class ErrorPagesAccessibilityTests:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_500_page_is_in_the_visitors_language_without_axe_violations(self, page, language):
        response = page.goto(f"/{language}/__test__/500/")
        assert response.status == 500
        assert page.get_attribute("html", "lang") == language
        expect(page.locator("h1")).to_have_text(translated(language, "Sorry, something went wrong"))
        assert axe_violations(page) == []

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_503_page_while_the_database_is_down_has_no_axe_violations(self, page, unavailable_site, language):
        response = page.goto(f"{unavailable_site}/{language}/")
        assert response.status == 503
        assert response.headers["retry-after"]
        assert page.get_attribute("html", "lang") == language
        expect(page.locator("h1")).to_have_text(translated(language, "The site is briefly unavailable"))
        assert axe_violations(page) == []


FOCUSED = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return {
        id: [
            [...document.querySelectorAll("*")].indexOf(element),
            element.tagName, element.id || element.name || element.getAttribute("href"),
        ].join(" "),
        visible: outline || style.boxShadow !== "none",
        inForm: element.closest("main form") !== null,
    };
}"""


def tab_to(page, selector: str, *, limit: int = 40) -> list[dict]:
    """Press Tab until ``selector`` has the focus; every stop on the way shows its focus and none repeats."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        assert focused["visible"], f"no visible focus on {focused['id']}"
        assert focused["id"] not in [stop["id"] for stop in stops], f"focus came back to {focused['id']}"
        stops.append(focused)
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return stops
    raise AssertionError(f"Tab never reached {selector}: {[stop['id'] for stop in stops]}")


class KeyboardJourneyTests:
    def test_the_care_form_with_the_keyboard_only(self, page, site):
        """In English: fields by Tab, radios by arrows and Space, a mistake fixed from the error summary."""
        page.goto(page_url(site, "CareRequestPage", "en"))
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")  # the skip link
        tab_to(page, "#id_requester_role_0")
        page.keyboard.press("Space")  # "Me"
        for selector, text in [
            ("#id_name", "Marie Muller"),
            ("#id_address", "1 Main Street"),
            ("#id_commune", "Schifflange"),
        ]:
            tab_to(page, selector)
            page.keyboard.type(text)
        tab_to(page, "#id_contact_language_0")
        for _ in range(3):
            page.keyboard.press("ArrowDown")  # French, German, Luxembourgish, English
        tab_to(page, "#id_help_kind_0")
        page.keyboard.press("Space")
        tab_to(page, "#id_description")
        page.keyboard.type("Fix a shelf.")
        tab_to(page, "#id_consent")
        page.keyboard.press("Space")
        tab_to(page, "button[value=check]")
        page.keyboard.press("Tab")
        assert not page.evaluate(FOCUSED)["inForm"], "Tab does not leave the form after its last button"
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")

        expect(page.locator("#error-summary")).to_be_focused()
        assert page.evaluate(FOCUSED)["visible"]
        tab_to(page, "#error-summary a")
        page.keyboard.press("Enter")
        expect(page.locator("#id_phone")).to_be_focused()
        page.keyboard.type("621 123 456")
        tab_to(page, "button[value=check]")
        page.keyboard.press("Enter")

        expect(page.locator("h1")).to_have_text("Check your answers")
        expect(page.locator("dl.care-summary")).to_contain_text("English")
        tab_to(page, "button[value=send]")
        page.keyboard.press("Enter")
        expect(page.locator(".care-reference")).to_have_text(re.compile(r"CR-\d{4}-\d{6}"))
        assert page.problems == []
