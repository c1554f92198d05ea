"""A page opened from the results marks the searched words: the result link carries them
(?highlight=...), and only then does the page load the small script that marks them."""

import pytest

from tests.search.conftest import search

pytestmark = pytest.mark.django_db
SCRIPT = '<script src="/static/search/highlight.js" defer></script></body>'


def test_a_result_link_leads_to_the_page_with_its_words_to_mark(client, corpus):
    response = search(client, q="gemeenschap", type="news")
    (result,) = response.context["results"]
    assert result.url == f"{corpus.communities.url}?highlight=gemeenschappen+gemeenschap"
    html = client.get(result.url).content.decode()
    assert SCRIPT in html
    assert html.count("highlight.js") == 1


def test_pages_opened_otherwise_do_not_load_the_script(client, corpus):
    assert "highlight.js" not in client.get(corpus.communities.url).content.decode()
    assert "highlight.js" not in client.get("/zoeken/?q=zorg").content.decode()
    assert client.get("/zoeken/autocomplete/?q=zo&highlight=zorg")["Content-Type"] == (
        "application/json"
    )


def test_the_words_to_mark_are_never_written_into_the_page(client, corpus):
    url = corpus.communities.url + "?highlight=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
    html = client.get(url).content.decode()
    assert "onerror" not in html
    assert SCRIPT in html


def test_the_scripts_are_served(client, corpus):
    for name in ("highlight.js", "autocomplete.js", "search.css"):
        assert client.get(f"/static/search/{name}").status_code == 200
