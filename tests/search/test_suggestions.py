"""Help with the words: "Did you mean …?" for a misspelt word, and completions as one
types, both from the words the site's own pages use (pg_trgm on PostgreSQL, difflib on
SQLite)."""

import pytest

from search.models import SearchQueryDay
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


TYPOS = [
    ("/zoeken/", "gemenschap", "gemeenschap", "Resultaten voor", "Zoek in plaats daarvan naar"),
    (
        "/zoeken/",
        "burgerinitatieven",
        "burgerinitiatieven",
        "Resultaten voor",
        "Zoek in plaats daarvan naar",
    ),
    ("/en/search/", "comunity", "community", "Results for", "Search instead for"),
]


@pytest.mark.parametrize(("path", "typed", "meant", "results_for", "instead"), TYPOS)
def test_a_misspelt_word_that_finds_nothing_shows_the_results_of_its_correction(
    client, corpus, path, typed, meant, results_for, instead
):
    response = search(client, path, q=typed)
    html = response.content.decode()
    assert response.context["total"] > 0
    assert result_titles(response) == result_titles(search(client, path, q=meant))
    assert f"{results_for} <strong>{meant}</strong>." in html
    assert f'{instead} <a href="?q={typed}&amp;as_typed=1">{typed}</a>' in html
    assert f'value="{meant}"' in html  # the box and the filters search the correction


@pytest.mark.parametrize(("path", "typed", "meant", "results_for", "instead"), TYPOS)
def test_asking_for_the_words_as_typed_finds_nothing_and_suggests_the_correction(
    client, corpus, path, typed, meant, results_for, instead
):
    response = search(client, path, q=typed, as_typed=1)
    assert response.context["total"] == 0
    assert response.context["suggestion"] == meant
    assert f'<a href="?q={meant}">{meant}</a>' in response.content.decode()


def test_only_the_query_as_typed_is_counted_in_the_search_log(client, corpus):
    search(client, q="gemenschap")
    logged = dict(SearchQueryDay.objects.values_list("query", "results"))
    assert logged == {"gemenschap": 0}


def test_with_filters_chosen_a_misspelt_word_is_not_replaced(client, corpus):
    response = search(client, q="gemenschap", type="news")
    assert response.context["total"] == 0
    assert response.context["suggestion"] == "gemeenschap"


def test_a_query_that_finds_something_is_searched_as_typed(client, corpus):
    response = search(client, q="gemeenschappen")
    assert response.context["total"] > 0 and "typed_query" not in response.context


def test_the_suggestion_keeps_the_rest_of_the_query(client, corpus):
    response = search(client, q='"open dag" gemenschap', as_typed=1)
    assert response.context["suggestion"] == '"open dag" gemeenschap'


def test_a_word_the_site_uses_gets_no_suggestion(client, corpus):
    assert search(client, q="gemeenschappen").context["suggestion"] is None
    assert search(client, q="xqzwv").context["suggestion"] is None


def test_a_suggestion_comes_from_the_visitors_language(client, corpus):
    # "communitie" is close to English words only; the Dutch site has none of them.
    assert search(client, q="communitie").context["suggestion"] is None


def test_the_search_box_offers_completions_of_the_word_being_typed(client, corpus):
    response = client.get("/zoeken/autocomplete/", {"q": "open gemee"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    completions = response.json()["completions"]
    assert set(completions) == {"open gemeenschap", "open gemeenschappen", "open gemeenten"}
    english = client.get("/en/search/autocomplete/", {"q": "commu"}).json()["completions"]
    assert english[:2] == ["communities", "community"]


def test_completions_need_two_letters_and_ignore_what_is_not_a_word(client, corpus):
    for typed in ["", "g", "  ", "*&|", "'\")"]:
        response = client.get("/zoeken/autocomplete/", {"q": typed})
        assert response.json() == {"completions": []}, typed


def test_the_search_page_loads_the_completion_script_and_tells_it_where_to_ask(client, corpus):
    html = search(client, q="zorg").content.decode()
    assert 'data-autocomplete="/zoeken/autocomplete/"' in html
    assert '<script src="/static/search/autocomplete.js" defer></script>' in html
