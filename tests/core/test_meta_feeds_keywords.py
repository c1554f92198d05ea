"""What a page tells the world: meta tags and JSON-LD, feeds, keyword pages, sitemap."""

import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from tests.factories import make_image, make_news, make_publication, make_theme

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def article(sections):
    theme = make_theme(sections["themes"], "Voorbij sectoren", is_central=True)
    return make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[theme],
        keywords=["ggz", "radicale vernieuwing"],
        date=date(2024, 3, 1),
        lead="Op 29 februari gaf de beweging in Utrecht het startschot <voor> een brede beweging.",
        image=make_image("Startbijeenkomst"),
    )


def test_news_item_head_has_description_canonical_social_cards_and_json_ld(client, article):
    html = client.get(article.url).content.decode()
    assert (
        '<link rel="canonical" href="http://localhost/nieuws/bewegingen-bundelen-krachten/">'
        in html
    )
    # Without a search description of its own, the item is described by its lead.
    lead = "Op 29 februari gaf de beweging in Utrecht het startschot"
    for name in ('name="description"', 'property="og:description"', 'name="twitter:description"'):
        assert re.search(rf'<meta {name} content="{lead} [^"<>]+">', html), name
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Bewegingen bundelen krachten">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    assert re.search(r'<meta property="og:image" content="http://testserver/[^"]+\.jpg">', html)
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1)
    )
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Bewegingen bundelen krachten"
    assert data["datePublished"] == "2024-03-01"
    assert data["inLanguage"] == "nl"
    assert data["description"].startswith("Op 29 februari")


def test_json_ld_cannot_close_its_script_element(client, sections):
    theme = make_theme(sections["themes"], "Thema")
    item = make_news(sections["news"], "Kop </script><script>alert(1)</script>", themes=[theme])
    html = client.get(item.url).content.decode()
    assert "<script>alert(1)" not in html


def test_rss_feed_is_valid_with_absolute_links_and_images(client, article):
    response = client.get("/nieuws/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    item = channel.find("item")
    assert item.findtext("title") == article.title
    assert item.findtext("link") == "http://testserver" + article.url
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith("http://testserver/") and enclosure.get("length")
    assert 'src="http://testserver/' in item.findtext("description")


def test_atom_feed_per_theme_lists_only_that_theme(client, sections, article):
    other = make_theme(sections["themes"], "Zorgonderwijs")
    make_news(sections["news"], "Over onderwijs", themes=[other])
    response = client.get("/nieuws/feed/voorbij-sectoren/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [article.title]
    assert client.get("/nieuws/feed/bestaat-niet/").status_code == 404


def test_pages_link_to_the_feeds_in_their_head(client, article):
    head = client.get(article.url).content.decode().split("</head>")[0]
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Nieuws (RSS)" '
        'href="/nieuws/feed/">' in head
    )
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Nieuws (Atom)" '
        'href="/nieuws/feed/atom/">' in head
    )
    # Each advertised feed answers with the news.
    for feed in ("/nieuws/feed/", "/nieuws/feed/atom/"):
        assert article.title in client.get(feed).content.decode()


def test_keyword_page_lists_everything_that_carries_the_keyword(client, sections, article):
    publication = make_publication(sections["publications"], "Katern ggz", keywords=["ggz"])
    make_news(sections["news"], "Zonder ggz", keywords=["zorgonderwijs"])
    html = client.get("/trefwoord/ggz/").content.decode()
    assert article.title in html and publication.title in html
    assert "Zonder ggz" not in html
    assert client.get("/trefwoord/bestaat-niet/").status_code == 404


def test_sitemap_lists_every_live_page(client, article):
    response = client.get("/sitemap-pages.xml")
    urls = {
        loc.text
        for loc in ET.fromstring(response.content).iter(
            "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
        )
    }
    assert "http://localhost/nieuws/bewegingen-bundelen-krachten/" in urls
    assert "http://localhost/themas/voorbij-sectoren/" in urls
