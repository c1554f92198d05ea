"""The sitemap in numbered parts: every public page once, with its translations as
alternates even when a translation is listed in another part (issue 12)."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.sitemap import BilingualSitemap

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITEMAP_PART = "/sitemap-pages.xml"


def entries_of(response):
    """{location: {hreflang: href}} of one sitemap part."""
    root = ET.fromstring(response.content)
    return {
        url.findtext("s:loc", namespaces=NS): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.fixture
def small_parts(monkeypatch):
    """Parts of three pages, so that a page and its translation land in different parts."""
    monkeypatch.setattr(BilingualSitemap, "limit", 3)


def test_every_page_is_listed_once_across_the_parts_with_its_alternates(
    client, bilingual, small_parts
):
    listed, part = {}, 1
    while (response := client.get(f"{SITEMAP_PART}?p={part}")).status_code == 200:
        entries = entries_of(response)
        assert len(entries) <= 3
        assert not listed.keys() & entries.keys()
        listed.update(entries)
        part += 1
    assert part > 3  # the parts were really used
    dutch = "http://localhost/nieuws/bewegingen-bundelen-krachten/"
    english = "http://localhost/en/news/movements-join-forces/"
    assert listed[dutch] == {"nl": dutch, "en": english}
    assert listed[english] == {"nl": dutch, "en": english}
    # Both home pages, four sections and four pages in each language.
    assert len(listed) == 2 * (1 + 4 + 4)


def test_the_sitemap_at_the_usual_address_is_an_index_of_its_parts(client, bilingual, small_parts):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    parts = [loc.text for loc in ET.fromstring(response.content).iter(f"{{{NS['s']}}}loc")]
    base = "http://testserver/sitemap-pages.xml"
    assert parts == [base, *(f"{base}?p={number}" for number in range(2, 7))]  # 18 pages
    assert response.has_header("Last-Modified")


def test_a_part_costs_the_same_queries_however_many_pages_it_lists(client, bilingual, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the cost of building the part
    client.get(SITEMAP_PART)  # the site's root paths, cached after the first request
    with CaptureQueriesContext(connection) as full:
        client.get(SITEMAP_PART)
    BilingualSitemap.limit, limit = 2, BilingualSitemap.limit
    try:
        with CaptureQueriesContext(connection) as small:
            client.get(SITEMAP_PART)
    finally:
        BilingualSitemap.limit = limit
    assert len(full.captured_queries) == len(small.captured_queries) <= 6
