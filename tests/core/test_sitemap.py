"""The sitemap in numbered parts: every public page once, with its translations as
alternates even when a translation is listed in another part (issue 12)."""

import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.cache import bump_content_version
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

    def queries_of_a_fresh_part():
        bump_content_version()  # as a publish does: the kept part is written again
        with CaptureQueriesContext(connection) as queries:
            assert client.get(SITEMAP_PART).status_code == 200
        return len(queries.captured_queries)

    full = queries_of_a_fresh_part()
    BilingualSitemap.limit, limit = 2, BilingualSitemap.limit
    try:
        small = queries_of_a_fresh_part()
    finally:
        BilingualSitemap.limit = limit
    assert full == small <= 6


def test_a_kept_part_costs_no_query_and_a_publish_shows_in_it_at_once(client, bilingual, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the kept part itself, not the page cache
    client.get(SITEMAP_PART)
    with CaptureQueriesContext(connection) as queries:
        client.get(SITEMAP_PART)
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]

    item = bilingual[0]["news"]
    item.unpublish()
    gone = entries_of(client.get(SITEMAP_PART))
    assert item.full_url not in gone and len(gone) == 2 * (1 + 4 + 4) - 1
    item.save_revision().publish()
    assert item.full_url in entries_of(client.get(SITEMAP_PART))


def test_a_part_number_that_is_no_number_or_too_far_is_not_found(client, bilingual):
    for number in ("0", "x", "-1", "99", "1.0"):
        assert client.get(f"{SITEMAP_PART}?p={number}").status_code == 404
    assert client.get(f"{SITEMAP_PART}?p=01").content == client.get(SITEMAP_PART).content
