"""Rebuilding the index costs the same number of queries for a handful of pages as for
many: what each page's entry reads (its language, themes, keywords and sector) is fetched
for all pages at once, so `rebuild_search_index` stays quick on a site with thousands."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search import indexing
from search.indexing import rebuild_index
from search.models import SearchEntry, SearchFacet
from tests.factories import make_news, make_participant, make_publication, make_theme

pytestmark = pytest.mark.django_db


def add_pages(sections, theme, count, start=0):
    for number in range(start, start + count):
        make_news(sections["news"], f"Bericht {number}", themes=[theme], keywords=[f"kw{number}"])
        make_publication(
            sections["publications"], f"Uitgave {number}", themes=[theme], keywords=["gids"]
        )
        make_participant(
            sections["participants"], f"Deelnemer {number}", f"Sector {number}", themes=[theme]
        )


def queries_to_rebuild():
    with CaptureQueriesContext(connection) as captured:
        indexed = rebuild_index()
    return indexed, len(captured)


def test_rebuilding_takes_as_many_queries_for_many_pages_as_for_a_few(sections):
    theme = make_theme(sections["themes"], "Voorbij sectoren")
    add_pages(sections, theme, 2)
    few_pages, few_queries = queries_to_rebuild()
    add_pages(sections, theme, 6, start=2)
    many_pages, many_queries = queries_to_rebuild()

    assert (few_pages, many_pages) == (7, 25)  # the theme and three pages per number
    assert many_queries == few_queries
    # And every entry carries its facets: the theme, and each page's own keywords.
    news = SearchEntry.objects.get(title="Bericht 5")
    facets = set(SearchFacet.objects.filter(entry=news).values_list("name", "value"))
    assert facets == {
        (SearchFacet.THEME, str(theme.translation_key)),
        (SearchFacet.KEYWORD, "kw5"),
    }
    assert SearchEntry.objects.get(title="Deelnemer 5").kind == "participant"


def test_a_site_larger_than_one_chunk_is_indexed_whole(sections, monkeypatch):
    """Pages are indexed CHUNK_SIZE (1,000) at a time; here three at a time, so that the
    eight news items and eight publications each fill several chunks and leave a part."""
    theme = make_theme(sections["themes"], "Voorbij sectoren")
    add_pages(sections, theme, 8)
    monkeypatch.setattr(indexing, "CHUNK_SIZE", 3)
    assert rebuild_index() == 25
    titles = set(SearchEntry.objects.values_list("title", flat=True))
    assert {f"Bericht {number}" for number in range(8)} <= titles
    assert {f"Uitgave {number}" for number in range(8)} <= titles
