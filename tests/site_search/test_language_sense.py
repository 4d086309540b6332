"""The site search understands words: other forms of a word, editors' synonyms and typing mistakes."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Locale

from site_search.models import SynonymGroup
from site_search.selectors import SearchText, corrected_search, ranked_hits, title_of
from site_search.words import search_query, stem
from tests.demo.site import DemoSite
from tests.factories.directory import ServiceFactory

from .test_site_search import results, search


def found(query: str, language: str = "fr") -> list[str]:
    locale = Locale.objects.get(language_code=language)
    return [title_of(hit.record) for hit in ranked_hits(search=SearchText.parse(query), locale=locale)]


def published(**fields):
    service = ServiceFactory(**fields)
    service.save_revision().publish()
    return service


class StemmerTests:
    @pytest.mark.parametrize(
        ("language", "forms"),
        [
            ("fr", ["jardin", "jardins", "Jardins"]),
            ("de", ["Garten", "Gärten", "Garten"]),
            ("de", ["Internetcafé", "Internetcafés", "Internetcafe"]),
            ("en", ["garden", "gardens", "Gardens"]),
            ("pt", ["serviço", "serviços"]),
        ],
    )
    def test_forms_of_a_word_share_a_stem(self, language, forms):
        assert len({stem(form, language) for form in forms}) == 1

    def test_luxembourgish_words_are_kept_as_typed(self):
        assert stem("Gaardendéngscht", "lb") == "gaardendengscht"

    def test_a_synonym_expression_is_searched_as_a_whole(self):
        query = search_query(["web", "café", "Wiltz"], language="fr", synonyms=[["Internetcafé", "web café"]])
        assert "web café" in repr(query) and "Internetcafé".casefold() in repr(query).casefold()


@pytest.mark.django_db
class LanguageSenseTests:
    def test_a_plural_finds_the_singular_and_back(self):
        published(name="Service jardin Wiltz", description="Nous entretenons votre jardin.")
        published(name="Jardins partagés Mersch", description="Des parcelles pour tous.")
        assert "Service jardin Wiltz" in found("jardins")
        assert "Jardins partagés Mersch" in found("jardin")

    def test_a_synonym_group_takes_effect_as_soon_as_it_is_saved(self):
        published(name="Internetstuff Wiltz", description="Computeren fir jiddereen.")
        assert found("cybercafé") == []
        group = SynonymGroup(name="Web cafés", terms="cybercafé\nInternetstuff\nweb café")
        group.full_clean()
        group.save()
        assert found("cybercafé") == ["Internetstuff Wiltz"]
        group.delete()
        assert found("cybercafé") == []

    def test_a_typing_mistake_is_corrected_from_the_indexed_titles(self):
        published(name="Service jardin Wiltz", description="Nous entretenons votre jardin.")
        locale = Locale.get_default()
        assert corrected_search(search=SearchText.parse("jradin Wiltz"), locale=locale).text == "jardin Wiltz"
        assert corrected_search(search=SearchText.parse("jardin Wiltz"), locale=locale) is None
        assert corrected_search(search=SearchText.parse("xqzvw"), locale=locale) is None

    @pytest.mark.parametrize("terms", ["web café", "", "un deux trois quatre cinq\nsix"])
    def test_a_synonym_group_needs_two_expressions_of_at_most_four_words(self, terms):
        with pytest.raises(ValidationError):
            SynonymGroup(name="Bad", terms=terms).full_clean()

    def test_editors_manage_synonym_groups_in_the_admin(self, admin_client):
        SynonymGroup.objects.create(name="Web cafés", terms="Internetcafé\nWebcafé")
        response = admin_client.get("/admin/snippets/site_search/synonymgroup/")
        assert response.status_code == 200
        assert "Web cafés" in response.content.decode()


class DidYouMeanPageTests(DemoSite):
    def test_a_misspelt_search_shows_the_corrected_results_and_says_so(self, client):
        response = search(client, "fr", "jradin")
        page = response.content.decode()
        assert "Rien ne correspond à « jradin »." in page
        assert 'href="?q=jardin"' in page
        assert any(result["title"].startswith("Service jardin") for result in results(response))

    def test_luxembourgish_internetcafe_finds_the_web_cafes(self, client):
        titles = [result["title"] for result in results(search(client, "lb", "Internetcafé"))]
        assert sum(title.startswith("Internetstuff") for title in titles[:5]) >= 4  # and the guide's page on them
