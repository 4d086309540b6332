import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from tests.factories.directory import LocationFactory, commune
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
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

    def test_past_events_keep_their_page_and_drafts_have_none(self, client, agenda):
        from events.models import Event

        past = Event.objects.get(title="Atelier passé")
        response = client.get(f"{agenda.url}{past.pk}/")
        assert response.status_code == 200
        assert "pas de date à venir" in response.content.decode()
        draft = Event.objects.get(title="Brouillon")
        assert client.get(f"{agenda.url}{draft.pk}/").status_code == 404
