"""The download counter counts a visitor once per publication per day, skips crawlers and
scripts, and keeps nothing that identifies anyone; robots.txt keeps crawlers off it."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from news.models import CountedDownload, DownloadCount
from tests.factories import make_publication

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture
def magazine(sections):
    return make_publication(sections["publications"], "Zorg en Zeggenschap")


def download(client, publication, address="203.0.113.7", agent=FIREFOX, method="get", **meta):
    return getattr(client, method)(
        publication.download_url, REMOTE_ADDR=address, HTTP_USER_AGENT=agent, **meta
    )


def downloads_of(publication):
    counter = DownloadCount.objects.filter(page=publication).first()
    return counter.count if counter else 0


def test_five_hundred_downloads_by_one_visitor_count_once(client, magazine):
    responses = [download(client, magazine) for _ in range(500)]
    assert {response.status_code for response in responses} == {302}
    assert responses[-1]["Location"] == magazine.document.url
    assert downloads_of(magazine) == 1


def test_two_visitors_count_twice(client, magazine):
    download(client, magazine, address="203.0.113.7")
    download(client, magazine, address="198.51.100.23")
    download(client, magazine, address="198.51.100.23")
    assert downloads_of(magazine) == 2


def test_one_visitor_counts_once_for_each_publication(client, sections, magazine):
    annual_report = make_publication(sections["publications"], "Jaarverslag")
    download(client, magazine)
    download(client, annual_report)
    assert downloads_of(magazine) == 1
    assert downloads_of(annual_report) == 1


def test_the_same_visitor_counts_again_the_next_day_and_yesterday_is_forgotten(
    client, magazine, monkeypatch
):
    download(client, magazine)
    yesterdays_digests = set(CountedDownload.objects.values_list("digest", flat=True))
    tomorrow = timezone.now() + timedelta(days=1)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow)

    download(client, magazine)
    download(client, magazine)

    assert downloads_of(magazine) == 2
    # Only today's digest remains, and under today's key it differs from yesterday's.
    todays = CountedDownload.objects.get()
    assert todays.day == timezone.localdate(tomorrow)
    assert todays.digest not in yesterdays_digests


def test_head_and_post_lead_to_the_file_without_counting(client, magazine):
    head = download(client, magazine, method="head")
    post = download(client, magazine, method="post")
    assert head.status_code == post.status_code == 302
    assert head["Location"] == magazine.document.url
    assert downloads_of(magazine) == 0


@pytest.mark.parametrize(
    "agent",
    [
        GOOGLEBOT,
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "WhatsApp/2.23.20.0",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "",
    ],
)
def test_crawlers_link_previews_and_scripts_count_nothing(client, magazine, agent):
    response = download(client, magazine, agent=agent)
    assert response.status_code == 302
    assert downloads_of(magazine) == 0


def test_a_phone_whose_brand_contains_bot_still_counts(client, magazine):
    cubot = "Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 Chrome/120 Mobile"
    download(client, magazine, agent=cubot)
    assert downloads_of(magazine) == 1


def all_stored_text():
    """Every value of every table in the database, as one text."""
    values = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            values.extend(str(value) for row in cursor.fetchall() for value in row)
    return "\n".join(values)


def test_no_address_or_user_agent_is_stored_anywhere(client, magazine):
    agent = "Mozilla/5.0 (Windows NT 10.0) UniqueTestBrowser/42.0"
    download(client, magazine, address="192.0.2.201", agent=agent)
    assert downloads_of(magazine) == 1

    stored = all_stored_text()
    assert "192.0.2.201" not in stored
    assert "UniqueTestBrowser" not in stored
    row = CountedDownload.objects.get()
    assert set(vars(row)) - {"_state"} == {"id", "day", "digest"}
    assert len(row.digest) == 64 and "192.0.2" not in row.digest


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_the_proxy_visitors_are_told_apart_by_the_address_it_forwards(client, magazine):
    proxy = {"address": "127.0.0.1"}
    download(client, magazine, **proxy, HTTP_X_FORWARDED_FOR="203.0.113.7")
    download(client, magazine, **proxy, HTTP_X_FORWARDED_FOR="198.51.100.23")
    # The same visitor writing a different address in front of what the proxy appended.
    download(client, magazine, **proxy, HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.23")
    assert downloads_of(magazine) == 2


def test_robots_txt_keeps_crawlers_off_the_download_paths_in_both_languages(client):
    response = client.get("/robots.txt")
    rules = response.content.decode().splitlines()
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /*/download/" in rules
    for path in ["/publicaties/zorg-en-zeggenschap/download/", "/en/publications/x/download/"]:
        assert robots_disallows(rules, path)
    assert not robots_disallows(rules, "/publicaties/zorg-en-zeggenschap/")


def robots_disallows(rules, path):
    """Whether a Disallow rule matches `path` the way Google and Bing read `*`."""
    patterns = [rule.split(":", 1)[1].strip() for rule in rules if rule.startswith("Disallow:")]
    return any(
        re.match(".*".join(map(re.escape, pattern.split("*"))), path) for pattern in patterns
    )
