"""The Elasticsearch backend's index settings, mappings and queries, checked without a cluster."""

import pytest
from django.test import override_settings
from wagtail.models import Page

from services_directory.models import Service
from site_search.backends import language_backends
from site_search.backends.elasticsearch import ElasticsearchLanguageSearchBackend
from site_search.config import search_backends

CLUSTER = search_backends(elasticsearch_url="http://127.0.0.1:9", timeout=1)


def _backend(language=None) -> ElasticsearchLanguageSearchBackend:
    params = dict(CLUSTER["default"], LANGUAGE=language)
    params.pop("BACKEND")
    return ElasticsearchLanguageSearchBackend(params)


class SettingsTests:
    def test_without_a_cluster_the_database_backend_is_the_only_one(self):
        assert search_backends(elasticsearch_url="", timeout=3) == {
            "default": {"BACKEND": "site_search.backends.database", "SEARCH_CONFIG": "portal_simple"}
        }

    def test_with_a_cluster_it_is_the_default_and_the_database_stays_as_fallback(self):
        assert CLUSTER["default"]["BACKEND"] == "site_search.backends.elasticsearch"
        assert CLUSTER["default"]["URLS"] == ["http://127.0.0.1:9"]
        assert CLUSTER["database"] == {"BACKEND": "site_search.backends.database", "SEARCH_CONFIG": "portal_simple"}

    @pytest.mark.django_db
    def test_the_site_search_tries_the_cluster_then_the_database(self):
        with override_settings(WAGTAILSEARCH_BACKENDS=CLUSTER):
            first, second = language_backends("de")
        assert isinstance(first, ElasticsearchLanguageSearchBackend)
        assert first.language == "de"
        assert type(second).__module__ == "site_search.backends.database"


class IndexSettingsTests:
    def test_each_language_has_its_analyzer_with_stemming_and_accent_folding(self):
        analyzers = _backend().settings["settings"]["analysis"]["analyzer"]
        filters = _backend().settings["settings"]["analysis"]["filter"]
        assert filters["portal_french_stemmer"]["language"] == "light_french"
        assert filters["portal_german_stemmer"]["language"] == "light_german"
        assert filters["portal_english_stemmer"]["language"] == "english"
        for name in ("portal_french", "portal_german", "portal_english", "portal_folded"):
            assert "asciifolding" in analyzers[name]["filter"]
            assert "lowercase" in analyzers[name]["filter"]
        assert "portal_french_elision" in analyzers["portal_french"]["filter"]
        assert "german_normalization" in analyzers["portal_german"]["filter"]
        assert analyzers["portal_folded"]["tokenizer"] == "standard"

    def test_wagtails_own_autocomplete_analyzers_are_kept(self):
        analyzers = _backend().settings["settings"]["analysis"]["analyzer"]
        assert "edgengram_analyzer" in analyzers


class MappingTests:
    @pytest.mark.parametrize("model", [Service, Page])
    def test_text_fields_are_neutral_with_a_sub_field_per_language(self, model):
        properties = _backend().mapping_class(model).get_mapping()["properties"]
        all_text = properties["_all_text"]
        assert all_text["analyzer"] == "portal_folded"
        assert {language: sub["analyzer"] for language, sub in all_text["fields"].items()} == {
            "fr": "portal_french",
            "de": "portal_german",
            "en": "portal_english",
            "pt": "portal_portuguese",
        }

    def test_service_fields_and_filters(self):
        properties = _backend().mapping_class(Service).get_mapping()["properties"]
        description = properties["description"]
        assert description["fields"]["de"]["analyzer"] == "portal_german"
        assert properties["category_names"]["fields"]["fr"]["analyzer"] == "portal_french"
        assert properties["_edgengrams"]["analyzer"] == "edgengram_analyzer"
        assert properties["_edgengrams"]["search_analyzer"] == "portal_folded"


class QueryTests:
    @pytest.mark.django_db
    @pytest.mark.parametrize(
        ("language", "suffix"), [("fr", ".fr"), ("de", ".de"), ("en", ".en"), ("pt", ".pt"), ("lb", "")]
    )
    def test_a_language_backend_queries_its_language_sub_fields(self, language, suffix):
        services = Service.objects.filter(locale_id=7, live=True)
        query = _backend(language).search("Garten", services, operator="and").query_compiler.get_query()
        match = query["bool"]["must"]["multi_match"]
        assert f"_all_text{suffix}" in match["fields"]
        assert all(name.split("^")[0].endswith(suffix) for name in match["fields"])
        assert match["operator"] == "and"
        assert {"term": {"locale_id_filter": 7}} in query["bool"]["filter"][1]["bool"]["must"]
