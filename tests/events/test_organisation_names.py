"""An event's organisation is named in the page's language, though every translation of the event points at
the French organisation (a synchronised field)."""

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from demo.toolkit import T, translate
from events.models import Event
from tests.factories.directory import OrganizationFactory
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
from tests.factories.pages import french_home, translated_home, translation_of


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


def quiet(message):
    pass


def organisation(name: str, portuguese: str):
    """A French organisation translated into Portuguese only."""
    organization = OrganizationFactory(name=name, description="Une association.", email="contact@example.lu")
    texts = {
        "name": T(name, name, name, name, portuguese),
        "description": T(*["Une association."] * 4, "Uma associação."),
    }
    translate(organization, texts, log=quiet, languages=("pt",))
    return organization


def event_of(organization, title: str, days: int, **fields) -> Event:
    schedule = [session(in_days(days), "14:00", "16:00")]
    event = publish_event(EventFactory(title=title, organization=organization, schedule=schedule, **fields))
    texts = {
        "title": T(title, *(f"{title} ({code})" for code in ("de", "lb", "en", "pt"))),
        "description": T(event.description, "Lernen.", "Léieren.", "Learn.", "Aprender."),
    }
    translate(event, texts, log=quiet)
    return event


def version(event: Event, language: str) -> Event:
    return Event.objects.get(translation_key=event.translation_key, locale__language_code=language)


@pytest.mark.django_db
class OrganisationNameTests:
    @pytest.fixture
    def agendas(self):
        agenda = EventIndexPageFactory(parent=french_home())
        agendas = {"fr": agenda}
        for language in ("pt", "de"):
            translated_home(language)
            agendas[language] = translation_of(agenda, language, slug=f"agenda-{language}")
        return agendas

    @pytest.fixture
    def course(self, agendas):
        family = organisation("Ministère de la Famille", "Ministério da Família")
        return event_of(family, "Cours de tablette", 3)

    def test_a_translated_event_still_points_at_the_french_organisation(self, course):
        portuguese = version(course, "pt")
        assert portuguese.organization_id == course.organization_id
        assert portuguese.organization.locale.language_code == "fr"

    def test_the_listing_and_the_event_page_name_the_organisation_in_their_language(self, client, agendas, course):
        listing = client.get(agendas["pt"].url).content.decode()
        assert "Ministério da Família" in listing and "Ministère de la Famille" not in listing

        page = client.get(f"{agendas['pt'].url}{version(course, 'pt').pk}/").content.decode()
        assert "Ministério da Família" in page and "Ministère de la Famille" not in page
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
        assert data["organizer"]["name"] == "Ministério da Família"

    def test_the_calendar_file_names_the_organisation_in_its_language(self, client, agendas, course):
        ics = client.get(f"{agendas['pt'].url}{version(course, 'pt').pk}/calendar/")
        (entry,) = Calendar.from_ical(ics.content).walk("VEVENT")
        assert entry["organizer"].params["cn"] == "Ministério da Família"

    def test_the_sign_up_form_names_the_organisation_in_the_events_language(self, client, agendas):
        course = event_of(
            organisation("Club senior", "Clube sénior"), "Cours avec inscription", 4, signup_required=True
        )
        page = client.get(f"{agendas['pt'].url}{version(course, 'pt').pk}/").content.decode()
        form_url = re.search(r'<a class="button" href="([^"]+)">', page).group(1)
        form = client.get(form_url).content.decode()
        assert "Clube sénior" in form and "Club senior" not in form

    def test_without_a_translation_the_french_name_is_shown(self, client, agendas, course):
        listing = client.get(agendas["de"].url).content.decode()
        assert "Ministère de la Famille" in listing
        page = client.get(f"{agendas['de'].url}{version(course, 'de').pk}/").content.decode()
        assert "Ministère de la Famille" in page

    def test_an_organisations_calendar_in_another_language_has_its_events(self, client, agendas, course):
        portuguese = course.organization.get_translation(agendas["pt"].locale)
        feed = client.get(
            agendas["pt"].url + agendas["pt"].reverse_subpage("organization_feed", args=[portuguese.translation_key])
        )
        (entry,) = Calendar.from_ical(feed.content).walk("VEVENT")
        assert str(entry["summary"]) == "Cours de tablette (pt)"
        assert entry["organizer"].params["cn"] == "Ministério da Família"

    def test_more_organisations_take_no_more_queries(self, client, agendas, course, django_assert_max_num_queries):
        url = agendas["pt"].url + "?kind=course"
        client.get(url)
        with django_assert_max_num_queries(100) as captured:
            client.get(url)
        few = len(captured)  # read now: the next request empties the connection's query log
        for n in range(4):
            event_of(organisation(f"Association {n}", f"Associação {n}"), f"Atelier {n}", 5 + n)
        client.get(url)
        with django_assert_max_num_queries(few):
            listing = client.get(url).content.decode()
        assert all(f"Associação {n}" in listing for n in range(4))
