"""The database search backend, language-aware on PostgreSQL, accent-insensitive everywhere.

PostgreSQL: each record is indexed with its own language's text-search configuration (French,
German and English stemming; ``simple`` for Luxembourgish) and again with ``simple``, so that a
query in the record's language is stemmed and a language-neutral query (the admin, the
directory) still matches. Texts and queries are folded (lower case, no accents) in Python, so
"cafe" finds "café" without the ``unaccent`` extension.

SQLite: Wagtail's FTS5 table already ignores case and accents (``unicode61`` tokenizer); there
is no stemming. Other databases get Wagtail's basic search.
"""

from functools import cache

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from django.db.models.sql.subqueries import InsertQuery
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    ObjectIndexer,
    PostgresIndex,
    PostgresSearchBackend,
)
from modelsearch.utils import ADD, get_content_type_pk

from geography.places import fold
from site_search.backends import LanguageMixin
from site_search.config import LANGUAGE_CONFIGS

NEUTRAL_CONFIG = "simple"


def language_config(language: str | None) -> str:
    """The PostgreSQL text-search configuration for a content language."""
    return LANGUAGE_CONFIGS.get(language or "", NEUTRAL_CONFIG)


def _folded(query):
    return fold(query) if isinstance(query, str) else query


class LanguageObjectIndexer(ObjectIndexer):
    """Folds the texts and indexes them with the record's language and with ``simple``."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        locale = getattr(obj, "locale", None)
        self.config = language_config(locale.language_code if locale is not None else None)

    def prepare_value(self, value):
        return fold(super().prepare_value(value))

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
        if for_autocomplete or not texts:
            return super().as_vector(texts, for_autocomplete=for_autocomplete)
        configs = dict.fromkeys([self.config, NEUTRAL_CONFIG])
        return ADD(
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for config in configs
                for text, weight in texts
            ]
        )


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's upsert of index entries, with the language-aware indexer."""
        indexers = [LanguageObjectIndexer(obj, self.backend) for obj in objs]
        if not model.get_search_fields() or not indexers:
            return
        compiler = InsertQuery(IndexEntry).get_compiler(connection=self.write_connection)
        rows, params = [], []
        for indexer in indexers:
            params.extend((get_content_type_pk(model), indexer.id))
            vectors = []
            for name in ("title", "autocomplete", "body"):
                value = compiler.prepare_value(IndexEntry._meta.get_field(name), getattr(indexer, name))
                sql, vector_params = value.as_sql(compiler, self.write_connection)
                vectors.append(sql)
                params.extend(vector_params)
            params.extend((indexer.title_text, indexer.body_text))
            rows.append(f"(%s, %s, {vectors[0]}, {vectors[1]}, {vectors[2]}, 1.0, %s, %s)")
        with self.write_connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {IndexEntry._meta.db_table} "  # noqa: S608 (table name and placeholders only)
                "(content_type_id, object_id, title, autocomplete, body, title_norm, title_text, body_text) "
                f"(VALUES {', '.join(rows)}) "
                "ON CONFLICT (content_type_id, object_id) DO UPDATE SET title = EXCLUDED.title, "
                "title_norm = 1.0, autocomplete = EXCLUDED.autocomplete, body = EXCLUDED.body, "
                "title_text = EXCLUDED.title_text, body_text = EXCLUDED.body_text",
                params,
            )
        self._refresh_title_norms()


class PostgresLanguageSearchBackend(LanguageMixin, PostgresSearchBackend):
    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.config = language_config(self.language)

    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(_folded(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(_folded(query), model_or_queryset, *args, **kwargs)


class FallbackLanguageSearchBackend(LanguageMixin, DatabaseSearchBackend):
    """Other databases, or SQLite without FTS5: Wagtail's basic search."""


class _RankedMatchesMixin:
    """A page of the best matches in two queries.

    Wagtail's SQLite compiler orders by a subquery that runs the full-text match again for every
    matching record, which grows with the number of matches; for a bounded page ordered by
    relevance (what the site search asks for), this finds the page's ids and scores in one match
    and then loads only those records.
    """

    def search(self, config, start, stop, score_field=None):
        from modelsearch.backends.database.sqlite.query import MatchExpression, SQLiteFTSIndexEntry, normalize
        from modelsearch.query import MatchAll, Not
        from modelsearch.utils import get_descendants_content_types_pks

        query = normalize(self.query)
        if stop is None or not self.order_by_relevance or isinstance(query, MatchAll | Not):
            return super().search(config, start, stop, score_field=score_field)
        model = self.queryset.model
        matches = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(self.fields or self.FTS_TABLE_FIELDS, self.build_search_query(query, config=config))
            )
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(model),
                index_entry__object_id__in=self.queryset.annotate(_object_id=Cast("pk", TextField())).values(
                    "_object_id"
                ),
            )
            .annotate(score=self._build_rank_expression(self.get_search_vectors(), config))
            .order_by("score")
            .values_list("index_entry__object_id", "score")[start:stop]
        )
        scores = {model._meta.pk.to_python(object_id): score for object_id, score in matches}
        field = score_field or "_score"
        records = list(self.queryset.filter(pk__in=scores))
        for record in records:
            setattr(record, field, scores[record.pk])
        records.sort(key=lambda record: (getattr(record, field), -record.pk))
        return _RankedPage(records)


class _RankedPage(list):
    """The records of one page of matches, best first: what the search results iterate or count."""

    def count(self, *args):
        return super().count(*args) if args else len(self)


@cache
def _sqlite_backend_class() -> type | None:
    """The FTS5 backend when SQLite has FTS5 (its index model only exists then), else None."""
    from modelsearch.backends.database.sqlite.utils import fts5_available, fts_table_exists

    if not (fts5_available() and fts_table_exists()):
        return None
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
    )

    class RankedSearchCompiler(_RankedMatchesMixin, SQLiteSearchQueryCompiler):
        pass

    class RankedAutocompleteCompiler(_RankedMatchesMixin, SQLiteAutocompleteQueryCompiler):
        pass

    class SQLiteLanguageSearchBackend(LanguageMixin, SQLiteSearchBackend):
        query_compiler_class = RankedSearchCompiler
        autocomplete_query_compiler_class = RankedAutocompleteCompiler

        def relevance(self, score):
            return -(score or 0.0)  # bm25() is lower for better matches

    return SQLiteLanguageSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks the backend up by this name)
    if connection.vendor == "postgresql":
        return PostgresLanguageSearchBackend(params)
    if connection.vendor == "sqlite" and _sqlite_backend_class() is not None:
        return _sqlite_backend_class()(params)
    return FallbackLanguageSearchBackend(params)
