"""The translation dashboard in a real browser, on the demo content."""

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


class TranslationDashboardTests:
    def test_a_translator_goes_from_the_counts_to_the_rows_they_need(self, site, sign_in):
        moderator = sign_in("moderator")
        moderator.goto("/admin/translations/")
        summary = moderator.locator("table.translation-overview__summary")
        # One row per language a page is translated into: every content language but French.
        expect(summary.locator("tbody tr")).to_have_count(len(settings.WAGTAIL_CONTENT_LANGUAGES) - 1)
        german = summary.locator('tbody tr[data-language="de"]')
        link = german.locator("td a").first
        state = link.locator("xpath=..").get_attribute("data-state")
        count = int(link.inner_text())
        link.click()

        rows = moderator.locator("table.listing tbody tr[data-object]")
        expect(rows).to_have_count(min(count, 50))
        assert set(rows.evaluate_all("rows => rows.map(row => row.dataset.language)")) == {"de"}
        assert set(rows.evaluate_all("rows => rows.map(row => row.dataset.state)")) == {state}
        tag = rows.first.locator(".translation-state")
        expect(tag).to_have_class(f"w-status translation-state translation-state--{state}")
        assert tag.inner_text().strip()  # the state in words, not only in colour

        # Wagtail's own header drop-down toggle has an accessible name other than its text: not this screen's.
        wagtails = ".w-dropdown__toggle"
        violations = axe_violations(moderator)
        assert [v for v in violations if not all(node.startswith(wagtails) for node in v["nodes"])] == []
        assert moderator.problems == []
