"""The PostgreSQL text-search configuration for Portuguese: ``portal_portuguese``, as 0001 built the others.

PostgreSQL's own ``portuguese`` configuration (Snowball stemmer) with ``unaccent`` in front of it,
so that "servico" finds "serviço" and "jardins" finds "jardim" (``site_search.config.LANGUAGE_CONFIGS``).
"""

from importlib import import_module

from django.db import migrations

first = import_module("site_search.migrations.0001_text_search_configurations")

NAME = "portal_portuguese"


def create_configuration(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    schema = first.unaccent_schema(connection)
    quote = connection.ops.quote_name
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {quote(NAME)}")
    schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {quote(NAME)} (COPY = pg_catalog.portuguese)")
    if schema is not None:
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {quote(NAME)} ALTER MAPPING FOR {first.ACCENTED_TOKENS} "
            f"WITH {quote(schema)}.unaccent, pg_catalog.portuguese_stem"
        )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {schema_editor.connection.ops.quote_name(NAME)}")


class Migration(migrations.Migration):
    dependencies = [("site_search", "0001_text_search_configurations")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
