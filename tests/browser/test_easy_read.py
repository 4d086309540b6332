"""A resident on a phone reads a page's easy-to-read summary."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES, page_url, translated

pytestmark = pytest.mark.browser


class EasyReadOnAPhoneTests:
    @pytest.mark.parametrize("language", LANGUAGES)
    def test_the_link_under_a_guide_steps_title_leads_to_its_summary(self, page, site, language):
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(page_url(site, "GuideStepPage", language))
        link = page.get_by_role("link", name=translated(language, "Read this page in simple words"))
        summary = page.get_by_role("region", name=translated(language, "In simple words"))

        link.click()

        expect(summary).to_be_in_viewport()
        assert page.url.endswith("#easy-read")
        assert summary.locator("p").count() >= 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
