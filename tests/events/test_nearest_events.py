import re
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories.directory import LocationFactory, commune
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
from tests.factories.pages import french_home


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


def held_in(slug: str, title: str, *days: int, **fields):
    place = LocationFactory(name=f"Salle {title}", commune=commune(slug), latitude=None, longitude=None)
    return publish_event(
        EventFactory(title=title, location=place, schedule=[session(in_days(d)) for d in days], **fields)
    )


@pytest.mark.django_db
class NearestEventsTests:
    """Schifflange has no event: Esch-sur-Alzette is 3.8 km away, Luxembourg 14.4 km, Wiltz 53.6 km."""

    @pytest.fixture
    def agenda(self):
        page = EventIndexPageFactory(parent=french_home())
        held_in("wiltz", "Visite à Wiltz", 1, kind="tour")
        held_in("luxembourg", "Atelier à Luxembourg", 4)
        held_in("esch-sur-alzette", "Cours à Esch", 9, 2, 16)
        held_in("esch-sur-alzette", "Visite à Esch", 20, kind="tour")
        held_in("esch-sur-alzette", "Atelier passé à Esch", -3)
        publish_event(EventFactory(title="Cours en ligne", schedule=[session(in_days(1))]))
        return page

    def listing(self, client, agenda, query: str) -> tuple[str, list[str]]:
        response = client.get(f"{agenda.url}?{query}")
        assert response.status_code == 200
        html = response.content.decode()
        return html, re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", html)

    def test_a_commune_without_events_shows_the_nearest_ones_nearest_first_and_says_so(self, client, agenda):
        html, titles = self.listing(client, agenda, "place=Schifflange")
        assert "Pas encore d’événement à Schifflange ; voici les plus proches." in html
        assert titles == ["Cours à Esch", "Visite à Esch", "Atelier à Luxembourg", "Visite à Wiltz"]
        assert re.search(r"Cours à Esch<.*?· à 3,8 km", html, re.S)
        assert 'value="Schifflange"' in html

    def test_each_nearest_event_shows_its_next_session_once(self, client, agenda):
        html, _titles = self.listing(client, agenda, "place=schifflange")
        day = in_days(2)
        item = re.search(r"Cours à Esch</a></h3>.*?</li>", html, re.S).group(0)
        assert f'datetime="{day.isoformat()}T10:00:00' in item

    def test_the_nearest_events_follow_the_other_filters(self, client, agenda):
        html, titles = self.listing(client, agenda, "place=Schifflange&kind=tour")
        assert titles == ["Visite à Esch", "Visite à Wiltz"]
        _html, titles = self.listing(client, agenda, "place=Schifflange&kind=open_day")
        assert titles == []
        assert "Aucun événement à venir ne correspond à votre choix." in _html

    def test_a_commune_with_events_lists_only_its_own(self, client, agenda):
        html, titles = self.listing(client, agenda, "place=Wiltz")
        assert titles == ["Visite à Wiltz"]
        assert "voici les plus proches" not in html
