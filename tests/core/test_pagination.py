"""Long lists come in pages of twelve, newest first: the news list, the publication list and
a keyword's page, in both languages. A page number that is not a number, zero, negative or
past the end gives a real page of the list, never an error or an empty list."""

import datetime
import re

import pytest

from core.translation import translate_page
from tests.factories import make_news, make_publication

pytestmark = pytest.mark.django_db

PAGE_SIZE = 12  # what the site promises on every list
ITEMS = PAGE_SIZE + 1


def card_titles(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, (url, params)
    main = re.search(r"<main.*?</main>", response.content.decode(), re.S).group(0)
    return re.findall(r'<article class="card">.*?<h3><a href="[^"]+">([^<]+)</a>', main, re.S)


@pytest.fixture
def thirteen_of_each(sections, locales):
    """Thirteen news items and thirteen publications, one a day, all with one keyword."""
    start = datetime.date(2024, 1, 1)
    for number in range(1, ITEMS + 1):
        day = start + datetime.timedelta(days=number)
        make_news(sections["news"], f"Bericht {number:02}", date=day, keywords=["wijkzorg"])
        make_publication(
            sections["publications"], f"Rapport {number:02}", date=day, keywords=["wijkzorg"]
        )
    return sections


def newest_first(prefix, numbers):
    return [f"{prefix} {number:02}" for number in numbers]


def assert_pages_by_twelve(client, url, first_page, last_page):
    """Page 1 holds the first twelve, page 2 the rest; bad numbers give a real page."""
    assert card_titles(client, url) == first_page
    assert card_titles(client, url, page=1) == first_page
    assert card_titles(client, url, page=2) == last_page
    assert card_titles(client, url, page="abc") == first_page
    assert card_titles(client, url, page="") == first_page
    assert card_titles(client, url, page=99999) == last_page
    for out_of_range in (0, -1):
        assert card_titles(client, url, page=out_of_range) in (first_page, last_page)


def test_the_news_list_shows_twelve_items_a_page_newest_first(client, thirteen_of_each):
    assert_pages_by_twelve(
        client,
        "/nieuws/",
        newest_first("Bericht", range(13, 1, -1)),
        newest_first("Bericht", [1]),
    )


def test_the_publication_list_shows_twelve_a_page_newest_first(client, thirteen_of_each):
    assert_pages_by_twelve(
        client,
        "/publicaties/",
        newest_first("Rapport", range(13, 1, -1)),
        newest_first("Rapport", [1]),
    )


def test_a_keyword_page_shows_twelve_items_a_page_of_news_and_publications(
    client, thirteen_of_each
):
    # Each day has a news item and a publication: 26 items, pages of 12, 12 and 2.
    every_item = []
    for number in range(13, 0, -1):
        every_item += [f"Bericht {number:02}", f"Rapport {number:02}"]
    url = "/trefwoord/wijkzorg/"
    assert sorted(card_titles(client, url)) == sorted(every_item[:12])
    assert sorted(card_titles(client, url, page=2)) == sorted(every_item[12:24])
    last_page = card_titles(client, url, page=3)
    assert sorted(last_page) == sorted(every_item[24:])
    assert card_titles(client, url, page="abc") == card_titles(client, url)
    assert card_titles(client, url, page=99999) == last_page
    for out_of_range in (0, -1):
        assert len(card_titles(client, url, page=out_of_range)) in (12, 2)


def test_the_english_news_list_pages_by_twelve_too(client, thirteen_of_each, locales):
    english = locales[1]
    translate_page(thirteen_of_each["news"], english, {"nieuws": "news"})
    for news in thirteen_of_each["news"].get_children().specific():
        translate_page(news, english, {news.title: news.title.replace("Bericht", "Message")})
    assert_pages_by_twelve(
        client,
        "/en/news/",
        newest_first("Message", range(13, 1, -1)),
        newest_first("Message", [1]),
    )
