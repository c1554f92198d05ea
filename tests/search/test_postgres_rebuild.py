"""`rebuild_search_index` on PostgreSQL also gives a language its own GIN index when it has
none yet (a language added to LANGUAGES after the migrations ran)."""

import pytest
from django.core.management import call_command
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only: GIN indexes"),
]


def language_indexes():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE 'search_entry_vector_%%'"
        )
        return {name for (name,) in cursor.fetchall()}


def test_rebuilding_the_index_creates_a_missing_language_index():
    with connection.cursor() as cursor:
        # Index DDL cannot run while the test's own inserts have deferred checks pending.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute("DROP INDEX search_entry_vector_en")
    assert "search_entry_vector_en" not in language_indexes()

    call_command("rebuild_search_index", verbosity=0)

    assert language_indexes() >= {"search_entry_vector_nl", "search_entry_vector_en"}
