"""Help with the words: "Did you mean …?" for a misspelt word, and completions as one
types, both from the words the site's own pages use (pg_trgm on PostgreSQL, difflib on
SQLite)."""

import pytest

from tests.search.conftest import search

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "typed", "meant"),
    [
        ("/zoeken/", "gemenschap", "gemeenschap"),
        ("/zoeken/", "burgerinitatieven", "burgerinitiatieven"),
        ("/en/search/", "comunity", "community"),
    ],
)
def test_a_misspelt_word_gets_a_suggestion_from_the_sites_own_words(
    client, corpus, path, typed, meant
):
    response = search(client, path, q=typed)
    assert response.context["suggestion"] == meant
    assert f'<a href="?q={meant}">{meant}</a>' in response.content.decode()


def test_the_suggestion_keeps_the_rest_of_the_query(client, corpus):
    response = search(client, q='"open dag" gemenschap')
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
