"""The database search backend, language-aware on PostgreSQL, accent-insensitive everywhere.

PostgreSQL: Wagtail's PostgreSQL backend, with the documented ``SEARCH_CONFIG`` set to the
visitor's language's text-search configuration (French, German and English stemming;
``portal_simple`` for Luxembourgish and for language-neutral searches such as the admin's and the
directory's). Each record is indexed with its own language's configuration and with
``portal_simple`` (``extensions.LanguageIndex``). The configurations put PostgreSQL's ``unaccent``
dictionary in front of the stemmers, so "cafe" finds "café" (see the ``site_search`` migration).

SQLite: Wagtail's FTS5 table already ignores case and accents (``unicode61`` tokenizer); there
is no stemming. Other databases get Wagtail's basic search.
"""

from functools import cache

from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

from site_search.backends import LanguageMixin
from site_search.backends.extensions import (
    BasicDatabaseSearchBackend,
    PostgresLanguageIndexing,
    language_config,
    sqlite_ranked_backend_class,
)


class PostgresLanguageSearchBackend(LanguageMixin, PostgresLanguageIndexing, PostgresSearchBackend):
    def __init__(self, params):
        if params.get("LANGUAGE"):
            params["SEARCH_CONFIG"] = language_config(params["LANGUAGE"])
        params.setdefault("SEARCH_CONFIG", language_config(None))
        super().__init__(params)


class FallbackLanguageSearchBackend(LanguageMixin, BasicDatabaseSearchBackend):
    """Other databases, or SQLite without FTS5: Wagtail's basic search."""


@cache
def _sqlite_backend_class() -> type | None:
    """Wagtail's FTS5 backend when SQLite has FTS5, else None."""
    ranked = sqlite_ranked_backend_class()
    if ranked is None:
        return None

    class SQLiteLanguageSearchBackend(LanguageMixin, ranked):
        def relevance(self, score):
            return -(score or 0.0)  # bm25() is lower for better matches

    return SQLiteLanguageSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return PostgresLanguageSearchBackend(params)
    if connection.vendor == "sqlite" and _sqlite_backend_class() is not None:
        return _sqlite_backend_class()(params)
    return FallbackLanguageSearchBackend(params)
