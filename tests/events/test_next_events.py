import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.formats import date_format

from demo.toolkit import T, translate
from events.models import Event
from tests.factories.directory import (
    DirectoryPageFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    commune,
)
from tests.factories.events import EventFactory, EventIndexPageFactory, publish_event, session
from tests.factories.pages import french_home, translated_home, translation_of


def in_days(n: int):
    return timezone.localdate() + timedelta(days=n)


def quiet(message):
    pass


def next_events(html: str) -> list[str]:
    """The titles listed under “Prochains événements”, in order."""
    section = re.search(r'<section class="next-events".*?</section>', html, re.S)
    return re.findall(r"<li>\s*<a [^>]*>([^<]+)</a>", section.group(0)) if section else []


@pytest.mark.django_db
class NextEventsTests:
    @pytest.fixture
    def directory(self):
        home = french_home()
        directory = DirectoryPageFactory(parent=home)
        agenda = EventIndexPageFactory(parent=home)
        web_cafe = OrganizationFactory(name="Web café Differdange")
        cafe = LocationFactory(name="Web café", commune=commune("differdange"), postal_code="4601")
        service = ServiceFactory(organization=web_cafe, name="Accès internet", locations=[cafe])
        service.save_revision().publish()
        publish_event(
            EventFactory(
                title="Smartphone pour débutants",
                organization=web_cafe,
                location=cafe,
                schedule=[session(in_days(9)), session(in_days(2), "14:00", "16:30"), session(in_days(16))],
            )
        )
        publish_event(EventFactory(title="Appels vidéo", organization=web_cafe, schedule=[session(in_days(5))]))
        publish_event(
            EventFactory(title="Atelier passé", organization=web_cafe, location=cafe, schedule=[session(in_days(-2))])
        )
        EventFactory(title="Brouillon", organization=web_cafe, location=cafe, schedule=[session(in_days(1))])
        elsewhere = LocationFactory(name="Centre de recyclage", commune=commune("esch-sur-alzette"))
        publish_event(EventFactory(title="Visite du centre de tri", location=elsewhere, schedule=[session(in_days(3))]))
        return {"directory": directory, "agenda": agenda, "organization": web_cafe, "service": service}

    def organization_url(self, directory):
        page, organization = directory["directory"], directory["organization"]
        return page.url + page.reverse_subpage("organization", args=[organization.translation_key])

    def test_an_organisations_page_lists_its_next_events_once_each_soonest_first(self, client, directory):
        html = client.get(self.organization_url(directory), follow=True).content.decode()
        assert next_events(html) == ["Smartphone pour débutants", "Appels vidéo"]
        feed = re.search(r'<a href="([^"]+)">S’abonner aux événements de cette organisation', html).group(1)
        response = client.get(feed)
        assert response["Content-Type"].startswith("text/calendar")
        assert b"SUMMARY:Appels vid" in response.content

    def test_a_session_shows_its_day_and_hours_in_luxembourg_time_and_links_to_the_event(self, client, directory):
        html = client.get(self.organization_url(directory), follow=True).content.decode()
        event = Event.objects.get(title="Smartphone pour débutants")
        day = in_days(2)
        item = re.search(r"<li>\s*<a [^>]*>Smartphone.*?</li>", html, re.S).group(0)
        assert f'href="{directory["agenda"].url}{event.pk}/"' in item
        with translation.override("fr"):
            assert date_format(day, "j F") in item  # e.g. "5 décembre"
        assert "14:00 à 16:30" in item
        assert "Web café, Differdange" in item
        assert client.get(f"{directory['agenda'].url}{event.pk}/").status_code == 200

    def test_a_services_page_lists_the_events_of_the_service_and_of_its_places(self, client, directory):
        page, service = directory["directory"], directory["service"]
        url = page.url + page.reverse_subpage("service", args=[service.translation_key])
        html = client.get(url, follow=True).content.decode()
        assert next_events(html) == ["Smartphone pour débutants"]

    def test_a_communes_page_lists_the_events_held_there_and_links_to_the_filtered_listing(self, client, directory):
        page, agenda = directory["directory"], directory["agenda"]
        html = client.get(page.url + page.reverse_subpage("commune", args=["esch-sur-alzette"])).content.decode()
        assert next_events(html) == ["Visite du centre de tri"]
        assert f'href="{agenda.url}?place=esch-sur-alzette"' in html
        assert "Tous les événements à Esch-sur-Alzette" in html
        listing = client.get(f"{agenda.url}?place=esch-sur-alzette").content.decode()
        assert "Visite du centre de tri" in listing and "Smartphone" not in listing

    def test_a_page_without_upcoming_events_has_no_such_section(self, client, directory):
        page = directory["directory"]
        html = client.get(page.url + page.reverse_subpage("commune", args=["wiltz"])).content.decode()
        assert "next-events" not in html

    def test_a_session_about_to_end_is_left_out_while_pages_may_be_served_from_the_cache(self, client, directory):
        now = timezone.localtime()
        ending = EventFactory(
            title="Café numérique",
            organization=directory["organization"],
            schedule=[session(now.date(), "00:00", "23:59")],
        )
        publish_event(ending)
        url = self.organization_url(directory)
        left = (now.replace(hour=23, minute=59) - now).total_seconds()
        if left < 120:
            pytest.skip("too close to midnight to place a session that ends within the cache's time")
        with override_settings(PAGE_CACHE_SECONDS=int(left) - 60):
            assert "Café numérique" in next_events(client.get(url, follow=True).content.decode())
        cache.clear()
        with override_settings(PAGE_CACHE_SECONDS=int(left) + 60):
            assert "Café numérique" not in next_events(client.get(url, follow=True).content.decode())

    def test_the_next_events_are_in_the_visitors_language(self, client, directory):
        organization = directory["organization"]
        translate(
            organization,
            {
                "name": T(*["Web café Differdange"] * 5),
                "description": T(organization.description, "Lokal.", "Lokal.", "Local.", "Local."),
            },
            log=quiet,
        )
        event = Event.objects.get(title="Appels vidéo")
        translate(
            event,
            {
                "title": T("Appels vidéo", "Videoanrufe", "Videoappeller", "Video calls", "Videochamadas"),
                "description": T(event.description, "Lernen.", "Léieren.", "Learn.", "Aprender."),
            },
            log=quiet,
        )
        translated_home("pt")
        directory_pt = translation_of(directory["directory"], "pt", title="Serviços", slug="servicos")
        translation_of(directory["agenda"], "pt", title="Agenda", slug="agenda")
        url = directory_pt.url + directory_pt.reverse_subpage("organization", args=[organization.translation_key])
        html = client.get(url, follow=True).content.decode()
        assert next_events(html) == ["Videochamadas"]
        assert "Próximos eventos" in html

    def test_the_next_events_cost_the_same_queries_however_many_events(self, client, directory):
        from django.db import connection
        from django.template import Context, Template
        from django.test.utils import CaptureQueriesContext

        render = Template("{% load events_tags %}{% next_events organization=organization %}").render
        context = Context({"organization": directory["organization"]})
        with translation.override("fr"):
            render(context)  # the “What's on” page is looked up once, then cached
            with CaptureQueriesContext(connection) as few:
                render(context)
            for day in range(20, 26):
                publish_event(
                    EventFactory(
                        title=f"Cours {day}", organization=directory["organization"], schedule=[session(in_days(day))]
                    )
                )
            with CaptureQueriesContext(connection) as many:
                html = render(context)
        assert len(next_events(html)) == 5
        assert len(many) == len(few) <= 2  # none per event
