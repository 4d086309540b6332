"""Each event's page is in the sitemap, under the "What's on" page of its language, with its translations."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from demo.toolkit import T, translate
from events.models import Event
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
from tests.factories.pages import french_home, translated_home, translation_of

HOST = "testserver"


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


def quiet(message):
    pass


def sitemap(client) -> dict[str, dict[str, str]]:
    """Location → (language → alternate location), and each location's lastmod under the key ``lastmod``."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    found = {}
    for url in re.findall(r"<url>(.*?)</url>", response.content.decode(), re.S):
        location = re.search(r"<loc>([^<]+)</loc>", url).group(1)
        found[location] = dict(re.findall(r'<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/>', url))
        if lastmod := re.search(r"<lastmod>([^<]+)</lastmod>", url):
            found[location]["lastmod"] = lastmod.group(1)
    return found


def version(event: Event, language: str) -> Event:
    return Event.objects.get(translation_key=event.translation_key, locale__language_code=language)


def add_event(title: str, days: int) -> Event:
    event = publish_event(EventFactory(title=title, schedule=[session(in_days(days))]))
    texts = {
        name: T(value, *(f"{value} ({code})" for code in ("de", "lb", "en", "pt")))
        for name, value in (("title", title), ("description", event.description))
    }
    translate(event, texts, log=quiet)
    return event


@pytest.mark.django_db
class EventSitemapTests:
    @pytest.fixture
    def agendas(self):
        agenda = EventIndexPageFactory(parent=french_home())
        agendas = {"fr": agenda}
        for language, slug in (("pt", "agenda-pt"), ("de", "agenda-de")):
            translated_home(language)
            agendas[language] = translation_of(agenda, language, slug=slug)
        return agendas

    def test_an_event_is_listed_in_each_language_with_its_translations_a_draft_is_not(self, client, agendas):
        course = add_event("Smartphone pour débutants", 3)
        past = publish_event(EventFactory(title="Atelier passé", schedule=[session(in_days(-30))]))
        draft = EventFactory(title="Brouillon", schedule=[session(in_days(2))])
        listed = sitemap(client)

        french = f"http://{HOST}{agendas['fr'].url}{course.pk}/"
        portuguese = f"http://{HOST}{agendas['pt'].url}{version(course, 'pt').pk}/"
        german = f"http://{HOST}{agendas['de'].url}{version(course, 'de').pk}/"
        assert french in listed and portuguese in listed and german in listed
        for location in (french, portuguese):
            assert listed[location]["fr"] == french
            assert listed[location]["pt"] == portuguese
            assert listed[location]["de"] == german
            assert listed[location]["x-default"] == french
        # English and Luxembourgish have the event's translation but no "What's on" page to show it.
        assert "en" not in listed[french] and "lb" not in listed[french]
        assert (
            listed[portuguese]["lastmod"]
            == timezone.localtime(version(course, "pt").last_published_at).date().isoformat()
        )

        assert f"http://{HOST}{agendas['fr'].url}{past.pk}/" in listed
        assert not [location for location in listed if location.endswith(f"/{draft.pk}/")]
        for location in (french, portuguese, f"http://{HOST}{agendas['fr'].url}{past.pk}/"):
            assert client.get(location).status_code == 200

    def test_an_unpublished_event_leaves_the_sitemap(self, client, agendas):
        course = add_event("Smartphone pour débutants", 3)
        portuguese = version(course, "pt")
        location = f"http://{HOST}{agendas['pt'].url}{portuguese.pk}/"
        assert location in sitemap(client)
        portuguese.unpublish()
        listed = sitemap(client)
        assert location not in listed
        assert "pt" not in listed[f"http://{HOST}{agendas['fr'].url}{course.pk}/"]

    def test_more_events_take_no_more_queries(self, client, agendas, django_assert_max_num_queries):
        add_event("Smartphone pour débutants", 3)
        sitemap(client)
        with django_assert_max_num_queries(100) as captured:
            sitemap(client)
        few = len(captured)  # read now: the next request empties the connection's query log
        for n in range(6):
            add_event(f"Atelier {n}", 5 + n)
        with django_assert_max_num_queries(few):
            listed = sitemap(client)
        assert len([location for location in listed if re.search(r"/\d+/$", location)]) == 7 * 3

    def test_an_event_page_names_the_same_event_in_the_other_languages(self, client, agendas):
        course = add_event("Smartphone pour débutants", 3)
        portuguese = f"{agendas['pt'].url}{version(course, 'pt').pk}/"
        french = f"{agendas['fr'].url}{course.pk}/"
        page = client.get(portuguese).content.decode()
        hreflang = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="http://testserver([^"]+)">', page))
        assert hreflang == {
            "fr": french,
            "pt": portuguese,
            "de": f"{agendas['de'].url}{version(course, 'de').pk}/",
            "x-default": french,
        }
        assert f'href="{french}" lang="fr"' in page  # the language switcher
        assert listed_alternates(client, f"http://{HOST}{portuguese}") == {
            code: f"http://{HOST}{url}" for code, url in hreflang.items()
        }


def listed_alternates(client, location: str) -> dict[str, str]:
    return {code: url for code, url in sitemap(client)[location].items() if code != "lastmod"}
