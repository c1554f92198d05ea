"""What a visitor finds, and in what order, over the fixed bilingual corpus (conftest.py).

These run on SQLite and on PostgreSQL alike: the two engines match and rank the same way.
"""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import results
from search.models import Synonym
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


def titles_for(client, q, path="/zoeken/", **params):
    return result_titles(search(client, path, q=q, **params))


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("gemeenschap", "Buurtbewoners bouwen aan gemeenschappen"),
        ("burgerinitiatief", "Steun voor burgerinitiatieven"),
        ("verzakelijken", "Als de zorg verzakelijkt"),
    ],
)
def test_a_dutch_visitor_finds_other_forms_of_the_word_they_typed(client, corpus, typed, written):
    assert written in titles_for(client, typed)


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("community", "Residents build communities"),
        ("communities", "Magazine about communities"),
        ("initiative", "Support for citizens' initiatives"),
    ],
)
def test_an_english_visitor_finds_other_forms_of_the_word_they_typed(
    client, corpus, typed, written
):
    assert written in titles_for(client, typed, path="/en/search/")


def test_results_are_in_the_visitors_language_only(client, corpus):
    assert titles_for(client, "gemeenschap", path="/en/search/") == []
    assert titles_for(client, "communities") == []
    english = titles_for(client, "communities", path="/en/search/")
    assert "Caring communities" in english and "Zorgzame gemeenschappen" not in english


def test_a_quoted_phrase_matches_only_those_words_in_that_order(client, corpus):
    assert titles_for(client, '"vernieuwend leren"') == ["Vernieuwend leren in de praktijk"]
    assert set(titles_for(client, "vernieuwend leren")) >= {
        "Vernieuwend leren in de praktijk",
        "Leren in het dorp",
    }


def test_pages_with_all_the_words_come_before_pages_with_some(client, corpus):
    found = titles_for(client, "dementie muziek")
    assert found[0] == "Een middag in het verpleeghuis"
    assert found.index("Dementie in het dorp") > 0


def test_the_pages_after_those_with_all_the_words_go_on_with_pages_with_some(
    client, corpus, monkeypatch
):
    """One page has both words: the first page of results is its own, and the second
    begins the pages with one of them (PostgreSQL ranks those only when it must)."""
    monkeypatch.setattr(results, "RESULTS_PER_PAGE", 1)
    assert titles_for(client, "dementie muziek") == ["Een middag in het verpleeghuis"]
    second = titles_for(client, "dementie muziek", page="2")
    assert len(second) == 1
    assert second[0] in {"Dementie in het dorp", "Zingen met bewoners"}


def test_a_title_match_ranks_above_a_body_match(client, corpus):
    found = titles_for(client, "dementie")
    assert found.index("Dementie in het dorp") < found.index("Een middag in het verpleeghuis")


def test_a_keyword_match_ranks_above_a_body_match(client, corpus):
    found = titles_for(client, "muziek")
    assert found == ["Zingen met bewoners", "Een middag in het verpleeghuis"]


def test_the_newer_of_two_equal_pages_comes_first(client, corpus):
    response = search(client, q="open dag")
    dates = [result.date.year for result in response.context["results"]]
    assert dates[:2] == [2024, 2023]


def test_a_word_that_ends_a_compound_finds_it_below_whole_word_matches(client, corpus):
    found = titles_for(client, "zorg")
    assert "Nieuwe wegen voor kinderen" in found  # "Jeugdzorg en ouderenzorg"
    assert found.index("Als de zorg verzakelijkt") < found.index("Nieuwe wegen voor kinderen")
    found = titles_for(client, "organisatie")
    assert found == ["Een organisatie die luistert", "Tien zorgorganisaties delen ervaringen"]


def test_a_synonym_staff_entered_finds_pages_with_the_other_term(client, corpus):
    assert titles_for(client, "ggz") == ["Herstel in de ggz"]
    Synonym.objects.create(language="nl", terms="ggz, geestelijke gezondheidszorg")
    assert set(titles_for(client, "ggz")) == {
        "Herstel in de ggz",
        "Over geestelijke gezondheidszorg",
    }
    assert set(titles_for(client, "geestelijke gezondheidszorg")) == {
        "Herstel in de ggz",
        "Over geestelijke gezondheidszorg",
    }
    assert titles_for(client, "ggz", path="/en/search/") == []


def test_a_page_staff_promoted_for_a_query_is_shown_first_in_the_visitors_language(client, corpus):
    SearchPromotion.objects.create(
        query=Query.get("Open dag"), page=corpus.communities, description="Lees dit eerst."
    )
    response = search(client, q="open   DAG")
    assert response.context["promotions"] == [
        {
            "title": "Buurtbewoners bouwen aan gemeenschappen",
            "url": corpus.communities.url,
            "description": "Lees dit eerst.",
        }
    ]
    html = response.content.decode()
    assert html.index('class="promotions"') < html.index('class="search-results"')

    SearchPromotion.objects.create(query=Query.get("communities"), page=corpus.communities)
    english = search(client, "/en/search/", q="communities").context["promotions"]
    assert [promotion["title"] for promotion in english] == ["Residents build communities"]


def test_each_result_shows_its_type_date_and_a_snippet_with_the_words_marked(client, corpus):
    response = search(client, q="gemeenschap")
    html = response.content.decode()
    (news,) = [r for r in response.context["results"] if r.kind == "Nieuwsbericht"]
    assert news.date.isoformat() == "2024-05-01"
    assert "<mark>gemeenschap</mark> waarin bewoners" in news.snippet
    assert "aan <mark>gemeenschappen</mark>" in news.title
    assert '<time datetime="2024-05-01">1 mei 2024</time>' in html
    assert "highlight=gemeenschappen+gemeenschap" in news.url
