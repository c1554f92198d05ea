"""The search page costs the same small number of SQL queries however many pages match,
as tests/perf/test_query_budgets.py asks of every other page."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
from tests.factories import make_news, make_participant, make_publication, make_theme

pytestmark = pytest.mark.django_db
BUDGET = 15
# The first visitor after a publish also works out the page's shell again (site, menu,
# footer texts, settings: six queries) and the search itself, twice for a misspelt word
# (the word, then the suggestion whose results are shown).
BUDGET_AFTER_A_PUBLISH = 20


def add_matching_pages(sections, theme, count, start):
    for number in range(start, start + count):
        make_news(
            sections["news"],
            f"Zorg in de wijk {number}",
            themes=[theme],
            keywords=["wijkzorg", f"reeks-{number}"],
            lead=f"Goede zorg dichtbij, deel {number}.",
            date=date(2015 + number % 10, 1 + number % 12, 1),
        )
        if number % 5 == 0:
            make_publication(sections["publications"], f"Zorgboek {number}", themes=[theme])
            make_participant(sections["participants"], f"Zorggroep {number}", themes=[theme])


def query_counts(client, urls, after_a_publish=False):
    """{url: queries}, once the shell's cache is warm and the day's first line is in the
    query log. `after_a_publish`: what is kept per content version (the search itself
    among it) is worked out again, as for the first visitor after a publish."""
    for url in urls:
        assert client.get(url).status_code == 200, url
    counts = {}
    for url in urls:
        if after_a_publish:
            bump_content_version()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, url
        counts[url] = len(queries)
    return counts


@pytest.mark.parametrize("after_a_publish", [False, True], ids=["repeated", "after a publish"])
def test_search_query_count_stays_within_budget_and_does_not_grow_with_results(
    client, sections, after_a_publish
):
    theme = make_theme(sections["themes"], "Zorg dichtbij")
    urls = [
        "/zoeken/?q=zorg",
        "/zoeken/?q=zorg+wijk&type=news&theme=zorg-dichtbij&keyword=wijkzorg&page=1",
        "/zoeken/?q=%22goede+zorg%22&sort=date&year=2019",
        "/zoeken/?q=zorgg",
        "/zoeken/autocomplete/?q=zor",
    ]
    add_matching_pages(sections, theme, 5, start=0)
    with_five = query_counts(client, urls, after_a_publish)
    add_matching_pages(sections, theme, 45, start=5)
    with_fifty = query_counts(client, urls, after_a_publish)

    budget = BUDGET_AFTER_A_PUBLISH if after_a_publish else BUDGET
    over_budget = {url: count for url, count in with_fifty.items() if count > budget}
    assert not over_budget, f"more than {budget} queries: {over_budget}"
    grew = {
        url: (with_five[url], with_fifty[url]) for url in urls if with_five[url] != with_fifty[url]
    }
    assert not grew, f"query count grows with the number of results: {grew}"
