"""A keyword page lists news and publications together, newest first, a page at a time;
the database sorts and slices them (issue 12); tests/perf holds its query count."""

import datetime
import re

import pytest

from search.views import KEYWORD_ITEMS_PER_PAGE
from tests.factories import make_news, make_publication, make_theme

pytestmark = pytest.mark.django_db


def titles_on(client, address):
    html = client.get(address).content.decode()
    return re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", html)


@pytest.fixture
def carried_by_fourteen(sections):
    """Seven news items and seven publications on alternate days, all with one keyword."""
    theme = make_theme(sections["themes"], "Voorbij sectoren")
    start = datetime.date(2024, 1, 1)
    titles = []
    for day in range(14):
        date = start + datetime.timedelta(days=day)
        if day % 2:
            title = f"Publicatie {day:02}"
            make_publication(sections["publications"], title, [theme], ["wijkzorg"], date=date)
        else:
            title = f"Bericht {day:02}"
            make_news(sections["news"], title, [theme], ["wijkzorg"], date=date)
        titles.append(title)
    return titles[::-1]


def test_news_and_publications_come_newest_first_a_page_at_a_time(client, carried_by_fourteen):
    first = titles_on(client, "/trefwoord/wijkzorg/")
    second = titles_on(client, "/trefwoord/wijkzorg/?page=2")
    assert first == carried_by_fourteen[:KEYWORD_ITEMS_PER_PAGE]
    assert second == carried_by_fourteen[KEYWORD_ITEMS_PER_PAGE:]
    assert titles_on(client, "/trefwoord/wijkzorg/?page=abc") == first
