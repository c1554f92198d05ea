"""Whatever a visitor types, or puts in the address bar, the search page answers with a
page, never an error: empty and very long queries, any Unicode, quotes, and the whole of
PostgreSQL's tsquery syntax. Hypothesis generates the queries; the test runs on SQLite
and on PostgreSQL alike."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from search.query import MAX_QUERY_LENGTH
from tests.search.conftest import search

pytestmark = pytest.mark.django_db

TSQUERY_SYNTAX = [*"&|!:*()<>'\"\\", "<->", "<2>", ":*", ":A", "!!", "''", "\\'", "&&"]
WORDS = ["gemeenschap", "zorg", "open", "dag", "ggz", "communities", "jeugdzorg", "„", "“"]
piece = st.one_of(st.sampled_from(TSQUERY_SYNTAX + WORDS), st.text(max_size=12))
queries = st.one_of(
    st.lists(piece, max_size=20).map(" ".join),
    st.lists(piece, max_size=20).map("".join),
    st.text(max_size=2 * MAX_QUERY_LENGTH),
)
filters = st.fixed_dictionaries(
    {"q": queries},
    optional={
        "theme": st.text(max_size=20),
        "type": st.sampled_from(["news", "theme", "", "<script>"]) | st.text(max_size=8),
        "year": st.sampled_from(["2024", "0", "99999", "２０２４", "-1"]) | st.text(max_size=6),
        "keyword": st.sampled_from(["burgerkracht", "x'y", "a\x00b"]) | st.text(max_size=30),
        "page": st.sampled_from(["2", "0", "-1", "999999", "last", "1e9"]),
        "sort": st.sampled_from(["date", "relevance", "'; drop table"]),
    },
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(params=filters, path=st.sampled_from(["/zoeken/", "/en/search/"]))
@example(params={"q": "&|!:*()<>'\"\\ <-> :* ''"}, path="/zoeken/")
@example(params={"q": "\x00 \x1b[31m \u202e gemeenschap \ufeff"}, path="/zoeken/")
@example(params={"q": '"open dag'}, path="/zoeken/")
@example(params={"q": "🙂 зорг 護理 رعاية"}, path="/en/search/")
@example(params={"q": "zorg " * 2000}, path="/zoeken/")
@example(params={"q": "gemeenschap", "keyword": "a\x00b", "page": "-1"}, path="/zoeken/")
def test_no_query_gives_an_error_page(client, corpus, params, path):
    assert client.get(path, params).status_code == 200
    completions = client.get(f"{path}autocomplete/", {"q": params["q"]})
    assert completions.status_code == 200
    assert isinstance(completions.json()["completions"], list)


def test_an_empty_query_shows_the_search_box_and_no_results(client, corpus):
    for q in ["", "   ", '""', "&|!"]:
        response = search(client, q=q)
        assert "results" not in response.context, q
        assert 'id="search-query"' in response.content.decode()


def test_a_very_long_query_is_cut_with_a_message(client, corpus):
    response = search(client, q="gemeenschap " + "x" * 5000)
    assert len(response.context["query"]) == MAX_QUERY_LENGTH
    assert str(MAX_QUERY_LENGTH) in response.context["message"]
    assert '<p class="notice" role="status">' in response.content.decode()
    assert response.context["total"] >= 1


def test_query_text_is_escaped_wherever_it_is_shown(client, corpus):
    response = search(client, q='<script>alert("x")</script> gemeenschap')
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; gemeenschap" in html
