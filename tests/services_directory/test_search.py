from datetime import datetime

import pytest
from wagtail.models import Locale

from services_directory.hours import LUXEMBOURG
from services_directory.search import SORT_DISTANCE, SORT_NAME, DirectoryQuery, directory_search
from tests.factories.directory import LocationFactory, OrganizationFactory, ServiceFactory, commune

MONDAY_10 = datetime(2026, 11, 23, 10, 0, tzinfo=LUXEMBOURG)


def names(outcome):
    return [match.name for match in outcome.matches]


def search(**query):
    return names(directory_search(locale=Locale.get_default(), query=DirectoryQuery(**query), now=MONDAY_10))


@pytest.mark.django_db
class DirectorySearchTests:
    def test_text_matches_names_organisations_and_categories_ignoring_case_and_accents(self):
        ServiceFactory(name="Web café Schifflange", categories=["web-cafe"])
        ServiceFactory(name="Équipe verte", organization=OrganizationFactory(name="CIGR Sud"))
        ServiceFactory(name="Jardinage", description="Entretien des jardins pour les personnes âgées.")
        assert search(text="CAFE") == ["Web café Schifflange"]
        assert search(text="equipe") == ["Équipe verte"]
        assert search(text="cigr") == ["Équipe verte"]
        assert search(text="web cafe schifflange") == ["Web café Schifflange"]
        assert search(text="jardin") == ["Jardinage"]

    def test_text_matches_descriptions_through_the_search_index(self):
        ServiceFactory(name="Atelier", description="Entretien des jardins pour les personnes âgées.")
        ServiceFactory(name="Autre", description="Cours de cuisine.")
        assert search(text="entretien jardins") == ["Atelier"]
        assert search(text="personnes âgées") == ["Atelier"]

    def test_a_match_in_the_name_comes_before_a_match_elsewhere(self):
        ServiceFactory(name="Atelier informatique", description="Un web café pour tous.")
        ServiceFactory(name="Web café du centre")
        assert search(text="web café") == ["Web café du centre", "Atelier informatique"]

    def test_filters(self):
        in_kayl = LocationFactory(commune=commune("kayl"))
        ServiceFactory(name="A", categories=["web-cafe"], service_areas=["schifflange"], languages=["pt"], is_free=True)
        ServiceFactory(name="B", categories=["web-cafe"], locations=[in_kayl], languages=["fr"])
        ServiceFactory(name="C", categories=["community-care"], service_areas=["schifflange"], is_free=True)
        assert search(category="web-cafe") == ["A", "B"]
        assert search(commune=commune("schifflange")) == ["A", "C"]
        assert search(commune=commune("kayl")) == ["B"]
        assert search(language="pt") == ["A"]
        assert search(free=True) == ["A", "C"]
        assert search(category="web-cafe", commune=commune("schifflange"), free=True) == ["A"]

    def test_open_now_uses_the_hours_holidays_and_closures(self):
        ServiceFactory(name="Morning", hours=[(0, "09:00", "12:00")])
        ServiceFactory(name="Afternoon", hours=[(0, "14:00", "17:00")])
        ServiceFactory(name="Night", hours=[(6, "22:00", "11:00")])
        ServiceFactory(name="Away", hours=[(0, "09:00", "12:00")], closures=[(MONDAY_10.date(), MONDAY_10.date())])
        ServiceFactory(name="No hours")
        assert search(open_now=True) == ["Morning", "Night"]

    def test_sort_by_name_and_by_distance_from_the_commune(self):
        ServiceFactory(name="Zèbre", locations=[LocationFactory(commune=commune("schifflange"))])
        ServiceFactory(name="Alpha", locations=[LocationFactory(commune=commune("clervaux"))])
        ServiceFactory(name="Élan", locations=[LocationFactory(commune=commune("esch-sur-alzette"))])
        ServiceFactory(name="Beta")
        assert search(sort=SORT_NAME) == ["Alpha", "Beta", "Élan", "Zèbre"]
        outcome = directory_search(
            locale=Locale.get_default(),
            query=DirectoryQuery(commune=None, sort=SORT_DISTANCE),
            now=MONDAY_10,
        )
        assert names(outcome) == ["Alpha", "Beta", "Élan", "Zèbre"]
        ServiceFactory(name="Serving", service_areas=["schifflange"])
        nearby = directory_search(
            locale=Locale.get_default(),
            query=DirectoryQuery(commune=commune("schifflange"), sort=SORT_DISTANCE),
            now=MONDAY_10,
        )
        # The commune's own services first, then the others nearest first; one with no place comes last.
        assert set(names(nearby)[:2]) == {"Zèbre", "Serving"}
        assert names(nearby)[2:] == ["Élan", "Alpha", "Beta"]

    def test_only_the_visitors_language(self):
        ServiceFactory(name="Web café")
        ServiceFactory(name="Webcafé Deutsch", locale=Locale.objects.get(language_code="de"))
        assert search(text="web") == ["Web café"]

    def test_odd_text_never_fails(self):
        ServiceFactory(name="Web café")
        for text in ['"', "' OR 1=1 --", "*", "AND OR NOT", "🙂", "ë" * 5000, "(web", "web-café"]:
            search(text=text)
        assert search(text="(web*") == ["Web café"]
