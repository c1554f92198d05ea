"""Searches are kept per content version (search/engine_postgres.py): a repeated search is
answered without ranking the archive again, and whatever changes the index, with or
without a publish, is found by the very next search."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import KeywordName
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQL engine keeps searches")
def test_a_repeated_search_is_answered_without_ranking_the_archive_again(client, corpus):
    with CaptureQueriesContext(connection) as first:
        found = result_titles(search(client, q="gemeenschap"))
    with CaptureQueriesContext(connection) as again:
        assert result_titles(search(client, q="gemeenschap")) == found
    ranking = [query["sql"] for query in first if "WITH m AS MATERIALIZED" in query["sql"]]
    assert len(ranking) == 1 and found
    assert not [query for query in again if "WITH m AS MATERIALIZED" in query["sql"]]
    assert len(again) < len(first)


def test_a_renamed_keyword_is_found_by_its_new_name_at_once(client, corpus):
    assert result_titles(search(client, q="zangkunst")) == []
    name = KeywordName.objects.get(name="muziek", locale__language_code="nl")
    name.name = "zangkunst"
    name.save()
    assert "Zingen met bewoners" in result_titles(search(client, q="zangkunst"))


def test_a_rebuilt_index_is_searched_at_once(client, corpus):
    """After changes made behind Wagtail's back (an import, a repair in SQL) staff run
    `rebuild_search_index`: no publish starts a new version, the rebuild itself must.
    Two pages swap leads, so the word's statistics stay as they were: only the new
    version tells the kept search from the new one."""
    choir, other = corpus.choir, corpus.communities
    assert result_titles(search(client, q="koor")) == [choir.title]
    news = type(choir).objects
    news.filter(pk=choir.pk).update(lead=other.lead)
    news.filter(pk=other.pk).update(lead=choir.lead)
    call_command("rebuild_search_index", verbosity=0)
    assert result_titles(search(client, q="koor")) == [other.title]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="planner settings of PostgreSQL")
def test_the_search_statements_planner_settings_end_with_it(client, corpus):
    """The costs that suit the search statement made other pages slower: they must not
    outlive it, even inside a longer transaction (as here, a test's)."""
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        before = cursor.fetchone()
        assert result_titles(search(client, q="gemeenschap"))
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone() == before
        cursor.execute("SHOW work_mem")
        assert cursor.fetchone() != ("32MB",)
