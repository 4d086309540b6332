"""The site search finds events: live ones of the visitor's language, past ones too (they keep their pages)."""

from datetime import date, timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation

from demo.toolkit import T, translate
from events.models import Event
from tests.factories.directory import OrganizationFactory
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
from tests.factories.pages import french_home, translated_home, translation_of


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


def after_the_next_change_to_summer_time() -> date:
    """The Monday after the last Sunday of March (clocks go forward in Luxembourg), the next one from today."""
    today = timezone.localdate()
    for year in (today.year, today.year + 1):
        monday = next(day for day in (date(year, 3, n) for n in range(31, 24, -1)) if day.weekday() == 6)
        monday += timedelta(days=1)
        if monday > today:
            return monday
    raise AssertionError("unreachable")


def quiet(message):
    pass


def results(client, language: str, query: str) -> list[dict]:
    with translation.override(language):
        response = client.get(reverse("site_search"), {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")

    def text(item, selector: str) -> str:
        found = item.select_one(selector)
        return found.get_text(" ", strip=True) if found else ""

    return [
        {
            "kind": item.select_one(".site-search-result__kind").get_text(strip=True),
            "title": item.select_one(".site-search-result__title").get_text(strip=True),
            "url": item.select_one(".site-search-result__title a")["href"],
            "dates": dates.get_text(" ", strip=True)
            if (dates := item.select_one(".site-search-result__dates"))
            else "",
            "excerpt": item.select_one(".site-search-result__excerpt").get_text(" ", strip=True),
        }
        for item in soup.select("ol.site-search-results > li")
    ]


MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@pytest.mark.django_db
class EventSearchTests:
    @pytest.fixture
    def events(self):
        agenda = EventIndexPageFactory(parent=french_home())
        organization = OrganizationFactory(name="Web café Differdange", description="Un lieu pour apprendre.")
        translate(
            organization,
            {
                "name": T(*["Web café Differdange"] * 5),
                "description": T(organization.description, "Lernen.", "Léieren.", "Learn.", "Aprender."),
            },
            log=quiet,
        )
        course = publish_event(
            EventFactory(
                title="Smartphone pour débutants",
                description="Envoyer des photos et passer des appels vidéo avec sa famille.",
                organization=organization,
                schedule=[session(in_days(3)), session(in_days(10))],
            )
        )
        translate(
            course,
            {
                "title": T(
                    course.title, "Smartphone für Anfänger", "Smartphone fir Ufänger", "Smartphones", "Telemóveis"
                ),
                "description": T(
                    course.description,
                    "Fotos schicken und Videoanrufe mit der Familie machen.",
                    "Fotoe schécken a Videoappeller mat der Famill maachen.",
                    "Send photos and make video calls.",
                    "Enviar fotografias e fazer videochamadas.",
                ),
            },
            log=quiet,
        )
        publish_event(
            EventFactory(
                title="Tablette : premiers pas",
                description="Atelier passé pour apprivoiser la tablette.",
                organization=organization,
                schedule=[session(in_days(-5))],
            )
        )
        EventFactory(
            title="Tablette : brouillon",
            description="Un atelier pas encore publié sur la tablette.",
            organization=organization,
            schedule=[session(in_days(4))],
        )
        translated_home("de")
        agenda_de = translation_of(agenda, "de", title="Veranstaltungen", slug="veranstaltungen")
        return {"fr": agenda, "de": agenda_de, "course": course}

    def test_an_event_is_found_by_its_title_with_its_dates_and_a_link_to_its_page(self, client, events):
        (found,) = [r for r in results(client, "fr", "smartphone débutants") if r["kind"] == "Événement"]
        assert found["title"] == "Smartphone pour débutants"
        assert found["url"] == f"{events['fr'].url}{events['course'].pk}/"
        start, end = in_days(3), in_days(10)
        assert found["dates"].startswith(f"Du {start.day}") and f"au {end.day}" in found["dates"]
        assert "passé" not in found["dates"]
        page = client.get(found["url"])
        assert page.status_code == 200 and "Smartphone pour débutants" in page.content.decode()

    def test_an_event_is_found_by_the_words_of_its_description(self, client, events):
        found = results(client, "fr", "photos famille")
        assert [r["title"] for r in found] == ["Smartphone pour débutants"]
        assert "photos" in found[0]["excerpt"]

    def test_each_language_finds_its_own_text_only(self, client, events):
        (found,) = [r for r in results(client, "de", "Videoanrufe Familie") if r["kind"] == "Veranstaltung"]
        german = Event.objects.get(translation_key=events["course"].translation_key, locale__language_code="de")
        assert found["title"] == "Smartphone für Anfänger"
        assert found["url"] == f"{events['de'].url}{german.pk}/"
        assert results(client, "fr", "Videoanrufe") == []
        assert results(client, "de", "débutants") == []

    def test_a_past_event_is_found_and_said_to_be_over_a_draft_is_not_found(self, client, events):
        titles = {r["title"]: r for r in results(client, "fr", "tablette")}
        assert set(titles) == {"Tablette : premiers pas"}
        assert "Cet événement est passé." in titles["Tablette : premiers pas"]["dates"]

    def test_suggestions_offer_event_titles(self, client, events):
        with translation.override("fr"):
            suggested = client.get(reverse("site_search_suggestions"), {"q": "smartph"}).json()["suggestions"]
        assert {"title": "Smartphone pour débutants", "kind": "Événement"}.items() <= suggested[0].items()

    def test_an_event_shows_when_its_next_session_starts_in_luxembourg_time(self, client, events):
        (found,) = [r for r in results(client, "fr", "smartphone débutants") if r["kind"] == "Événement"]
        weekdays = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
        start = in_days(3)
        assert f"Prochaine séance : {weekdays[start.weekday()]} {start.day} " in found["dates"]
        assert found["dates"].endswith(", 10:00")

    def test_after_the_clocks_change_a_session_keeps_its_local_time_in_german(self, client, events):
        monday = after_the_next_change_to_summer_time()
        course = publish_event(
            EventFactory(
                title="Tablette en ligne",
                description="Un cours pour la tablette.",
                organization=events["course"].organization,
                schedule=[session(monday, "14:00", "16:00"), session(monday + timedelta(days=7), "09:30", "11:30")],
            )
        )
        translate(
            course,
            {
                "title": T(course.title, "Tablet online", "Tablet online", "Tablet online", "Tablet online"),
                "description": T(course.description, "Ein Kurs zum Tablet.", "Cours.", "A course.", "Um curso."),
            },
            log=quiet,
        )
        (found,) = [r for r in results(client, "de", "Tablet") if r["kind"] == "Veranstaltung"]
        month = {3: "März", 4: "April"}[monday.month]
        assert f"Nächster Termin: Montag, {monday.day}. {month}, 14:00" in found["dates"]
        german = Event.objects.get(translation_key=course.translation_key, locale__language_code="de")
        assert german.occurrences.earliest("starts_at").starts_at.hour == 12  # 14:00 in summer time, in UTC

    def test_a_one_day_event_shows_its_date_and_start_time(self, client, events):
        publish_event(
            EventFactory(
                title="Visite guidée du numérique",
                description="Une seule visite.",
                organization=events["course"].organization,
                schedule=[session(in_days(6), "15:30", "17:00")],
            )
        )
        (found,) = results(client, "fr", "visite guidée")
        assert found["dates"] == f"{in_days(6).day} {MONTHS_FR[in_days(6).month - 1]} {in_days(6).year}, 15:30"
