"""Search settings built from the environment; imported by the settings, so Django-free."""

LANGUAGE_CONFIGS = {"fr": "french", "de": "german", "en": "english", "lb": "simple"}
"""PostgreSQL text-search configuration per content language (no Luxembourgish stemmer exists)."""

LANGUAGE_ANALYZERS = {"fr": "portal_french", "de": "portal_german", "en": "portal_english", "lb": "portal_folded"}
"""Elasticsearch analyzer per content language; Luxembourgish uses the folded standard analyzer."""

DATABASE_BACKEND = "site_search.backends.database"
ELASTICSEARCH_BACKEND = "site_search.backends.elasticsearch"
FALLBACK_ALIAS = "database"


def search_backends(*, elasticsearch_url: str, timeout: int) -> dict[str, dict]:
    """``WAGTAILSEARCH_BACKENDS``: the database alone, or a cluster with the database kept as its fallback.

    With a cluster, both are updated on every publish (and by ``update_index``), so that the
    database can answer at once when the cluster is unreachable.
    """
    database = {"BACKEND": DATABASE_BACKEND}
    if not elasticsearch_url:
        return {"default": database}
    return {
        "default": {
            "BACKEND": ELASTICSEARCH_BACKEND,
            "URLS": [elasticsearch_url],
            "INDEX_PREFIX": "portal_",
            "TIMEOUT": timeout,
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        FALLBACK_ALIAS: database,
    }
