"""What staff see and do without a developer: which queries visitors use and which find
nothing (stored per day, with nothing about the visitor), and synonyms they keep."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from search.models import SearchQueryDay, Synonym
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    return client


def report_rows(response):
    """The report's table as [[cell text, ...], ...]."""
    html = response.content.decode()
    body = re.search(r'<div id="listing-results">.*?<tbody>(.*?)</tbody>', html, re.S)
    rows = re.findall(r"<tr>(.*?)</tr>", body[1], re.S) if body else []
    return [
        [cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)] for row in rows
    ]


def logged():
    return list(SearchQueryDay.objects.values_list("language", "query", "searches", "results"))


def test_each_search_is_counted_per_day_query_and_language_with_its_result_count(client, corpus):
    search(client, q="Gemeenschap")
    search(client, q="  gemeenschap ")
    search(client, "/en/search/", q="communities")
    search(client, q="xqzwv")
    assert sorted(logged()) == [
        ("en", "communities", 1, 3),
        ("nl", "gemeenschap", 2, 3),
        ("nl", "xqzwv", 1, 0),
    ]
    assert set(SearchQueryDay.objects.values_list("day", flat=True)) == {timezone.localdate()}


def test_filtering_sorting_and_paging_do_not_count_as_new_searches(client, corpus):
    search(client, q="gemeenschap")
    search(client, q="gemeenschap", type="news")
    search(client, q="gemeenschap", sort="date")
    search(client, q="gemeenschap", page="2")
    assert logged() == [("nl", "gemeenschap", 1, 3)]


def test_the_log_keeps_nothing_about_the_visitor_and_masks_addresses_and_numbers(client, corpus):
    fields = {field.name for field in SearchQueryDay._meta.get_fields()}
    assert fields == {"id", "day", "language", "query", "searches", "results"}
    search(client, q="jan@example.nl 06-12345678 zorg")
    assert logged()[0][1] == "[e-mail] [number] zorg"


def test_staff_see_the_most_searched_queries_of_a_period(editor, corpus):
    today = timezone.localdate()
    SearchQueryDay.objects.bulk_create(
        [
            SearchQueryDay(day=today, language="nl", query="zorg", searches=5, results=12),
            SearchQueryDay(day=today, language="nl", query="dementie", searches=2, results=3),
            SearchQueryDay(
                day=today - datetime.timedelta(days=1), language="nl", query="zorg", searches=4
            ),
            SearchQueryDay(
                day=today - datetime.timedelta(days=90), language="nl", query="oud", searches=9
            ),
        ]
    )
    rows = report_rows(editor.get("/admin/reports/searches/"))
    # The last 30 days by default: "zorg" 5 + 4 times, "dementie" twice; "oud" is too old.
    assert [row[:4] for row in rows] == [["zorg", "nl", "9", "12"], ["dementie", "nl", "2", "3"]]
    since = (today - datetime.timedelta(days=100)).isoformat()
    rows = report_rows(editor.get("/admin/reports/searches/", {"day_from": since}))
    assert [row[0] for row in rows] == ["oud", "zorg", "dementie"]


def test_staff_see_the_searches_that_found_nothing(editor, corpus):
    search(editor, q="xqzwv")
    search(editor, q="gemeenschap")
    rows = report_rows(editor.get("/admin/reports/searches-no-results/"))
    assert [row[:4] for row in rows] == [["xqzwv", "nl", "1", "0"]]
    export = editor.get("/admin/reports/searches-no-results/", {"export": "csv"})
    assert "xqzwv" in b"".join(export.streaming_content).decode()


def test_staff_add_a_synonym_in_the_admin_and_search_uses_it_at_once(editor, corpus):
    response = editor.post(
        "/admin/snippets/search/synonym/add/",
        {"language": "nl", "terms": "ggz, geestelijke gezondheidszorg"},
    )
    assert response.status_code == 302
    assert Synonym.objects.get().term_list == ["ggz", "geestelijke gezondheidszorg"]
    assert "Over geestelijke gezondheidszorg" in result_titles(search(editor, q="ggz"))
