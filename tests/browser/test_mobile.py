"""The site on a phone and on a desktop: the folding menu, reflow at 320 px, the home page's first screen,
the care form's touch targets and “Was this page useful?” without JavaScript."""

import pytest

from tests.browser.conftest import LANGUAGES, open_tab, page_url, translated

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_without_javascript(browser, site):
    context = browser.new_context(base_url=site["base_url"], viewport=PHONE, java_script_enabled=False)
    yield open_tab(context)
    context.close()


class MobileTests:
    def test_no_public_page_of_any_type_or_language_scrolls_sideways_at_320_pixels(self, page, site):
        page.set_viewport_size({"width": 320, "height": 640})
        too_wide = {}
        for _page_type, _language, url in site["pages"]:
            page.goto(url)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                too_wide[url] = width
        assert too_wide == {}

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_on_a_phone_the_menu_folds_and_opens_without_javascript(self, phone_without_javascript, language):
        tab = phone_without_javascript
        tab.goto(f"/{language}/")
        first_link = tab.locator(".main-menu a").first
        assert not first_link.is_visible()
        assert not tab.locator("#site-menu input[type=search], #site-menu input[name=q]").first.is_visible()
        summary = tab.locator(".site-menu > summary")
        assert summary.inner_text().strip().startswith(translated(language, "Menu"))
        summary.click()
        assert first_link.is_visible()
        first_link.click()
        assert tab.url.rstrip("/") != f"/{language}"

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_on_a_desktop_the_menu_is_one_row_and_needs_no_button(self, page, language):
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"/{language}/")
        assert not page.locator(".site-menu > summary").is_visible()
        tops = page.locator(".main-menu li").evaluate_all(
            "items => items.map(item => item.getBoundingClientRect().top)"
        )
        assert len(tops) >= 3 and len(set(tops)) == 1

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_home_page_shows_its_three_entry_tasks_on_the_first_screen_of_a_phone(self, page, language):
        page.set_viewport_size(PHONE)
        page.goto(f"/{language}/")
        assert page.locator("h1").inner_text() == translated(language, "Local services and integration portal")
        bottoms = page.locator(".card-grid .card__title").evaluate_all(
            "titles => titles.slice(0, 3).map(title => title.getBoundingClientRect().bottom)"
        )
        assert len(bottoms) == 3 and max(bottoms) <= PHONE["height"]

    def test_the_care_forms_radios_and_checkbox_are_large_touch_targets(self, page, site):
        page.set_viewport_size(PHONE)
        page.goto(page_url(site, "CareRequestPage", "fr"))
        sizes = page.locator(".care-form input[type=radio], .care-form input[type=checkbox]").evaluate_all(
            "inputs => inputs.map(input => [input.offsetWidth, input.offsetHeight])"
        )
        assert sizes and all(width >= 40 and height >= 40 for width, height in sizes)

    def test_a_resident_answers_was_this_page_useful_without_javascript(self, phone_without_javascript, site):
        tab = phone_without_javascript
        tab.goto("/de/")
        trap = tab.locator("#page-feedback-website").bounding_box()  # the spam trap: nobody should see it
        assert trap is None or trap["x"] + trap["width"] <= 0
        tab.get_by_text(translated("de", "Add a comment (optional)")).click()
        tab.get_by_label(translated("de", "What could we do better? (optional)")).fill("Schrift größer, bitte.")
        tab.locator("#feedback button[value=no]").click()
        assert tab.locator("h1").inner_text() == translated("de", "Thank you for your answer")
