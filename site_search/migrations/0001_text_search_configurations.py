"""The PostgreSQL text-search configurations of the site search: each language's stemmer behind ``unaccent``.

On PostgreSQL this creates ``portal_french``, ``portal_german`` and ``portal_english`` (copies of
PostgreSQL's own) and ``portal_simple`` (no stemming), with the ``unaccent`` dictionary in front of
their word dictionaries, so that "cafe" finds "café" (``site_search.config.LANGUAGE_CONFIGS``).

``unaccent`` ships with PostgreSQL and is a trusted extension (PostgreSQL 13 and later): a role
allowed to create objects in the database may install it. When the role cannot, the migration
does not fail: the configurations are created without it, a warning is logged, and searches on
PostgreSQL then tell accented from unaccented letters. To fix it, have a superuser run
``CREATE EXTENSION unaccent;`` in the database, then ``manage.py migrate site_search zero``,
``manage.py migrate site_search`` and ``manage.py update_index``.

Other databases have nothing to create (SQLite's full-text index ignores accents itself).
"""

import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger("site_search")

CONFIGURATIONS = {
    "portal_french": ("french", "french_stem"),
    "portal_german": ("german", "german_stem"),
    "portal_english": ("english", "english_stem"),
    "portal_simple": ("simple", "simple"),
}
# The parser's token types that may hold letters with accents (asciiword and asciihword cannot).
ACCENTED_TOKENS = "word, hword, hword_part"


def unaccent_schema(connection) -> str | None:
    """The schema of the ``unaccent`` extension, installing it if the role may; None when it is missing."""
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    except DatabaseError as error:
        logger.warning(
            "Site search: the PostgreSQL extension unaccent could not be installed (%s). "
            "Searches will tell accented from unaccented letters until a superuser runs "
            "CREATE EXTENSION unaccent; and this migration is applied again (see its docstring).",
            str(error).strip(),
        )
        return None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'unaccent'"
        )
        return cursor.fetchone()[0]


def create_configurations(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    schema = unaccent_schema(connection)
    quote = connection.ops.quote_name
    for name, (source, dictionary) in CONFIGURATIONS.items():
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {quote(name)}")
        schema_editor.execute(f"CREATE TEXT SEARCH CONFIGURATION {quote(name)} (COPY = pg_catalog.{source})")
        if schema is not None:
            schema_editor.execute(
                f"ALTER TEXT SEARCH CONFIGURATION {quote(name)} ALTER MAPPING FOR {ACCENTED_TOKENS} "
                f"WITH {quote(schema)}.unaccent, pg_catalog.{dictionary}"
            )


def drop_configurations(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {schema_editor.connection.ops.quote_name(name)}")


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_configurations, drop_configurations)]
