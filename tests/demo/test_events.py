from datetime import date, datetime, time, timedelta

from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Revision

import demo.events
from demo.events.texts import EVENTS
from demo.toolkit import TARGET_LANGUAGES
from events.models import Event, EventIndexPage, Occurrence
from services_directory.hours import LUXEMBOURG, public_holidays
from services_directory.models import Organization
from tests.demo.site import DemoSite

LANGUAGES = ("fr", *TARGET_LANGUAGES)


def page_soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def listed_titles(response) -> list[str]:
    """The event titles of a "What's on" listing, one per session shown."""
    return [title.get_text(strip=True) for title in page_soup(response).select(".events__item h3")]


def next_week() -> tuple[str, str]:
    today = datetime.now(LUXEMBOURG).date()
    monday = today + timedelta(days=7 - today.weekday())
    return monday.isoformat(), (monday + timedelta(days=6)).isoformat()


class DemoEventsTests(DemoSite):
    def test_every_language_has_a_whats_on_page_in_its_menu_listing_upcoming_events_in_that_language(self, client):
        for language in LANGUAGES:
            page = EventIndexPage.objects.live().get(locale__language_code=language)
            response = client.get(page.url)
            home = page_soup(client.get(f"/{language}/"))

            titles = listed_titles(response)
            starts = [
                datetime.fromisoformat(time["datetime"]) for time in page_soup(response).select(".events__item time")
            ]

            assert response.status_code == 200
            assert len(titles) == 20, language  # a full first page
            assert set(titles) <= {texts["title"][language] for texts in EVENTS.values()}, language
            assert starts == sorted(starts) and starts[0] > datetime.now(LUXEMBOURG) - timedelta(hours=3)
            assert page.url in [link["href"] for link in home.select(".main-menu a")]

    def test_the_portuguese_beginners_smartphone_course_near_differdange_is_found_for_next_week(self, client):
        page = EventIndexPage.objects.live().get(locale__language_code="pt")
        start, end = next_week()
        wanted = {"place": "differdange", "kind": "course", "when": "dates", "date_from": start, "date_to": end}

        in_any_language = listed_titles(client.get(page.url, wanted))
        in_portuguese = listed_titles(client.get(page.url, {**wanted, "language": "pt"}))

        course = EVENTS["smartphone-pt"]["title"].pt
        assert course in in_any_language
        assert EVENTS["smartphone-fr-lb"]["title"].pt in in_any_language
        assert in_portuguese == [course]
        event = Event.objects.get(locale__language_code="pt", title=course)
        assert (event.level, event.capacity, event.signup_required, event.is_free) == ("beginner", 8, True, True)
        assert event.location.commune.slug == "differdange"
        event_page = page_soup(client.get(f"{page.url}{event.pk}/"))
        assert "Escritório – CIGL Differdange" in event_page.select_one("dl").get_text()

    def test_the_weekly_course_in_luxembourgish_skips_the_next_public_holiday_on_its_weekday(self):
        event = Event.objects.get(locale__language_code="lb", title=EVENTS["video-calls-lb"]["title"].lb)
        days = [session.starts_at.astimezone(LUXEMBOURG).date() for session in event.occurrences.all()]
        holiday = demo.events.next_public_holiday_on_a_weekday(datetime.now(LUXEMBOURG).date())

        assert event.session_languages == ["lb"]
        assert holiday not in days
        assert holiday - timedelta(weeks=1) in days or holiday + timedelta(weeks=1) in days
        assert not any(day in public_holidays(day.year) for day in days)
        assert {day.weekday() for day in days} == {holiday.weekday()}

    def test_every_event_is_live_in_five_languages_with_its_sessions_and_the_tours_and_workshop_are_there(self):
        for language in LANGUAGES:
            events = Event.objects.filter(locale__language_code=language, live=True)
            assert events.count() == len(EVENTS), language
            assert not events.filter(occurrences__isnull=True).exists(), language
        kinds = sorted(Event.objects.filter(locale__language_code="en").values_list("kind", flat=True))
        assert kinds == ["course"] * 5 + ["tour"] * 2 + ["workshop"]
        workshop = Event.objects.get(locale__language_code="de", kind="workshop")
        assert workshop.organization.name == "Helpdesk Integratioun"
        assert workshop.title == EVENTS["communes-workshop"]["title"].de

    def test_a_second_load_adds_no_event_session_page_or_revision(self):
        def state():
            return (
                Event.objects.count(),
                Occurrence.objects.count(),
                EventIndexPage.objects.count(),
                Organization.objects.count(),
                Revision.objects.count(),
            )

        before = state()
        messages = []
        demo.events.load(log=messages.append)

        assert messages == []
        assert state() == before

    def test_a_load_gives_new_dates_in_every_language_to_an_event_whose_sessions_are_over(self):
        tour = Event.objects.get(locale__language_code="fr", title=EVENTS["recycling-tour"]["title"].fr)
        tour.schedule = [("session", {"date": date(2020, 3, 4), "start_time": time(14), "end_time": time(16)})]
        tour.save_revision().publish()
        assert not tour.occurrences.filter(ends_at__gt=timezone.now()).exists()

        messages = []
        demo.events.load(log=messages.append)

        assert messages == [f"  gave new dates to event “{tour.title}”"]
        versions = Event.objects.filter(translation_key=tour.translation_key)
        assert versions.count() == len(LANGUAGES)
        for version in versions:
            assert version.occurrences.count() == 1
            assert version.occurrences.get().starts_at > timezone.now()
