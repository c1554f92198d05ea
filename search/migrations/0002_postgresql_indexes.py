"""PostgreSQL only: the trigram extension, the indexes that make search fast there, and
how the entry table stores its columns.

SQLite migrates past this untouched (TrigramExtension checks the database itself; the
rest runs only on PostgreSQL), so `make run` keeps working.
"""

from django.conf import settings
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

INDEXES = [
    # "Did you mean": trigram similarity between what was typed and the site's words.
    ("search_word_key_trgm", "search_searchword USING gin (key gin_trgm_ops)"),
    # Completions (LIKE 'geme%') and compounds (reversed stem LIKE 'groz%'), whatever the
    # database's collation.
    ("search_word_key_prefix", "search_searchword (language, key varchar_pattern_ops)"),
    (
        "search_word_reversed_prefix",
        "search_searchword (language, reversed_stem varchar_pattern_ops)",
    ),
]
# Every search reads the vector of each match; the snippet text and word list only of the
# ten shown. So the vector stays in the row, uncompressed where it fits (MAIN), and the
# long text columns are the first to move out of it (EXTERNAL) when a row grows too big.
STORAGE = (
    "ALTER TABLE search_searchentry ALTER COLUMN vector SET STORAGE MAIN, "
    "ALTER COLUMN text SET STORAGE EXTERNAL, ALTER COLUMN words SET STORAGE EXTERNAL"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from search.language_indexes import create_language_indexes

    schema_editor.execute(STORAGE)
    for name, definition in INDEXES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
    create_language_indexes(schema_editor.connection, [code for code, _ in settings.LANGUAGES])


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _ in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for code, _ in settings.LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS search_entry_vector_{code}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        TrigramExtension(),
        migrations.RunPython(forwards, backwards),
    ]
