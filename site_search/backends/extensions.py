"""Every use the site search makes of modelsearch's non-public code, in one place.

The backends otherwise go through modelsearch's documented interface: the ``SEARCH_CONFIG`` and
``INDEX_SETTINGS`` options, ``BaseSearchBackend`` and its ``index_class``, ``query_compiler_class``
and ``autocomplete_query_compiler_class``, ``BaseIndex.add_items``. What no documented option
gives, and what it relies on (checked by ``tests/site_search/test_backend_contract.py``; a
modelsearch upgrade that changes one of these names must fail those tests):

PostgreSQL, each record indexed with its own language's configuration and with the neutral one
(a French query stems, the admin's language-neutral query still matches):
    ``modelsearch.backends.database.postgres.postgres.ObjectIndexer`` (its constructor and
    ``as_vector(texts, for_autocomplete)``, its ``id``, ``title``, ``body``, ``autocomplete``,
    ``title_text`` and ``body_text``), ``PostgresIndex`` (``write_connection`` and
    ``_refresh_title_norms()``), ``PostgresSearchBackend.autocomplete_config`` (suggestions fold
    accents too) and the columns of its ``IndexEntry`` model (``wagtail.search.models.IndexEntry``).

SQLite, each record indexed with its stems (``SQLiteIndex.add_items()``, ``entries``,
``_refresh_title_norms()``, the sqlite module's ``ObjectIndexer`` and its ``id``, ``title``,
``body`` and ``autocomplete``, ``modelsearch.utils.get_content_type_pk``), and a page of the best
matches in two queries instead of one ranking subquery per match:
    ``modelsearch.backends.database.sqlite.sqlite.SQLiteSearchBackend``,
    ``SQLiteSearchQueryCompiler`` and ``SQLiteAutocompleteQueryCompiler`` (``search()``,
    ``query``, ``fields``, ``FTS_TABLE_FIELDS``, ``order_by_relevance``, ``queryset``,
    ``build_search_query()``, ``get_search_vectors()``, ``_build_rank_expression()``),
    ``modelsearch.backends.database.sqlite.query.MatchExpression``, ``normalize``,
    ``SQLiteFTSIndexEntry``, ``modelsearch.backends.database.sqlite.utils.fts5_available`` and
    ``fts_table_exists``, ``modelsearch.utils.get_descendants_content_types_pks``; other
    databases get ``modelsearch.backends.database.fallback.DatabaseSearchBackend``.

Elasticsearch, a language sub-field on every text field, queried in the visitor's language:
    ``modelsearch.backends.elasticsearch8.Elasticsearch8Mapping.get_mapping()`` and
    ``edgengram_analyzer_config``, ``Elasticsearch8SearchBackend.mapping_class``,
    ``Elasticsearch8SearchQueryCompiler._remap_fields()`` and
    ``modelsearch.backends.elasticsearchbase.Field``.
"""

from __future__ import annotations

import operator
from functools import cache, reduce

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVector
from django.db.models import TextField, Value
from django.db.models.functions import Cast
from modelsearch.backends.database.fallback import DatabaseSearchBackend
from modelsearch.backends.database.postgres.postgres import ObjectIndexer, PostgresIndex
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8AutocompleteQueryCompiler,
    Elasticsearch8Mapping,
    Elasticsearch8SearchQueryCompiler,
)
from modelsearch.backends.elasticsearchbase import Field
from wagtail.search.models import IndexEntry

from site_search.config import LANGUAGE_ANALYZERS, LANGUAGE_CONFIGS, NEUTRAL_ANALYZER, NEUTRAL_CONFIG
from site_search.words import stems

# PostgreSQL


def language_config(language: str | None) -> str:
    """The PostgreSQL text-search configuration for a content language."""
    return LANGUAGE_CONFIGS.get(language or "", NEUTRAL_CONFIG)


class LanguageObjectIndexer(ObjectIndexer):
    """Indexes a record's texts with its language's configuration and with the neutral one."""

    def __init__(self, obj, backend):
        super().__init__(obj, backend)
        locale = getattr(obj, "locale", None)
        self.configs = list(dict.fromkeys([language_config(getattr(locale, "language_code", None)), NEUTRAL_CONFIG]))

    def as_vector(self, texts, for_autocomplete=False):
        texts = [(text.strip(), weight) for text, weight in texts if text.strip()]
        if for_autocomplete or not texts:
            return super().as_vector(texts, for_autocomplete=for_autocomplete)
        return reduce(
            operator.add,
            [
                SearchVector(Value(text, output_field=TextField()), weight=weight, config=config)
                for config in self.configs
                for text, weight in texts
            ],
        )


INDEXED_COLUMNS = ["title", "autocomplete", "body", "title_norm", "title_text", "body_text"]


class LanguageIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Wagtail's upsert of index entries through the ORM, with the language-aware indexer."""
        if not model.get_search_fields() or not objs:
            return
        content_type = ContentType.objects.get_for_model(model)
        entries = []
        for obj in objs:
            indexer = LanguageObjectIndexer(obj, self.backend)
            entries.append(
                IndexEntry(
                    content_type=content_type,
                    object_id=indexer.id,
                    title=indexer.title,
                    autocomplete=indexer.autocomplete,
                    body=indexer.body,
                    title_norm=1.0,  # the average is worked out again below
                    title_text=indexer.title_text,
                    body_text=indexer.body_text,
                )
            )
        IndexEntry._default_manager.using(self.write_connection.alias).bulk_create(
            entries,
            update_conflicts=True,
            unique_fields=["content_type", "object_id"],
            update_fields=INDEXED_COLUMNS,
        )
        self._refresh_title_norms()


class PostgresLanguageIndexing:
    """For a ``PostgresSearchBackend``: the language-aware index, and suggestions that fold accents."""

    index_class = LanguageIndex

    def __init__(self, params):
        super().__init__(params)
        self.autocomplete_config = NEUTRAL_CONFIG


# SQLite


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


def _with_stems(text: str, language: str | None) -> str:
    found = stems(text, language)
    return f"{text} {' '.join(found)}" if found else text


def _stemmed_sqlite_index_class() -> type:
    """Wagtail's SQLite index, with each record's title and body followed by their stems in the
    record's language (FTS5 has no stemmer), so that a query for a word or its stem finds the record."""
    from modelsearch.backends.database.sqlite.sqlite import ObjectIndexer as SQLiteObjectIndexer
    from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex
    from modelsearch.utils import get_content_type_pk

    class StemmedSQLiteIndex(SQLiteIndex):
        def add_items(self, model, objs):
            """Wagtail's update-or-create of index entries, with the stems added."""
            if not model.get_search_fields() or not objs:
                return
            content_type_pk = get_content_type_pk(model)
            data = {}
            for obj in objs:
                indexer = SQLiteObjectIndexer(obj, self.backend)
                language = getattr(getattr(obj, "locale", None), "language_code", None)
                data[indexer.id] = {
                    "title": _with_stems(indexer.title, language),
                    "autocomplete": indexer.autocomplete,
                    "body": _with_stems(indexer.body, language),
                }
            entries = self.entries.filter(content_type_id=content_type_pk)
            indexed = set(entries.filter(object_id__in=data).values_list("object_id", flat=True))
            for object_id in indexed:
                entries.filter(object_id=object_id).update(**data[object_id])
            self.entries.bulk_create(
                [
                    IndexEntry(content_type_id=content_type_pk, object_id=object_id, **fields)
                    for object_id, fields in data.items()
                    if object_id not in indexed
                ]
            )
            self._refresh_title_norms()

    return StemmedSQLiteIndex


@cache
def sqlite_ranked_backend_class() -> type | None:
    """Wagtail's FTS5 backend with ranked pages when SQLite has FTS5 (its index model only exists then)."""
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

    class RankedSQLiteSearchBackend(SQLiteSearchBackend):
        index_class = _stemmed_sqlite_index_class()
        query_compiler_class = RankedSearchCompiler
        autocomplete_query_compiler_class = RankedAutocompleteCompiler

    return RankedSQLiteSearchBackend


BasicDatabaseSearchBackend = DatabaseSearchBackend
"""Other databases, or SQLite without FTS5: Wagtail's basic search."""


# Elasticsearch

SUBFIELD_LANGUAGES = [code for code, analyzer in LANGUAGE_ANALYZERS.items() if analyzer != NEUTRAL_ANALYZER]


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


class ElasticsearchLanguageFields:
    """For an ``Elasticsearch8SearchBackend`` with a ``language``: the mapping with language
    sub-fields, and queries on the sub-fields of that language."""

    mapping_class = LanguageMapping
    autocomplete_query_compiler_class = LanguageAutocompleteQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.query_compiler_class = type("LanguageQueryCompiler", (LanguageQueryCompiler,), {"language": self.language})
