"""Publications: a document with its format and size, and a download counter without
cookies or personal data."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from news.models import DownloadCount
from tests.factories import make_news, make_publication, make_theme

pytestmark = pytest.mark.django_db

# Downloads count for browsers only (tests/news/test_downloads.py); the test client sends no
# user agent of its own.
BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0"}


@pytest.fixture
def magazine(sections):
    theme = make_theme(sections["themes"], "Vernieuwend leren en verantwoorden")
    return make_publication(
        sections["publications"], "Zorg en Zeggenschap", themes=[theme], keywords=["magazine"]
    )


def pdf_of(size):
    data = b"%PDF-1.4\n" + b"0" * (size - 9)
    document = get_document_model()(title="Jaarverslag", file=ContentFile(data, "jaarverslag.pdf"))
    document.file_size = len(data)  # as the admin's upload form records it
    document.save()
    return document


def test_publication_page_shows_format_size_and_download_button(client, sections, locales):
    from core.translation import translate_page

    document = pdf_of(2_621_440)  # 2.5 MB
    report = make_publication(sections["publications"], "Jaarverslag", document=document)
    html = client.get(report.url).content.decode()
    meta = re.search(r'<span class="download-meta">([^<]*)</span>', html).group(1)
    # In Dutch with a decimal comma; a no-break space keeps number and unit together.
    assert meta == "(PDF, 2,5\xa0MB)"
    assert f'<a class="button" href="{report.url}download/" download>' in html

    translate_page(sections["publications"], locales[1], {"publicaties": "publications"})
    english = translate_page(report, locales[1], {"Jaarverslag": "Annual report"})
    html = client.get(english.url).content.decode()
    assert '<span class="download-meta">(PDF, 2.5\xa0MB)</span>' in html


def test_download_is_counted_and_leads_to_the_file_without_setting_cookies(client, magazine):
    first = client.get(magazine.download_url, **BROWSER)
    client.get(magazine.download_url, REMOTE_ADDR="198.51.100.23", **BROWSER)
    assert first.status_code == 302
    assert first["Location"] == magazine.document.url
    assert not first.cookies
    assert DownloadCount.objects.get(page=magazine).count == 2
    file_response = client.get(first["Location"])
    assert file_response.status_code == 200
    assert b"".join(file_response.streaming_content).startswith(b"%PDF")


def test_staff_see_download_counts_in_the_admin_report(client, magazine):
    client.get(magazine.download_url, **BROWSER)
    editor = get_user_model().objects.create_superuser("redactie", "r@example.org", "pw")
    client.force_login(editor)
    make_publication(magazine.get_parent(), "Jaarverslag")  # not downloaded
    html = client.get("/admin/reports/downloads/").content.decode()
    body = re.search(r"<tbody>(.*?)</tbody>", html, re.S).group(1)
    rows = [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    ]
    # Each publication's own count, in its own row, most downloaded first.
    assert [(row[0], row[-1]) for row in rows] == [
        ("Zorg en Zeggenschap", "1"),
        ("Jaarverslag", "0"),
    ]


def test_news_item_offers_its_publication_as_a_counted_download(client, sections, magazine):
    theme = magazine.theme_links.first().theme
    item = make_news(sections["news"], "Nieuw magazine", themes=[theme], publication=magazine)
    html = client.get(item.url).content.decode()
    assert f'href="{magazine.download_url}"' in html


def test_publication_list_filters_by_keyword(client, sections, magazine):
    other = make_publication(sections["publications"], "Jaarverslag", keywords=["verslag"])
    html = client.get(sections["publications"].url + "?keyword=magazine").content.decode()
    assert magazine.title in html and other.title not in html


def test_publication_list_offers_its_themes_and_keywords_and_marks_the_chosen_one(
    client, sections, magazine
):
    make_publication(sections["publications"], "Jaarverslag", keywords=["verslag"])
    html = client.get(sections["publications"].url + "?keyword=magazine").content.decode()
    assert '<option value="vernieuwend-leren-en-verantwoorden">' in html
    assert '<option value="verslag">verslag</option>' in html
    assert '<option value="magazine" selected>magazine</option>' in html


def test_the_downloads_export_does_not_let_a_title_run_as_a_formula(client, sections):
    import csv
    import io

    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from tests.factories import make_publication

    make_publication(sections["publications"], '=HYPERLINK("http://evil","x")')
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    response = client.get(reverse("publication_downloads"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[0] for row in rows[1:]] == ['\'=HYPERLINK("http://evil","x")']
