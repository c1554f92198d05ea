"""Sharing an article (plain links, properly encoded, in both languages), the print
stylesheet, and a 404 page that offers a way on."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from tests.conftest import SHARED_SITE
from tests.factories import make_news

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]
# Wagtail's routing and the redirects looking for the address, the header's menu and
# privacy; the sections offered come from a fragment kept per language.
NOT_FOUND_BUDGET = 8


def share_links(page_html):
    """{service: href} of the share component."""
    block = page_html.split('class="share"', 1)[1].split("</div>", 1)[0]
    hrefs = [html.unescape(href) for href in re.findall(r'href="([^"]+)"', block)]
    return {urlsplit(href).netloc or urlsplit(href).scheme: href for href in hrefs}


def query(href):
    return {name: values[0] for name, values in parse_qs(urlsplit(href).query).items()}


@pytest.mark.parametrize("language", [0, 1])
def test_share_links_carry_the_canonical_address_and_title(client, bilingual, language):
    news = bilingual[language]["news"]
    canonical = news.get_full_url()
    page_html = client.get(f"{news.url}?utm_source=nieuwsbrief&page=2").content.decode()
    links = share_links(page_html)
    assert query(links["mailto"]) == {"subject": news.title, "body": canonical}
    assert query(links["www.linkedin.com"]) == {"url": canonical}
    assert query(links["wa.me"]) == {"text": f"{news.title} {canonical}"}
    assert links["bsky.app"].startswith("https://bsky.app/intent/compose?")
    assert query(links["bsky.app"]) == {"text": f"{news.title} {canonical}"}
    assert "utm_source" not in page_html.split('class="share"', 1)[1].split("</div>", 1)[0]
    button = re.search(r"<button[^>]*data-share-button[^>]*>", page_html)[0]
    assert f'data-url="{canonical}"' in button and " hidden" in button
    assert '<script src="/static/js/share.js" defer></script>' in page_html


def test_share_texts_follow_the_language(client, bilingual):
    dutch, english = bilingual
    dutch_html = client.get(dutch["news"].url).content.decode()
    assert "Delen:" in dutch_html and "Kopieer link" in dutch_html
    assert 'data-copied="Link gekopieerd"' in dutch_html
    english_html = client.get(english["news"].url).content.decode()
    assert "Share:" in english_html and "Copy link" in english_html
    assert 'data-copied="Link copied"' in english_html


def test_share_links_encode_what_a_title_may_hold(client, sections):
    news = make_news(sections["news"], "Zorg & welzijn: 100% samen? Ja #nu")
    links = share_links(client.get(news.url).content.decode())
    mail = links["mailto"]
    # Spaces as %20 (a mail program shows a + as it is), &, %, ? and # encoded.
    assert "subject=Zorg%20%26%20welzijn%3A%20100%25%20samen%3F%20Ja%20%23nu&" in mail
    assert query(links["wa.me"])["text"].startswith("Zorg & welzijn: 100% samen? Ja #nu http")


def test_print_stylesheet_is_linked_for_print_only(client, bilingual):
    page_html = client.get(bilingual[0]["news"].url).content.decode()
    assert '<link rel="stylesheet" href="/static/css/print.css" media="print">' in page_html


@pytest.fixture
def menu(sections):
    english_sections = Page.objects.filter(depth=sections["news"].depth, locale__language_code="en")
    Page.objects.filter(pk__in=[page.pk for page in sections.values()]).update(show_in_menus=True)
    english_sections.update(show_in_menus=True)


def not_found_sections(page_html):
    nav = page_html.split('class="not-found-sections"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', nav)
    return [(href, html.unescape(text)) for href, text in links]


def test_dutch_not_found_page_offers_search_and_the_sections(client, bilingual, menu):
    response = client.get("/nieuws/bestaat-niet/")
    assert response.status_code == 404
    page_html = response.content.decode()
    assert '<html lang="nl">' in page_html
    assert 'action="/zoeken/"' in page_html.split('class="search-box not-found-search"')[1]
    assert "Of ga naar een van deze onderdelen" in page_html
    assert not_found_sections(page_html) == [
        ("/themas/", "Thema's"),
        ("/nieuws/", "Nieuws"),
        ("/publicaties/", "Publicaties"),
        ("/deelnemers/", "Deelnemers"),
    ]


def test_english_not_found_page_offers_english_search_and_sections(client, bilingual, menu):
    response = client.get("/en/news/no-such-page/")
    assert response.status_code == 404
    page_html = response.content.decode()
    assert '<html lang="en">' in page_html
    assert 'action="/en/search/"' in page_html.split('class="search-box not-found-search"')[1]
    assert "Or go to one of these sections" in page_html
    hrefs = [href for href, _ in not_found_sections(page_html)]
    assert hrefs == ["/en/themes/", "/en/news/", "/en/publications/", "/en/participants/"]


def test_not_found_page_keeps_a_fixed_query_budget(client, bilingual, menu):
    client.get("/bestaat-niet/")  # the shell's fragments, as any visitor before
    for number in range(3):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/ook-niet-{number}/")
        assert response.status_code == 404
        assert len(queries) <= NOT_FOUND_BUDGET, "\n".join(q["sql"][:200] for q in queries)


def test_publication_page_can_be_shared_too(client, bilingual):
    publication = bilingual[1]["publication"]
    links = share_links(client.get(publication.url).content.decode())
    assert query(links["www.linkedin.com"]) == {"url": publication.get_full_url()}
