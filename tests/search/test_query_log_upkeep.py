"""The search log stays small although anyone can search: old days are deleted (by the
site itself once a day, or on demand), and text that is no search is not counted."""

import datetime

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import timezone

from search import querylog
from search.models import SearchQueryDay
from tests.search.conftest import search

pytestmark = pytest.mark.django_db


@pytest.fixture
def new_process(monkeypatch):
    """A process that has not purged yet, with a cache where no process has purged today."""
    monkeypatch.setattr(querylog, "_purged_on", None)
    today = timezone.localdate()
    for day in (today, today + datetime.timedelta(days=1)):
        cache.delete(querylog.PURGE_CACHE_KEY.format(day=day.isoformat()))


def log_days(*ages, query="zorg"):
    """One log row per age in days, for `query`."""
    today = timezone.localdate()
    SearchQueryDay.objects.bulk_create(
        SearchQueryDay(day=today - datetime.timedelta(days=age), language="nl", query=query)
        for age in ages
    )


def logged_ages():
    today = timezone.localdate()
    return sorted(
        (today - day).days for day in SearchQueryDay.objects.values_list("day", flat=True)
    )


def logged_queries():
    return sorted(SearchQueryDay.objects.values_list("query", flat=True))


def test_purge_command_deletes_the_days_older_than_the_retention_and_keeps_the_rest(settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 365
    log_days(0, 30, 365, 366, 800)
    call_command("purge_search_log")
    assert logged_ages() == [0, 30, 365]

    settings.SEARCH_LOG_RETENTION_DAYS = 30
    call_command("purge_search_log")
    assert logged_ages() == [0, 30]


def test_the_site_purges_by_itself_at_the_first_search_of_each_day(
    client, corpus, new_process, settings, monkeypatch
):
    settings.SEARCH_LOG_RETENTION_DAYS = 365
    log_days(400, query="van lang geleden")
    search(client, q="gemeenschap")
    assert logged_queries() == ["gemeenschap"]

    # Later that day nothing is purged again, not even by a second worker that shares the
    # cache: it finds today's purge recorded there.
    log_days(400, query="van lang geleden")
    search(client, q="gemeenschap")
    monkeypatch.setattr(querylog, "_purged_on", None)
    search(client, q="gemeenschap")
    assert logged_queries() == ["gemeenschap", "van lang geleden"]

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *args: tomorrow)
    search(client, q="gemeenschap")
    assert logged_queries() == ["gemeenschap", "gemeenschap"]


def test_probes_and_pasted_text_are_not_logged_but_real_searches_are(client, corpus):
    junk = [
        "<script>alert(1)</script>",
        "' or 1=1 --",
        "../../etc/passwd",
        "${jndi:ldap://x/a}",
        "{{7*7}}",
        "0612",
        "a" * 60,
        "zorg " * 40,  # cut at 200 characters
        "een twee drie vier vijf zes zeven acht negen tien elf",
    ]
    real = [
        "dementie",
        "zorg & welzijn",
        "'s-hertogenbosch",
        "wat is radicale vernieuwing?",
        "arbeidsongeschiktheidsverzekering",
    ]
    for query in junk + real:
        search(client, q=query)
    assert logged_queries() == sorted(real)


def test_a_flood_of_new_queries_stops_at_the_daily_limit_while_known_ones_count_on(
    client, corpus, monkeypatch
):
    monkeypatch.setattr(querylog, "MAX_NEW_QUERIES_PER_DAY", 3)
    for word in ["alfa", "bravo", "charlie", "delta", "echo", "alfa"]:
        search(client, q=word)
    counts = dict(SearchQueryDay.objects.values_list("query", "searches"))
    assert counts == {"alfa": 2, "bravo": 1, "charlie": 1}
