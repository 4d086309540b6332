"""A translator's journey in the admin: request German, translate, submit; a moderator approves (English admin)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GERMAN = {
    "Café des langues": "Sprachcafé",
    "cafe-des-langues": "sprachcafe",
    "Chaque jeudi, on parle ensemble.": "Jeden Donnerstag sprechen wir miteinander.",
}


class TranslatorJourneyTests:
    def test_a_translator_translates_a_live_page_and_a_moderator_publishes_it(self, site, sign_in):
        french = site["french_only_page"]
        translator = sign_in("translator")
        translator.goto(f"/admin/pages/{french['id']}/edit/")
        translator.locator("header").get_by_role("button", name="Actions").click()
        translator.get_by_role("link", name="Translate this page").click()
        translator.get_by_label("Deutsch").check()
        translator.locator("main input[type=submit]").click()
        translator.wait_for_url("**/admin/pages/*/edit/")
        german_edit_url = translator.url
        assert translator.request.get("/de/cafe-des-langues/").status == 404  # a draft: nothing new is live
        expect(translator.get_by_role("button", name="Publish in Deutsch")).to_have_count(0)

        def translate_next(german: str) -> None:
            translator.get_by_role("button", name="Translate", exact=True).first.click()
            translator.locator("textarea:visible").fill(german)
            translator.get_by_role("button", name="Save", exact=True).click()
            expect(translator.get_by_text(german, exact=True)).to_be_visible()

        translate_next(GERMAN["Café des langues"])
        translate_next(GERMAN["Chaque jeudi, on parle ensemble."])
        translator.get_by_role("tab", name="Promote").click()
        translate_next(GERMAN["cafe-des-langues"])

        translator.get_by_role("button", name="Submit for moderation").click()
        expect(translator.locator(".messages")).to_contain_text("is waiting for a moderator's approval")
        expect(translator.locator("[data-review-state=in-moderation]")).to_be_visible()
        assert translator.request.get("/de/sprachcafe/").status == 404

        moderator = sign_in("moderator")
        review = moderator.locator("#awaiting-review-section tr", has_text="Sprachcafé")
        review.get_by_role("button", name="Actions").click()
        review.get_by_role("button", name="Approve", exact=True).click()
        expect(moderator.locator("#awaiting-review-section tr", has_text="Sprachcafé")).to_have_count(0)

        visitor = moderator.context.new_page()
        visitor.goto(french["url"])
        visitor.get_by_role("link", name="Deutsch").click()
        expect(visitor.locator("html")).to_have_attribute("lang", "de")
        expect(visitor.locator("h1")).to_have_text("Sprachcafé")
        expect(visitor.locator("main")).to_contain_text("Jeden Donnerstag sprechen wir miteinander.")
        translator.goto(german_edit_url)
        expect(translator.locator("[data-review-state]")).to_have_count(0)
        assert translator.problems == [] and moderator.problems == []
