import pytest

from tests.browser.conftest import LANGUAGES, axe_violations

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
