"""Search settings built from the environment; imported by the settings, so Django-free."""

from copy import deepcopy

NEUTRAL_CONFIG = "portal_simple"
"""PostgreSQL text-search configuration without stemming, accents folded (the admin, the directory, suggestions)."""

LANGUAGE_CONFIGS = {
    "fr": "portal_french",
    "de": "portal_german",
    "en": "portal_english",
    "pt": "portal_portuguese",
    "lb": NEUTRAL_CONFIG,
}
"""PostgreSQL text-search configuration per content language (no Luxembourgish stemmer exists).

Each is PostgreSQL's own configuration with the ``unaccent`` dictionary in front of its stemmer,
created by the ``site_search`` migrations (see ``site_search/migrations/0001_text_search_configurations.py``).
A language missing here is searched with ``NEUTRAL_CONFIG``.
"""

LANGUAGE_ANALYZERS = {
    "fr": "portal_french",
    "de": "portal_german",
    "en": "portal_english",
    "pt": "portal_portuguese",
    "lb": "portal_folded",
}
"""Elasticsearch analyzer per content language; Luxembourgish uses the folded standard analyzer."""

NEUTRAL_ANALYZER = LANGUAGE_ANALYZERS["lb"]

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
        "portal_portuguese_stop": {"type": "stop", "stopwords": "_portuguese_"},
        "portal_portuguese_stemmer": {"type": "stemmer", "language": "light_portuguese"},
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
        "portal_portuguese": {
            "type": "custom",
            "tokenizer": "standard",
            "filter": ["lowercase", "portal_portuguese_stop", "asciifolding", "portal_portuguese_stemmer"],
        },
    },
}
"""The Elasticsearch analyzers, given to the cluster through the backend's documented ``INDEX_SETTINGS``."""

DATABASE_BACKEND = "site_search.backends.database"
ELASTICSEARCH_BACKEND = "site_search.backends.elasticsearch"
FALLBACK_ALIAS = "database"


def search_backends(*, elasticsearch_url: str, timeout: int) -> dict[str, dict]:
    """``WAGTAILSEARCH_BACKENDS``: the database alone, or a cluster with the database kept as its fallback.

    With a cluster, both are updated on every publish (and by ``update_index``), so that the
    database can answer at once when the cluster is unreachable.
    """
    database = {"BACKEND": DATABASE_BACKEND, "SEARCH_CONFIG": NEUTRAL_CONFIG}
    if not elasticsearch_url:
        return {"default": database}
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND,
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": "portal_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
            "INDEX_SETTINGS": {"settings": {"analysis": deepcopy(ANALYSIS)}},
        },
        FALLBACK_ALIAS: database,
    }
