import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories.directory import LocationFactory, OrganizationFactory, commune
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session, weekly
from tests.factories.pages import french_home


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


@pytest.mark.django_db
class WhatsOnTests:
    @pytest.fixture
    def agenda(self):
        page = EventIndexPageFactory(parent=french_home())
        differdange = LocationFactory(name="Web café Differdange", commune=commune("differdange"))
        publish_event(
            EventFactory(
                title="Smartphone pour débutants",
                location=differdange,
                session_languages=["pt", "fr"],
                schedule=[session(in_days(3))],
            )
        )
        publish_event(
            EventFactory(
                title="Visite du centre de tri",
                kind="tour",
                price=5,
                session_languages=["lb"],
                schedule=[session(in_days(40))],
            )
        )
        publish_event(EventFactory(title="Atelier passé", schedule=[session(in_days(-3))]))
        EventFactory(title="Brouillon", schedule=[session(in_days(2))])
        return page

    def titles(self, client, agenda, query=""):
        response = client.get(agenda.url + ("?" + query if query else ""))
        assert response.status_code == 200
        return re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", response.content.decode())

    def test_upcoming_live_events_soonest_first(self, client, agenda):
        assert self.titles(client, agenda) == ["Smartphone pour débutants", "Visite du centre de tri"]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("place=Differdange", ["Smartphone pour débutants"]),
            ("place=4601", ["Smartphone pour débutants"]),
            ("kind=tour", ["Visite du centre de tri"]),
            ("language=lb", ["Visite du centre de tri"]),
            ("free=on", ["Smartphone pour débutants"]),
            ("when=week&place=differdange", []),
        ],
    )
    def test_filters(self, client, agenda, query, expected):
        if query.startswith("when=week") and in_days(3).isocalendar()[1] == timezone.localdate().isocalendar()[1]:
            expected = ["Smartphone pour débutants"]
        assert self.titles(client, agenda, query) == expected

    def test_each_line_names_the_commune_without_a_query_of_its_own(self, client, agenda):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        client.get(agenda.url + "?kind=course")
        with CaptureQueriesContext(connection) as few:
            page = client.get(agenda.url + "?kind=course").content.decode()
        assert "Differdange" in page
        for slug in ("dudelange", "ettelbruck", "wiltz", "clervaux"):
            place = LocationFactory(commune=commune(slug))
            publish_event(EventFactory(title=f"Cours {slug}", location=place, schedule=[session(in_days(5))]))
        client.get(agenda.url + "?kind=course")
        with CaptureQueriesContext(connection) as many:
            page = client.get(agenda.url + "?kind=course").content.decode()
        assert "Clervaux" in page and "Wiltz" in page
        assert len(many) == len(few) <= 12

    def test_chosen_dates(self, client, agenda):
        query = f"when=dates&date_from={in_days(30).isoformat()}&date_to={in_days(50).isoformat()}"
        assert self.titles(client, agenda, query) == ["Visite du centre de tri"]

    def test_an_unknown_commune_is_explained_and_kept(self, client, agenda):
        response = client.get(agenda.url + "?place=Atlantis")
        page = response.content.decode()
        assert response.status_code == 200
        assert 'value="Atlantis"' in page
        assert "Nous ne connaissons pas cette commune" in page

    def test_an_event_page_with_json_ld_and_a_calendar_file(self, client, agenda):
        listing = client.get(agenda.url).content.decode()
        link = re.search(r'<h3><a href="([^"]+)">Smartphone', listing).group(1)
        page = client.get(link).content.decode()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        assert data["@type"] == "Event"
        assert data["location"]["address"]["postalCode"] == "3850"
        assert data["isAccessibleForFree"] is True
        ics = client.get(re.search(r'href="([^"]+)" download', page).group(1))
        assert ics["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(ics.content)
        (entry,) = calendar.walk("VEVENT")
        assert str(entry["summary"]) == "Smartphone pour débutants"
        assert entry.decoded("dtstart").hour == 10
        assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Luxembourg"]

    def test_a_long_listing_pages_on_with_next_and_previous_links(self, client, agenda):
        weekly_course = EventFactory(title="Cours du lundi", schedule=[weekly(0, in_days(1), in_days(7 * 25))])
        publish_event(weekly_course)
        courses = weekly_course.occurrences.count() + 1  # and the smartphone course
        first = client.get(agenda.url + "?kind=course").content.decode()
        assert len(self.titles(client, agenda, "kind=course")) == 20
        assert "Précédent" not in first
        next_url = re.search(r'<a href="(\?[^"]*page=2)">Suivant</a>', first).group(1).replace("&amp;", "&")
        assert "kind=course" in next_url
        second = client.get(agenda.url + next_url).content.decode()
        assert "Précédent" in second and "Suivant" not in second
        assert len(self.titles(client, agenda, next_url[1:])) == courses - 20
        assert len(self.titles(client, agenda, "kind=course&page=nonsense")) == 20

    def test_past_events_keep_their_page_and_drafts_have_none(self, client, agenda):
        from events.models import Event

        past = Event.objects.get(title="Atelier passé")
        response = client.get(f"{agenda.url}{past.pk}/")
        assert response.status_code == 200
        assert "pas de date à venir" in response.content.decode()
        draft = Event.objects.get(title="Brouillon")
        assert client.get(f"{agenda.url}{draft.pk}/").status_code == 404

    def test_a_filtered_listing_follows_publishing_at_once(self, client, agenda):
        """The first page of each combination of filters is cached: publishing and unpublishing show at once."""
        from events.models import Event

        assert self.titles(client, agenda, "kind=course") == ["Smartphone pour débutants"]
        publish_event(EventFactory(title="Tablette pour débutants", schedule=[session(in_days(1))]))
        assert self.titles(client, agenda, "kind=course") == ["Tablette pour débutants", "Smartphone pour débutants"]
        Event.objects.get(title="Smartphone pour débutants").unpublish()
        assert self.titles(client, agenda, "kind=course") == ["Tablette pour débutants"]

    def test_a_renamed_organisation_shows_at_once(self, client, agenda):
        from events.models import Event

        organization = Event.objects.get(title="Smartphone pour débutants").organization
        assert organization.name not in ("", "Web café du Sud")
        assert organization.name in client.get(agenda.url + "?kind=course").content.decode()
        organization.name = "Web café du Sud"
        organization.save_revision().publish()
        assert "Web café du Sud" in client.get(agenda.url + "?kind=course").content.decode()

    def test_a_session_that_is_over_leaves_the_listing_at_once(self, client, agenda):
        from datetime import datetime, time
        from unittest import mock

        from services_directory.hours import LUXEMBOURG

        assert self.titles(client, agenda, "kind=course") == ["Smartphone pour débutants"]
        # The smartphone course ends at noon in three days; a minute later it is no longer listed,
        # although the listing was cached for longer.
        after = datetime.combine(in_days(3), time(12, 1), tzinfo=LUXEMBOURG)
        with mock.patch("django.utils.timezone.now", return_value=after):
            assert self.titles(client, agenda, "kind=course") == []
            assert self.titles(client, agenda, "kind=tour") == ["Visite du centre de tri"]


@pytest.mark.django_db
class CalendarFeedTests:
    @pytest.fixture
    def agenda(self):
        page = EventIndexPageFactory(parent=french_home())
        web_cafe = OrganizationFactory(name="Web café Differdange")
        publish_event(EventFactory(title="Smartphone", organization=web_cafe, schedule=[session(in_days(3))]))
        publish_event(EventFactory(title="Visite", kind="tour", schedule=[session(in_days(4)), session(in_days(11))]))
        publish_event(EventFactory(title="Passé", organization=web_cafe, schedule=[session(in_days(-4))]))
        return page, web_cafe

    def summaries(self, response) -> list[str]:
        assert response["Content-Type"].startswith("text/calendar")
        return [str(entry["summary"]) for entry in Calendar.from_ical(response.content).walk("VEVENT")]

    def test_the_listing_feed_follows_the_filters(self, client, agenda):
        page, _ = agenda
        assert self.summaries(client.get(page.url + "calendar/")) == ["Smartphone", "Visite", "Visite"]
        assert self.summaries(client.get(page.url + "calendar/?kind=tour")) == ["Visite", "Visite"]

    def test_an_organisations_feed_has_its_upcoming_events_only(self, client, agenda):
        page, web_cafe = agenda
        assert self.summaries(client.get(f"{page.url}organisation/{web_cafe.translation_key}/calendar/")) == [
            "Smartphone"
        ]

    def test_an_unknown_organisation_has_no_feed(self, client, agenda):
        page, _ = agenda
        response = client.get(f"{page.url}organisation/7a0f7c1e-0000-4000-8000-000000000000/calendar/")
        assert response.status_code == 404
