"""An organiser's journey in a real browser (English admin): a CIG's staff member adds a weekly course that
skips a public holiday, a moderator approves it, people sign up, and the organiser prints the attendance
list of one session and ticks who came."""

import json
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ROOT

pytestmark = pytest.mark.browser

TITLE = "Smartphone for beginners"

# Run in the server's database once the course is live: two people sign up for it, one for another
# organisation's event; prints the name of the organiser's organisation.
SIGN_UPS = f"""
import json
from datetime import date
from django.contrib.auth import get_user_model
from events.models import Event
from events.services import SignUpData, signup_create
from services_directory.models import Organization
from tests.factories.events import EventFactory, publish_event, session

def sign_up(event, name, needs=""):
    data = SignUpData(name=name, phone="621 000 111", email="", language="pt", places=1, needs=needs)
    signup_create(event=event, data=data, locale="fr")

course = Event.objects.filter(title={TITLE!r}, live=True).latest("pk")
sign_up(course, "Ana Silva", needs="Large print")
sign_up(course, "Paulo Costa")
own = get_user_model().objects.get(username="cig-schifflange").care_memberships.get().organisation
other = Organization.objects.filter(locale=own.locale).exclude(pk=own.pk).first()
elsewhere = publish_event(EventFactory(organization=other, title="Sorting centre tour", signup_required=True,
                                       schedule=[session(date(2027, 3, 20))], locale=own.locale))
sign_up(elsewhere, "Jean Muller")
print(json.dumps({{"organisation": own.name}}))
"""


def in_site(site, code: str) -> dict:
    """Run ``code`` in the browser site's database (another process) and read its last line as JSON."""
    output = subprocess.run(  # noqa: S603 -- our own manage.py
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=site["env"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def organisation_of(site, username: str) -> str:
    code = (
        "import json; from django.contrib.auth import get_user_model; "
        f"user = get_user_model().objects.get(username={username!r}); "
        "print(json.dumps({'name': user.care_memberships.get().organisation.name}))"
    )
    return in_site(site, code)["name"]


class OrganiserJourneyTests:
    def test_add_a_weekly_course_skipping_easter_monday_see_the_sign_ups_print_the_list_and_tick(self, site, sign_in):
        organisation = organisation_of(site, "cig-schifflange")
        organiser = sign_in("cig-schifflange")
        organiser.set_viewport_size({"width": 1600, "height": 1000})
        organiser.goto("/admin/snippets/events/event/add/")
        # CIG staff choose among their own organisations, from a plain list: their only one is chosen already.
        choice = organiser.locator("select#id_organization")
        expect(choice.locator("option:checked")).to_have_text(organisation)
        expect(organiser.locator("#id_organization-chooser")).to_have_count(0)
        organiser.fill("#id_title", TITLE)
        organiser.fill("#id_description", "Calls, photos and messages on your phone, in small groups.")
        organiser.locator("input[name=session_languages][value=pt]").check()
        organiser.get_by_role("tab", name="Where and when").click()
        organiser.get_by_role("button", name="Insert a block").first.click()
        organiser.get_by_role("option", name="Every week").click()
        organiser.locator("select[name='schedule-0-value-weekday']").select_option("0")
        organiser.fill("input[name='schedule-0-value-start_time']", "14:00")
        organiser.fill("input[name='schedule-0-value-end_time']", "16:00")
        organiser.fill("input[name='schedule-0-value-first_date']", "2027-03-15")
        organiser.fill("input[name='schedule-0-value-last_date']", "2027-04-12")
        expect(organiser.locator("input[name='schedule-0-value-skip_public_holidays']")).to_be_checked()
        organiser.get_by_role("tab", name="Places and price").click()
        expect(organiser.locator("#id_capacity")).to_be_visible()
        organiser.fill("#id_capacity", "12")
        organiser.locator("#id_signup_required").check()
        organiser.locator("footer .w-dropdown__toggle").click()
        organiser.get_by_role("button", name="Submit to Moderators approval").click()
        expect(organiser.locator(".messages")).to_contain_text("submitted")

        moderator = sign_in("moderator")
        review = moderator.locator("#awaiting-review-section tr", has_text=TITLE)
        review.get_by_role("button", name="Actions").click()
        review.get_by_role("button", name="Approve", exact=True).click()
        expect(moderator.locator("#awaiting-review-section tr", has_text=TITLE)).to_have_count(0)

        in_site(site, SIGN_UPS)
        organiser.goto("/admin/event_signups/")
        expect(organiser.locator("main")).to_contain_text("Ana Silva")
        expect(organiser.locator("main")).to_contain_text("Paulo Costa")
        expect(organiser.locator("main")).not_to_contain_text("Jean Muller")

        row = organiser.locator("tbody tr", has_text="Ana Silva").last
        row.get_by_role("button", name="More options").click()
        row.get_by_role("link", name="Attendance list").click()
        expect(organiser.locator("#attendance-title")).to_have_text(TITLE)
        sessions = organiser.locator("#attendance-session option").all_inner_texts()
        assert [text.split(",")[0] for text in sessions] == [
            "Monday 15 March 2027",
            "Monday 22 March 2027",
            "Monday 5 April 2027",  # not Easter Monday, 29 March
            "Monday 12 April 2027",
        ]
        organiser.locator("#attendance-session").select_option(label=sessions[1])
        organiser.get_by_role("button", name="Show").click()
        sheet = organiser.locator(".attendance__sheet")
        expect(sheet).to_contain_text("Monday 22 March 2027, 14:00–16:00")
        expect(sheet).to_contain_text("Large print")

        organiser.emulate_media(media="print")
        expect(sheet.get_by_role("heading", name=TITLE)).to_be_visible()
        expect(sheet.get_by_text("Ana Silva")).to_be_visible()
        for chrome in ("#wagtail-sidebar", "header h1", "#attendance-session"):
            expect(organiser.locator(chrome).first).to_be_hidden()
        expect(organiser.get_by_role("button", name="Save attendance")).to_be_hidden()
        organiser.emulate_media(media="screen")

        organiser.get_by_label("Ana Silva").check()
        organiser.get_by_role("button", name="Save attendance").click()
        expect(organiser.locator(".messages")).to_contain_text("Present: 1")
        expect(organiser.get_by_label("Ana Silva")).to_be_checked()
        expect(organiser.get_by_label("Paulo Costa")).not_to_be_checked()
        assert organiser.problems == [] and moderator.problems == []
