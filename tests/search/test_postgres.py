"""What only PostgreSQL does: the stems stored as a real tsvector, the GIN and trigram
indexes in use, and ts_rank agreeing with the Python ranking that SQLite relies on."""

import pytest
from django.db import connection

from search.engine import parse_vector
from search.models import SearchEntry
from search.ranking import ts_rank
from search.tsquery_sql import WEIGHTS

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="PostgreSQL only: tsvector, GIN and pg_trgm (SQLite uses the Python engine)",
    ),
]


def sql(statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall() if cursor.description else []


def test_an_entry_stores_its_stems_with_weights_as_a_tsvector(corpus):
    entry = SearchEntry.objects.get(pk=corpus.communities.pk)
    ((kind, text),) = sql(
        "SELECT pg_typeof(vector)::text, vector::text FROM search_searchentry WHERE page_id = %s",
        [entry.pk],
    )
    assert kind == "tsvector"
    # "gemeenschappen" in the title (A) and "gemeenschap" in the lead (B): one stem.
    assert "'meenschap':4A,14B" in text


def test_each_language_has_its_own_gin_index_and_words_a_trigram_index(corpus):
    definitions = dict(
        sql("SELECT indexname, indexdef FROM pg_indexes WHERE tablename LIKE 'search_%%'")
    )
    for code in ("nl", "en"):
        assert definitions[f"search_entry_vector_{code}"].endswith(
            f"USING gin (vector) WHERE ((language)::text = '{code}'::text)"
        )
    # On a corpus this small the planner prefers other plans unless told otherwise; what
    # matters is that the trigram index fits the expression the suggestions use.
    sql("SET enable_seqscan = off")
    plan = sql("EXPLAIN SELECT word FROM search_searchword WHERE key %% %s", ["gemenschap"])
    assert "search_word_key_trgm" in " ".join(row[0] for row in plan)


def test_ts_rank_and_the_python_ranking_agree(corpus):
    for stems in (["meenschap"], ["zorg", "wijk"], ["dementie", "muziek"]):
        query = " | ".join(f"'{stem}'" for stem in stems)
        rows = sql(
            f"SELECT vector::text, ts_rank({WEIGHTS}, vector, %s::tsquery) "
            "FROM search_searchentry WHERE vector @@ %s::tsquery",
            [query, query],
        )
        assert rows, stems
        for vector, rank in rows:
            assert ts_rank(parse_vector(vector), stems) == pytest.approx(rank, rel=1e-5)
