"""The download counts as staff see them: each publication's exact number in its own row,
most downloaded first; and what counts as a download (a browser's GET, once a visitor a day)."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from news.models import CountedDownload, DownloadCount
from tests.factories import make_publication

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def download(client, publication, address, method="get"):
    return getattr(client, method)(
        publication.download_url, REMOTE_ADDR=address, HTTP_USER_AGENT=BROWSER
    )


def report_rows(client):
    """The downloads report's CSV export, as staff download it: (title, language, count)."""
    client.force_login(get_user_model().objects.create_superuser("redactie", "r@e.org", "pw"))
    response = client.get(reverse("publication_downloads"), {"export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    return [tuple(row) for row in rows[1:]]


@pytest.fixture
def publications(sections):
    index = sections["publications"]
    return [make_publication(index, title) for title in ("Jaarverslag", "Katern", "Magazine")]


def test_the_report_shows_each_publications_own_count_most_downloaded_first(client, publications):
    annual_report, booklet, magazine = publications
    for address in ("203.0.113.1", "203.0.113.2", "203.0.113.3"):
        download(client, magazine, address)
    download(client, annual_report, "203.0.113.1")
    download(client, annual_report, "203.0.113.1")  # the same visitor again: not counted

    rows = report_rows(client)
    assert [(title, count) for title, _, count in rows] == [
        ("Magazine", "3"),
        ("Jaarverslag", "1"),
        ("Katern", "0"),
    ]


def test_the_report_page_puts_the_count_in_the_publications_row(client, publications):
    _, booklet, _ = publications
    download(client, booklet, "198.51.100.9")
    download(client, booklet, "198.51.100.10")
    client.force_login(get_user_model().objects.create_superuser("r", "r@e.org", "pw"))
    html = client.get(reverse("publication_downloads")).content.decode()
    compact = "".join(html.split())
    row = compact[compact.index(">Katern<") :]
    row = row[: row.index("</tr>")]
    assert ">2<" in row


def test_only_a_get_counts_a_head_or_post_does_not(client, publications):
    magazine = publications[2]
    for method in ("head", "post", "options"):
        download(client, magazine, "203.0.113.7", method=method)
    assert not DownloadCount.objects.filter(page=magazine).exists()
    assert not CountedDownload.objects.exists()

    assert download(client, magazine, "203.0.113.7").status_code == 302
    assert DownloadCount.objects.get(page=magazine).count == 1


def test_a_second_visitor_and_a_second_publication_each_add_exactly_one(client, publications):
    annual_report, _, magazine = publications
    download(client, magazine, "203.0.113.7")
    download(client, magazine, "203.0.113.8")
    download(client, annual_report, "203.0.113.7")
    assert DownloadCount.objects.get(page=magazine).count == 2
    assert DownloadCount.objects.get(page=annual_report).count == 1
    # One remembered (day, digest) per visitor and publication, nothing more.
    assert CountedDownload.objects.count() == 3


def test_a_publication_never_downloaded_has_no_counter_and_shows_zero(client, publications):
    assert not DownloadCount.objects.exists()
    assert {count for _, _, count in report_rows(client)} == {"0"}
