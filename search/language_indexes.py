"""The GIN index of each language's vectors on PostgreSQL (search/engine_postgres.py reads
through it); made by migration 0002 and again by `rebuild_search_index`."""

from search.models import SearchEntry


def create_language_indexes(database, languages):
    """Create the GIN index on the vectors of each language that lacks one.

    One partial index a language, not one for all: a search is always in one language,
    and with its own index PostgreSQL finds that language's matches without testing the
    other language's pages. A language added to LANGUAGES later gets its index from
    `manage.py rebuild_search_index`.
    """
    table = SearchEntry._meta.db_table
    with database.cursor() as cursor:
        # Only what is missing: CREATE INDEX, even IF NOT EXISTS, fails in a transaction
        # that has pending trigger events (a test's, for one).
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s", [table])
        existing = {name for (name,) in cursor.fetchall()}
        for code in languages:
            name = f"search_entry_vector_{code}"
            if code.isalpha() and name not in existing:
                cursor.execute(
                    f"CREATE INDEX {name} ON {database.ops.quote_name(table)} "
                    f"USING gin (vector) WHERE language = '{code}'"
                )
