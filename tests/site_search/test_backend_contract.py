"""The search backends' contract with modelsearch, on SQLite and on PostgreSQL.

``site_search.backends.extensions`` extends modelsearch where no documented option does, through
the non-public names its docstring lists. These tests go through what a visitor or an editor
notices (a record indexed, found by an accented or unaccented word and by another form of a word
on PostgreSQL, updated, removed), so that a modelsearch upgrade that breaks an extension fails CI.
"""

import logging

import pytest
from django.db import connection, transaction
from modelsearch.backends import get_search_backend
from wagtail.models import Locale

from services_directory.models import Service
from site_search.backends import language_backends
from tests.factories.directory import ServiceFactory

postgresql_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL text search")

RELIED_ON = {
    "modelsearch.backends.database.postgres.postgres": {
        "ObjectIndexer": ["as_vector", "id", "title", "body", "autocomplete", "title_text", "body_text"],
        "PostgresIndex": ["add_items", "delete_item", "_refresh_title_norms"],
    },
    "modelsearch.backends.database.sqlite.query": {"MatchExpression": [], "normalize": []},
    "modelsearch.backends.database.sqlite.sqlite": {
        "SQLiteIndex": ["add_items", "_refresh_title_norms"],
        "ObjectIndexer": ["id", "title", "body", "autocomplete"],
    },
    "modelsearch.backends.elasticsearch8": {
        "Elasticsearch8Mapping": ["get_mapping", "edgengram_analyzer_config"],
        "Elasticsearch8SearchBackend": ["mapping_class"],
        "Elasticsearch8SearchQueryCompiler": ["_remap_fields"],
    },
    "modelsearch.backends.elasticsearchbase": {"Field": []},
    "modelsearch.utils": {"get_descendants_content_types_pks": [], "get_content_type_pk": []},
}


def found(backend, words: str, *, locale: Locale | None = None) -> list[str]:
    services = Service.objects.filter(locale=locale or Locale.get_default())
    return [service.name for service in backend.search(words, services, operator="and")]


def french():
    return language_backends("fr")[-1]


def neutral():
    return get_search_backend()


class ExtensionNamesTests:
    @pytest.mark.parametrize("module", RELIED_ON)
    def test_the_non_public_names_the_extensions_use_still_exist(self, module):
        if module.startswith("modelsearch.backends.database.sqlite") and connection.vendor != "sqlite":
            pytest.skip("SQLite's full-text index model only exists on SQLite")
        imported = __import__(module, fromlist=["*"])
        for name, attributes in RELIED_ON[module].items():
            assert hasattr(imported, name), f"{module}.{name}"
            for attribute in attributes:
                assert hasattr(getattr(imported, name), attribute), f"{module}.{name}.{attribute}"

    @pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's full-text index")
    def test_sqlite_uses_the_ranked_full_text_backend(self):
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        assert isinstance(neutral(), SQLiteSearchBackend)


@pytest.mark.django_db
class IndexingContractTests:
    def test_a_record_is_found_by_its_words_with_or_without_accents(self):
        ServiceFactory(name="Web café", description="Une équipe d'entraide numérique.")
        ServiceFactory(name="Atelier", description="Cours de cuisine.")
        for backend in (french(), neutral()):
            assert found(backend, "cafe") == ["Web café"]
            assert found(backend, "CAFÉ") == ["Web café"]
            assert found(backend, "equipe numerique") == ["Web café"]

    def test_suggestions_ignore_accents(self):
        ServiceFactory(name="Équipe verte")
        services = Service.objects.filter(locale=Locale.get_default())
        for backend in (french(), neutral()):
            assert [service.name for service in backend.autocomplete("equi", services)] == ["Équipe verte"]

    def test_an_updated_record_is_found_by_its_new_words_only(self):
        service = ServiceFactory(name="Atelier", description="Cours de cuisine.")
        service.description = "Cours de couture."
        service.save()
        for backend in (french(), neutral()):
            assert found(backend, "couture") == ["Atelier"]
            assert found(backend, "cuisine") == []

    def test_a_record_removed_from_the_index_is_no_longer_found(self):
        service = ServiceFactory(name="Web café")
        for backend in (french(), neutral()):
            backend.delete(service)
            assert found(backend, "cafe") == []

    @postgresql_only
    def test_a_query_in_the_records_language_finds_other_forms_of_its_words(self):
        ServiceFactory(name="Atelier", description="Entretien des jardins pour les personnes âgées.")
        assert found(french(), "jardin personne agee") == ["Atelier"]
        german = Locale.objects.get_or_create(language_code="de")[0]
        ServiceFactory(name="Gartendienst", description="Pflege der Gärten.", locale=german)
        assert found(language_backends("de")[-1], "Garten", locale=german) == ["Gartendienst"]

    @postgresql_only
    def test_a_language_neutral_query_still_finds_the_words_as_written(self):
        ServiceFactory(name="Atelier", description="Entretien des jardins pour les personnes âgées.")
        assert found(neutral(), "jardins personnes agees") == ["Atelier"]


@pytest.mark.django_db
@postgresql_only
class MigrationTests:
    def test_without_the_right_to_create_unaccent_the_migration_logs_and_goes_on(self, caplog):
        from importlib import import_module

        migration = import_module("site_search.migrations.0001_text_search_configurations")
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("DROP EXTENSION unaccent CASCADE")
            cursor.execute("CREATE ROLE portal_search_contract NOLOGIN")
            cursor.execute("SET LOCAL ROLE portal_search_contract")
            with caplog.at_level(logging.WARNING, logger="site_search"):
                assert migration.unaccent_schema(connection) is None
            transaction.set_rollback(True)
        assert "CREATE EXTENSION unaccent" in caplog.text

    def test_the_configurations_fold_accents_and_stem(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT to_tsvector('portal_french', 'Cafés'), to_tsvector('portal_simple', 'Cafés')")
            assert cursor.fetchone() == ("'caf':1", "'cafes':1")
