"""The shortcuts for a word that is on much of the archive (search/engine_large.py): the
page of results from the word's best postings, and counts estimated from a sample.

The module's pages are few, so each test lowers the bounds until the shortcuts are taken
(`large`): what is checked is that visitors get the results the whole index gives, with
filters, after a publish and an unpublish, and counts that say they are estimates.
"""

import datetime
from types import SimpleNamespace
from unittest import mock

import pytest
from django.db import connection

from news.models import NewsIndexPage, NewsPage
from search import engine_large, indexing, postings
from search.indexing import rebuild_index
from search.models import SearchEntry
from tests.factories import make_news, make_theme
from tests.search.conftest import build_site, paragraph, result_titles, search
from tests.shared_data import built_once_per_module

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL only: SQLite ranks in Python"
    ),
]


def alternate_samples(page_id):
    """Every other page in the sample below bound 1, the rest far above it."""
    return 0 if page_id % 2 else 1000


def build_pages():
    with (
        mock.patch("search.indexing.sample_of", alternate_samples),
        mock.patch("search.postings.sample_of", alternate_samples),
    ):
        sections, _ = build_site()
        news, themes = sections["news"], sections["themes"]
        pages = SimpleNamespace(
            gardens=make_theme(themes, "Buurttuinen"), walking=make_theme(themes, "Wandelen")
        )

        def item(title, lead, year, body="", theme=None):
            return make_news(
                news,
                title,
                themes=[theme or pages.walking],
                lead=lead,
                date=datetime.date(year, 3, 1),
                body=paragraph(body) if body else [],
            )

        # "wandelroute" in the title of the oldest, the lead of the next, the body of the
        # newest: the title wins although newest-first would put it last.
        pages.title = item("Een wandelroute langs de dijk", "Acht kilometer.", 2015)
        pages.lead = item("Op pad in het voorjaar", "Een wandelroute door de wei.", 2018)
        pages.body = item(
            "Nieuws uit de regio", "Van alles.", 2023, body="Er is ook een wandelroute."
        )
        # Only in the body, and the only pages of their theme: never among the best three.
        pages.garden_old = item(
            "Zaaien in april",
            "Over zaden.",
            2016,
            body="Daarna een wandelroute.",
            theme=pages.gardens,
        )
        pages.garden_new = item(
            "Oogsten in oktober",
            "Over pompoenen.",
            2017,
            body="Met een wandelroute erbij.",
            theme=pages.gardens,
        )
        for number in range(8):
            item(f"Bericht {number} over de wandelroute", "Kort nieuws.", 2010 + number)
        for number in range(8):
            item(f"Bericht {number} over de markt", "Kort nieuws.", 2010 + number)
        return pages


pages = built_once_per_module(build_pages)


@pytest.fixture
def large(monkeypatch):
    """The shortcuts taken for any word, with candidates enough for one page of results
    (ten) and no more."""
    monkeypatch.setattr(engine_large, "COUNT_BOUND", 0)
    monkeypatch.setattr(engine_large, "CANDIDATES", 10)
    monkeypatch.setattr(engine_large, "MIN_CANDIDATES_PER_WORD", 5)
    monkeypatch.setattr(engine_large, "SAMPLE_SIZE", 0.001)  # the bound is always 1


def whole_index_titles(client, **params):
    with mock.patch.object(engine_large, "COUNT_BOUND", 10**9):
        return result_titles(search(client, **params))


def test_a_common_word_is_ranked_from_its_best_pages_as_the_whole_index_ranks_it(
    client, pages, large
):
    titles = result_titles(search(client, q="wandelroute"))
    # The nine pages with the word in the title, then the one with it in the lead; the
    # three with it in the body only, newer or not, come on page two.
    assert titles[-1] == "Op pad in het voorjaar"
    assert all("wandelroute" in title for title in titles[:-1])
    assert titles == whole_index_titles(client, q="wandelroute")


def test_several_words_put_the_pages_with_all_of_them_first(client, pages, large):
    titles = result_titles(search(client, q="dijk wandelroute"))
    assert titles[0] == "Een wandelroute langs de dijk"
    assert titles == whole_index_titles(client, q="dijk wandelroute")
    titles = result_titles(search(client, q="wandelroute bericht"))
    assert sorted(titles[:8]) == [f"Bericht {number} over de wandelroute" for number in range(8)]
    assert titles == whole_index_titles(client, q="wandelroute bericht")


def test_a_filter_that_no_candidate_passes_still_finds_its_pages(client, pages, large):
    titles = result_titles(search(client, q="wandelroute", theme=pages.gardens.slug))
    assert sorted(titles) == ["Oogsten in oktober", "Zaaien in april"]


def test_an_unpublished_page_is_not_among_the_best_pages(client, pages, large):
    pages.title.unpublish()
    titles = result_titles(search(client, q="wandelroute"))
    assert "Een wandelroute langs de dijk" not in titles
    assert titles == whole_index_titles(client, q="wandelroute")


def test_a_page_republished_with_the_word_in_its_title_moves_to_the_top(client, pages, large):
    page = pages.garden_old
    page.title = "Een nieuwe wandelroute voor tuinders"
    page.save_revision().publish()
    titles = result_titles(search(client, q="wandelroute"))
    # Among the pages with the word in their title now, before the one with it in the lead.
    assert "Een nieuwe wandelroute voor tuinders" in titles
    assert "Op pad in het voorjaar" not in titles
    assert titles == whole_index_titles(client, q="wandelroute")


def test_counts_past_the_bound_are_estimated_from_a_sample_and_say_so(client, pages, large):
    response = search(client, q="wandelroute")
    estimated = response.context["total"]
    assert response.context["estimated"]
    # 13 pages have the word; about half of the Dutch pages are in the sample.
    assert 9 <= estimated <= 17
    html = response.content.decode()
    assert f"Ongeveer {estimated} resultaten voor" in html
    assert "Wandelen (ca. " in html


@pytest.mark.parametrize(
    "direct_share", [0, 10**9], ids=["sampled pages read", "sampled postings read"]
)
def test_the_estimate_is_the_sampled_matches_scaled_to_every_page(
    client, pages, large, monkeypatch, direct_share
):
    """However the sample is read, its matches (the odd page ids, alternate_samples)
    are scaled by the language's pages per sampled page."""
    monkeypatch.setattr(engine_large, "DIRECT_SAMPLE_SHARE", direct_share)
    in_lead_or_body = [pages.lead, pages.body, pages.garden_old, pages.garden_new]
    with_word = [page.pk for page in in_lead_or_body] + list(
        NewsPage.objects.filter(title__contains="wandelroute").values_list("pk", flat=True)
    )
    dutch = SearchEntry.objects.filter(language="nl")
    sampled = dutch.filter(sample__lt=1).count()
    expected = round(len([pk for pk in with_word if pk % 2]) * dutch.count() / sampled)
    assert search(client, q="wandelroute").context["total"] == expected


def test_a_word_below_the_bound_is_counted_exactly(client, pages):
    response = search(client, q="wandelroute")
    assert not response.context["estimated"]
    assert response.context["total"] == 13
    assert "13 resultaten voor" in response.content.decode()


@pytest.mark.parametrize("chunk_size", [1000, 4], ids=["one chunk", "chunks of four"])
def test_a_rebuilt_index_picks_the_best_pages_as_the_whole_index_ranks_them(
    client, pages, large, monkeypatch, chunk_size
):
    """Rebuilt in one chunk or several, each page's postings are weighed with the average
    length of the pages so far: a long report that names the word again and again answers
    it less well than ten short notes that name it once, and is not among the best ten."""
    news = NewsIndexPage.objects.get(locale__language_code="nl")
    for number in range(10):
        body = paragraph(f"Langs de molenroute, deel {number}.")
        make_news(news, f"Notitie {number}", themes=[pages.walking], lead="Kort.", body=body)
    filler = " ".join(f"woord{number}" for number in range(300))
    report = paragraph(" ".join([filler] + ["Weer de molenroute."] * 8))
    make_news(news, "Lang verslag", themes=[pages.walking], lead="Van alles.", body=report)
    monkeypatch.setattr(indexing, "CHUNK_SIZE", chunk_size)
    monkeypatch.setattr(indexing, "sample_of", alternate_samples)
    monkeypatch.setattr(postings, "sample_of", alternate_samples)
    rebuild_index()
    titles = result_titles(search(client, q="molenroute"))
    assert "Lang verslag" not in titles
    assert titles == whole_index_titles(client, q="molenroute")
