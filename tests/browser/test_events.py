"""The resident's walk-through of "What's on", on a phone and in Portuguese: find a beginners' smartphone
course near Differdange next week, sign up, get the confirmation and the .ics, cancel from the email; the
first person on the waiting list is moved up and told. And the sign-up form without JavaScript."""

import datetime as dt
import re
import time
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.utils import translation
from playwright.sync_api import expect

from tests.browser.conftest import open_tab, page_url, sent_emails, translated

pytestmark = pytest.mark.browser

LUXEMBOURG = ZoneInfo("Europe/Luxembourg")
PHONE = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True}
COURSE = "Smartphone para principiantes, em português"
REFERENCE = re.compile(r"EV-\d{5}-\d{4}")


@pytest.fixture
def phone(browser, site):
    context = browser.new_context(base_url=site["base_url"], **PHONE)
    yield open_tab(context)
    context.close()


@pytest.fixture
def phone_without_javascript(browser, site):
    context = browser.new_context(base_url=site["base_url"], java_script_enabled=False, **PHONE)
    yield open_tab(context)
    context.close()


def next_week() -> tuple[dt.date, dt.date]:
    today = dt.datetime.now(LUXEMBOURG).date()
    monday = today + dt.timedelta(days=7 - today.weekday())
    return monday, monday + dt.timedelta(days=6)


def booked(places: int) -> str:
    with translation.override("pt"):
        return translation.ngettext("Your place is booked.", "Your %(places)s places are booked.", places) % {
            "places": places
        }


def sign_up(tab, *, name: str, email: str = "", phone: str = "", places: int = 1) -> str:
    """Fill the sign-up form on the current page and send it; the reference the confirmation shows."""
    tab.fill("#id_name", name)
    tab.fill("#id_phone", phone)
    tab.fill("#id_email", email)
    tab.select_option("#id_language", "pt")
    tab.fill("#id_places", str(places))
    tab.locator(".care-form form button[type=submit]").click()
    expect(tab.locator("h1")).to_have_text(translated("pt", "Your sign-up"))
    return REFERENCE.search(tab.locator("main").inner_text()).group(0)


def email_to(site, address: str, subject: str):
    """The email sent to ``address`` with ``subject`` (delivered by a background task: waited for)."""
    for _ in range(50):
        found = [m for m in sent_emails(site) if m["To"] == address and m["Subject"] == subject]
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no email “{subject}” to {address}")


class ResidentEventJourneyTests:
    def test_find_the_course_sign_up_add_it_to_the_calendar_cancel_from_the_email_and_the_waiting_list_moves_up(
        self, phone, site
    ):
        tab = phone
        whats_on = page_url(site, "EventIndexPage", "pt")
        tab.goto("/pt/")
        tab.locator(".site-menu > summary").click()
        tab.locator(f".main-menu a[href='{whats_on}']").click()
        expect(tab.locator("h1")).to_have_text("Agenda")

        monday, sunday = next_week()
        tab.fill("#id_place", "differdange")
        tab.select_option("#id_kind", "course")
        tab.select_option("#id_language", "pt")
        tab.check("input[name=when][value=dates]")
        tab.fill("#id_date_from", monday.isoformat())
        tab.fill("#id_date_to", sunday.isoformat())
        tab.locator("form.events__filters button[type=submit]").click()

        results = tab.locator(".events__item")
        expect(results).to_have_count(1)
        expect(results.locator("h3")).to_have_text(COURSE)
        results.locator("h3 a").click()

        expect(tab.locator("h1")).to_have_text(COURSE)
        first = dt.datetime.fromisoformat(tab.locator("main ul time").first.get_attribute("datetime"))
        assert monday <= first.astimezone(LUXEMBOURG).date() <= sunday
        assert first.astimezone(LUXEMBOURG).time() == dt.time(14, 0)
        calendar_link = tab.locator("a[download]")
        with tab.expect_download() as download:
            calendar_link.click()
        assert download.value.suggested_filename.endswith(".ics")
        calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        starts = sorted(entry.decoded("dtstart") for entry in calendar.walk("VEVENT"))
        assert starts[0] == first
        assert str(calendar.walk("VEVENT")[0]["summary"]) == COURSE
        answer = tab.context.request.get(calendar_link.get_attribute("href"))
        assert answer.headers["content-type"].startswith("text/calendar")

        signup_url = tab.locator("a.button").get_attribute("href")
        tab.locator("a.button").click()
        resident = "maria.resident@example.com"
        reference = sign_up(tab, name="Maria Silva", email=resident)
        expect(tab.locator("main")).to_contain_text(booked(1))
        assert tab.locator("main a[href*='/cancel/']").count() == 1
        confirmation = email_to(site, resident, translated("pt", "Your sign-up %(reference)s", reference=reference))

        tab.goto(signup_url)  # a family takes the other seven places
        sign_up(tab, name="Família Costa", phone="+352 621 000 001", places=7)
        expect(tab.locator("main")).to_contain_text(booked(7))
        tab.goto(signup_url)  # the course is full: the next person waits
        waiting = "joao.waiting@example.com"
        waiting_reference = sign_up(tab, name="João Pereira", email=waiting)
        expect(tab.locator("main")).to_contain_text(
            translated(
                "pt", "The event is full: you are on the waiting list. If a place becomes free, we confirm it to you."
            )
        )

        cancel_link = re.search(r"https?://\S+/cancel/\S+", confirmation.get_content()).group(0)
        tab.goto(urlparse(cancel_link).path)
        expect(tab.locator("h1")).to_have_text(translated("pt", "Cancel a sign-up"))
        tab.locator("form[method=post] button[type=submit]").click()
        expect(tab.locator("h1")).to_have_text(translated("pt", "Sign-up cancelled"))
        expect(tab.locator("main")).to_contain_text(reference)

        told = email_to(site, waiting, translated("pt", "A place for you: %(reference)s", reference=waiting_reference))
        assert (
            translated(
                "pt",
                "Good news: a place has become free for “%(title)s”. Your sign-up %(reference)s is now confirmed.",
                title=COURSE,
                reference=waiting_reference,
            )
            in told.get_content()
        )
        assert tab.problems == []

    def test_without_javascript_the_filters_and_the_sign_up_form_work_and_a_mistake_keeps_what_was_typed(
        self, phone_without_javascript, site
    ):
        tab = phone_without_javascript
        tab.goto(page_url(site, "EventIndexPage", "pt"))
        tab.select_option("#id_kind", "tour")
        tab.fill("#id_place", "CLERVAUX")
        tab.locator("form.events__filters button[type=submit]").click()
        expect(tab.locator(".events__item")).to_have_count(1)
        tab.locator(".events__item h3 a").click()
        tab.locator("a.button").click()

        tab.fill("#id_name", "Ana Reis")
        tab.locator(".care-form form button[type=submit]").click()
        expect(tab.locator("#id_phone")).to_have_attribute("aria-invalid", "true")
        expect(tab.locator("main")).to_contain_text(
            translated("pt", "Please give a phone number or an email address, so that we can reach you.")
        )
        expect(tab.locator("#id_name")).to_have_value("Ana Reis")

        reference = sign_up(tab, name="Ana Reis", phone="+352 621 000 002", places=2)
        expect(tab.locator("main")).to_contain_text(reference)
        expect(tab.locator("main")).to_contain_text(booked(2))
        assert tab.problems == []
