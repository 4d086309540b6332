"""The portal's main journeys in a real browser, as residents, municipal officers, editors and the helpdesk meet them.

Short journeys run in the four languages. Long ones run fully in one language and their key step in
the others; each class says which.
"""

import datetime as dt
import re
from zoneinfo import ZoneInfo

import docx
import pytest
from django.utils import dateformat, translation
from playwright.sync_api import expect

from tests.browser.conftest import LANGUAGES, axe_violations, page_url, sent_emails, translated

pytestmark = pytest.mark.browser

LUXEMBOURG = ZoneInfo("Europe/Luxembourg")
SCHIFFLANGE = {"fr": "Schifflange", "de": "Schifflingen", "lb": "Schëffleng", "en": "Schifflange", "pt": "Schifflange"}
WEB_CAFE = {"fr": "Web café", "de": "Webcafé", "lb": "Internetstuff", "en": "Web café", "pt": "Web café"}
# Käerjeng has one name in every language; its canton, Capellen, is "Kapellen" in Luxembourgish.
CAPELLEN = {"fr": "Capellen", "de": "Capellen", "lb": "Kapellen", "en": "Capellen", "pt": "Capellen"}
REFERENCE = re.compile(r"CR-(\d{4})-\d{6}")


class DirectoryJourneyTests:
    """Find a web café in Schifflange and call it, in the four languages."""

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_find_a_web_cafe_by_commune_and_category_then_see_today_and_call(self, page, site, language):
        page.goto(f"/{language}/")
        page.locator(f"main a[href='{page_url(site, 'DirectoryPage', language)}']").first.click()
        page.fill("#id_commune", SCHIFFLANGE[language])
        page.select_option("#id_category", label=WEB_CAFE[language])
        page.locator("form.directory-form button[type=submit]").click()

        cards = page.locator(".directory-list .directory-card")
        expect(cards.first).to_be_visible()
        for card in cards.all():
            expect(card.locator(".directory-card__tags")).to_contain_text(WEB_CAFE[language])
        name = cards.first.locator("h3").inner_text()
        cards.first.locator("h3 a").click()

        expect(page.locator("h1")).to_have_text(name)
        now = dt.datetime.now(LUXEMBOURG).strftime("%H:%M")
        today = page.locator("tr.directory-hours__today td").inner_text()
        slots = re.findall(r"(\d\d:\d\d)–(\d\d:\d\d)", today)
        facts = page.locator(".directory-now__facts").inner_text()
        closed_today = translated(language, "Closed today (%(reason)s)", reason="").rstrip("()")
        if closed_today not in facts:  # else a public holiday or an announced closure, and the page says which
            if slots:
                hours = ", ".join(f"{start}–{end}" for start, end in slots)
                assert f"{translated(language, 'Today’s hours:')} {hours}" in facts
            else:
                assert translated(language, "Not open today.") in facts
            open_until = [end for start, end in slots if start <= now < end]
            status = (
                translated(language, "Open now, until %(time)s", time=open_until[0])
                if open_until
                else translated(language, "Closed now")
            )
            assert status in facts
        expect(page.locator(".directory-contact a[href^='tel:+352']").first).to_be_visible()
        assert page.problems == []


def download_resolution(page, *, commune: str, meeting_date: dt.date) -> tuple[str, str]:
    """Fill the resolution generator on the current page; the downloaded file's name and text."""
    page.fill("#id_commune", commune)
    page.fill("#id_meeting_date", meeting_date.strftime("%d.%m.%Y"))
    with page.expect_download() as download:
        page.locator("form.generator-form button[type=submit]").click()
    document = docx.Document(download.value.path())
    return download.value.suggested_filename, "\n".join(paragraph.text for paragraph in document.paragraphs)


class GuideJourneyTests:
    """From the home page in German: step 7, tick its checklist, step 8, the resolution for Käerjeng.

    In French, Luxembourgish and English, the key step: from a step page to the filled-in resolution.
    """

    def test_in_german_from_step_7_to_the_resolution_for_kaerjeng_next_tuesday(self, page, site):
        guide = page_url(site, "GuideIndexPage", "de")
        page.goto("/de/")
        page.locator(f"a[href='{guide}']").first.click()
        page.locator(f"main a[href='{guide}schritt-7/']").first.click()
        expect(page.locator("h1")).to_contain_text("Schritt 7")
        first_item = page.locator("[data-checklist] input[type=checkbox]").first
        first_item.check()
        page.reload()
        expect(first_item).to_be_checked()

        page.locator("a[rel=next]").click()
        expect(page.locator("h1")).to_contain_text("Schritt 8")
        page.locator(f"a[href='{page_url(site, 'ResolutionGeneratorPage', 'de')}']").first.click()
        expect(page.locator("#id_language_1")).to_be_checked()  # Deutsch, the page's language
        today = dt.date.today()
        tuesday = today + dt.timedelta(days=(1 - today.weekday()) % 7 or 7)
        filename, text = download_resolution(page, commune="Käerjeng", meeting_date=tuesday)

        assert filename.endswith(f"{tuesday.isoformat()}.docx")
        assert "Beschluss des Gemeinderats von Käerjeng" in text
        assert "Kanton Capellen" in text
        with translation.override("de"):
            assert dateformat.format(tuesday, "j. F Y") in text  # "24. November 2026"
        assert page.problems == []

    @pytest.mark.parametrize("language", ["fr", "lb", "en"])
    def test_from_a_step_to_the_resolution_filled_in_for_a_commune(self, page, site, language):
        page.goto(page_url(site, "GuideStepPage", language))
        page.locator(f"a[href='{page_url(site, 'ResolutionGeneratorPage', language)}']").first.click()
        _filename, text = download_resolution(page, commune="Käerjeng", meeting_date=dt.date.today())
        assert "Käerjeng" in text
        assert CAPELLEN[language] in text
        assert page.problems == []


def ask_for_help_with_one_mistake(page, site, language: str, *, email: str) -> str:
    """Fill the care form from the home page, forgetting the phone and the email; correct it; send it.

    Checks what the resident sees at each step (accessibility included); returns the reference.
    """
    form_url = page_url(site, "CareRequestPage", language)
    page.goto(f"/{language}/")
    page.locator(f"main a[href='{form_url}']").first.click()
    page.check("#id_requester_role_0")
    page.fill("#id_name", "Marie Muller")
    page.fill("#id_address", "12, rue de l'Alzette")
    page.fill("#id_commune", SCHIFFLANGE[language])
    page.check(f"#id_contact_language_{LANGUAGES.index(language)}")  # the site's languages, in order
    page.check("#id_help_kind_2")  # shopping and errands
    page.fill("#id_description", "Shopping on Fridays.")
    page.check("#id_consent")
    page.locator("button[value=check]").click()

    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(page).to_have_title(re.compile("^" + re.escape(translated(language, "Error:"))))
    missing_contact = translated(language, "Give a phone number or an email address, so that we can reach you.")
    expect(summary.locator("a")).to_have_text([missing_contact])
    expect(page.locator("#id_phone_error")).to_contain_text(missing_contact)
    expect(page.locator("#id_phone")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_name")).to_have_value("Marie Muller")
    expect(page.locator("#id_commune")).to_have_value(SCHIFFLANGE[language])
    expect(page.locator("#id_description")).to_have_value("Shopping on Fridays.")
    expect(page.locator("#id_help_kind_2")).to_be_checked()
    expect(page.locator("#id_consent")).to_be_checked()
    assert axe_violations(page) == []

    summary.locator("a").click()
    expect(page.locator("#id_phone")).to_be_focused()
    page.fill("#id_email", email)
    page.locator("button[value=check]").click()

    expect(page.locator("h1")).to_have_text(translated(language, "Check your answers"))
    answers = page.locator("dl.care-summary")
    for answer in ("Marie Muller", SCHIFFLANGE[language], email):
        expect(answers).to_contain_text(answer)
    assert axe_violations(page) == []
    page.locator("button[value=send]").click()

    expect(page.locator("h1")).to_have_text(translated(language, "Your request has been sent"))
    reference = page.locator(".care-reference").inner_text()
    assert REFERENCE.fullmatch(reference).group(1) == str(dt.date.today().year)
    assert axe_violations(page) == []
    assert page.problems == []
    return reference


def emails_about(site, reference: str) -> dict[str, list]:
    """The emails sent so far that name ``reference``, by recipient."""
    found = {}
    for message in sent_emails(site):
        if reference in message["Subject"]:
            found.setdefault(message["To"], []).append(message)
    return found


class CareRequestJourneyTests:
    """Ask for help at home with one mistake and correct it: French, German and English here,
    Luxembourgish in the helpdesk's journey below (which goes on with that request)."""

    @pytest.mark.parametrize("language", ["fr", "de", "en"])
    def test_ask_for_help_with_one_mistake_and_correct_it(self, page, site, language):
        email = f"resident-{language}@example.lu"
        reference = ask_for_help_with_one_mistake(page, site, language, email=email)
        confirmation = translated(language, "We have received your request %(reference)s", reference=reference)
        assert [message["Subject"] for message in emails_about(site, reference)[email]] == [confirmation]


class HelpdeskJourneyTests:
    """A request in Luxembourgish for Schifflange, from the form to its closing (one language: it is long)."""

    def test_the_request_reaches_schifflanges_cig_and_the_helpdesk_answers_and_closes_it(self, page, site, sign_in):
        email = "marie.muller@example.lu"
        reference = ask_for_help_with_one_mistake(page, site, "lb", email=email)

        emails = emails_about(site, reference)
        (confirmation,) = emails[email]
        received = translated("lb", "We have received your request %(reference)s", reference=reference)
        assert confirmation["Subject"] == received
        for cig in site["schifflange_cig_emails"]:
            (notification,) = emails[cig]
            body = notification.get_body().get_content()
            assert "Marie Muller" not in body and email not in body
            admin_path = re.search(r"/admin/care-requests/\d+/", body).group(0)

        elsewhere = sign_in("cig-elsewhere")
        assert elsewhere.goto(admin_path).status == 403

        helpdesk = sign_in("helpdesk")
        helpdesk.goto("/admin/care-requests/")
        helpdesk.fill("#care-search", reference)
        helpdesk.locator(".care-admin__search button").click()
        helpdesk.get_by_role("link", name=reference).click()
        expect(helpdesk.locator("main")).to_contain_text("Marie Muller")

        helpdesk.select_option("#id_assignee", label="helpdesk")
        helpdesk.locator("button[value=assign]").click()
        expect(helpdesk.locator(".messages")).to_contain_text("Assignment saved.")
        helpdesk.fill("#id_text", "Called the CIG, they will visit on Friday.")
        helpdesk.locator("button[value=note]").click()
        expect(helpdesk.locator(".messages")).to_contain_text("Note added.")
        helpdesk.select_option("#id_canned_reply", label="Mir ruffen Iech geschwënn un")
        helpdesk.locator("button[value=use_canned]").click()
        expect(helpdesk.locator("#id_subject")).to_have_value(f"Är Ufro {reference}")
        helpdesk.locator("button[value=reply]").click()
        expect(helpdesk.locator(".messages")).to_contain_text("Reply sent.")
        helpdesk.select_option("#id_status", "closed")
        helpdesk.select_option("#id_close_reason", "helped")
        helpdesk.locator("button[value=status]").click()
        expect(helpdesk.locator(".messages")).to_contain_text("Status saved.")

        history = helpdesk.locator(".care-admin__history")
        expect(history).to_contain_text("Called the CIG, they will visit on Friday.")
        expect(history).to_contain_text("Är Ufro")
        replies = [message["Subject"] for message in emails_about(site, reference)[email]]
        assert replies == [confirmation["Subject"], f"Är Ufro {reference}"]
        assert helpdesk.problems == []


class EditorJourneyTests:
    """An editor writes a page, a moderator approves it and translates it into German (French only: it is long)."""

    def test_an_editor_writes_a_page_a_moderator_publishes_it_and_its_german_translation(self, site, sign_in):
        editor = sign_in("editor")
        editor.goto("/admin/pages/")
        editor.get_by_role("link", name="Explore child pages of 'Accueil'").click()
        editor.get_by_role("link", name="Add child page", exact=True).click()
        editor.get_by_role("link", name="Standard page", exact=True).click()
        editor.fill("#id_title", "Atelier des aidants")
        editor.fill("#id_intro", "Chaque mardi, un atelier pour les proches aidants.")
        editor.locator("footer .w-dropdown__toggle").click()
        editor.get_by_role("button", name="Submit to Moderators approval").click()
        expect(editor.locator(".messages")).to_contain_text("submitted for moderation")
        edit_url = editor.locator(".messages a", has_text="Edit").get_attribute("href")
        assert editor.request.get("/fr/atelier-des-aidants/").status == 404

        moderator = sign_in("moderator")
        review = moderator.locator("#awaiting-review-section tr", has_text="Atelier des aidants")
        review.get_by_role("button", name="Actions").click()
        review.get_by_role("button", name="Approve", exact=True).click()
        expect(moderator.locator("#awaiting-review-section tr", has_text="Atelier des aidants")).to_have_count(0)
        assert moderator.request.get("/fr/atelier-des-aidants/").status == 200

        moderator.goto(edit_url)
        moderator.locator("header").get_by_role("button", name="Actions").click()
        moderator.get_by_role("link", name="Translate this page").click()
        moderator.get_by_label("Deutsch").check()
        moderator.locator("main input[type=submit]").click()
        for german in ("Werkstatt für pflegende Angehörige", "Jeden Dienstag eine Werkstatt für pflegende Angehörige."):
            moderator.get_by_role("button", name="Translate", exact=True).first.click()
            moderator.locator("textarea:visible").fill(german)
            moderator.get_by_role("button", name="Save", exact=True).click()
            expect(moderator.get_by_text(german, exact=True)).to_be_visible()
        moderator.get_by_role("button", name="Publish in Deutsch").click()
        expect(moderator.locator(".messages")).to_contain_text("Published")

        visitor = moderator.context.new_page()
        visitor.goto("/fr/atelier-des-aidants/")
        visitor.get_by_role("link", name="Deutsch").click()
        expect(visitor.locator("html")).to_have_attribute("lang", "de")
        expect(visitor.locator("h1")).to_have_text("Werkstatt für pflegende Angehörige")
        expect(visitor.locator("main")).to_contain_text("Jeden Dienstag eine Werkstatt für pflegende Angehörige.")
        assert editor.problems == [] and moderator.problems == []
