"""Elasticsearch 8 (or OpenSearch through its Elasticsearch-compatible API) with per-language analyzers.

One index per model root, as in Wagtail, and a language sub-field on every text field: the main
field is analysed language-neutrally (standard tokenizer, lower case, accents folded: what
Luxembourgish uses), and ``<field>.fr``, ``<field>.de`` and ``<field>.en`` with the French,
German and English analyzers (elision, stop words, light stemming, accents folded). A backend
created with ``LANGUAGE`` queries that language's sub-fields; records are filtered by their
``locale`` as on the database backend. ``update_index`` (re)builds the indexes.
"""

from copy import deepcopy

from elastic_transport import TransportError
from elasticsearch import ApiError
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update

from site_search.backends import LanguageMixin
from site_search.config import LANGUAGE_ANALYZERS

NEUTRAL_ANALYZER = "portal_folded"
SUBFIELD_LANGUAGES = [code for code, analyzer in LANGUAGE_ANALYZERS.items() if analyzer != NEUTRAL_ANALYZER]

ANALYSIS = {
    "filter": {
        "portal_french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
        },
        "portal_french_stop": {"type": "stop", "stopwords": "_french_"},
        "portal_french_stemmer": {"type": "stemmer", "language": "light_french"},
        "portal_german_stop": {"type": "stop", "stopwords": "_german_"},
        "portal_german_stemmer": {"type": "stemmer", "language": "light_german"},
        "portal_english_stop": {"type": "stop", "stopwords": "_english_"},
        "portal_english_stemmer": {"type": "stemmer", "language": "english"},
        "portal_english_possessive": {"type": "stemmer", "language": "possessive_english"},
    },
    "analyzer": {
        NEUTRAL_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase", "asciifolding"]},
        "portal_french": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "portal_french_elision",
                "lowercase",
                "portal_french_stop",
                "asciifolding",
                "portal_french_stemmer",
            ],
        },
        "portal_german": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "lowercase",
                "portal_german_stop",
                "german_normalization",
                "asciifolding",
                "portal_german_stemmer",
            ],
        },
        "portal_english": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": [
                "portal_english_possessive",
                "lowercase",
                "portal_english_stop",
                "asciifolding",
                "portal_english_stemmer",
            ],
        },
    },
}


class LanguageMapping(Elasticsearch8Mapping):
    """Wagtail's mapping with the neutral analyzer and a sub-field per language on every text field."""

    edgengram_analyzer_config = {"analyzer": "edgengram_analyzer", "search_analyzer": NEUTRAL_ANALYZER}

    def get_mapping(self):
        mapping = super().get_mapping()
        _add_language_fields(mapping["properties"])
        return mapping


def _add_language_fields(properties: dict) -> None:
    for field in properties.values():
        if field.get("type") == "nested":
            _add_language_fields(field["properties"])
        elif field.get("type") == "text" and "analyzer" not in field:
            field["analyzer"] = NEUTRAL_ANALYZER
            field["fields"] = {
                language: {"type": "text", "analyzer": LANGUAGE_ANALYZERS[language]} for language in SUBFIELD_LANGUAGES
            }


class LanguageQueryCompiler(Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping
    language: str | None = None

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if self.language not in SUBFIELD_LANGUAGES:
            return remapped
        return [Field(f"{field.field_name}.{self.language}", field.boost) for field in remapped]


class LanguageAutocompleteQueryCompiler(Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = LanguageMapping


class ElasticsearchLanguageSearchBackend(LanguageMixin, Elasticsearch8SearchBackend):
    mapping_class = LanguageMapping
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler
    unavailable_errors = (TransportError, ApiError)

    def __init__(self, params):
        params["INDEX_SETTINGS"] = deep_update(
            {"settings": {"analysis": deepcopy(ANALYSIS)}}, params.get("INDEX_SETTINGS", {})
        )
        super().__init__(params)
        self.query_compiler_class = type("LanguageQueryCompiler", (LanguageQueryCompiler,), {"language": self.language})


SearchBackend = ElasticsearchLanguageSearchBackend
