"""The cached shell follows content: after a page is published, unpublished, moved or
deleted, or staff change the site settings or the site texts, the very next anonymous
request shows the change in the menu, the language switcher, the footer and the page head.

Each test requests the page first, so the shell fragments are cached before the change: a
test passes only if the change renews them, not because nothing was cached yet.
"""

import re

import pytest
from wagtail.models import Page

from core.models import SiteSettings, SiteTexts
from core.translation import translate_page
from news.models import NewsIndexPage
from tests.factories import make_news, publish

pytestmark = pytest.mark.django_db


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def part(html, pattern):
    found = re.search(pattern, html, re.S)
    assert found, pattern
    return found.group(0)


def menu(client, url):
    """[(address, title)] of the main navigation, as a visitor sees it."""
    nav = part(page_html(client, url), r'<nav class="main-nav".*?</nav>')
    return re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def switcher(client, url):
    """{language: (address, marked as the nearest page rather than a translation)}."""
    nav = part(page_html(client, url), r'<nav class="language-switcher".*?</nav>')
    return {
        language: (address, "switch-note" in rest)
        for address, language, rest in re.findall(
            r'<a href="([^"]+)" hreflang="(\w+)"[^>]*>(.*?)</a>', nav
        )
    }


def footer(client, url):
    return part(page_html(client, url), r"<footer.*?</footer>")


def head(client, url):
    return part(page_html(client, url), r"<head>.*?</head>")


@pytest.fixture(autouse=True)
def site_settings(db):
    """The settings row, as a running site has it: the first request would otherwise create
    it, and saving it renews the shell, so the cache would not yet be warm after one request."""
    return SiteSettings.load()


@pytest.fixture
def in_menu(sections):
    """The site's sections, shown in the menu as staff set them up."""
    Page.objects.filter(pk__in=[page.pk for page in sections.values()]).update(show_in_menus=True)
    return sections


def test_a_newly_published_section_appears_in_the_menu(client, home_pages):
    assert menu(client, "/") == []
    publish(home_pages[0], NewsIndexPage(title="Nieuws", slug="nieuws", show_in_menus=True))
    assert menu(client, "/") == [("/nieuws/", "Nieuws")]


def test_an_unpublished_section_leaves_the_menu(client, in_menu):
    assert ("/nieuws/", "Nieuws") in menu(client, "/")
    in_menu["news"].unpublish()
    assert menu(client, "/") == [
        ("/themas/", "Thema&#x27;s"),
        ("/publicaties/", "Publicaties"),
        ("/deelnemers/", "Deelnemers"),
    ]


def test_a_moved_section_leaves_the_menu_and_its_pages_follow_it(client, in_menu):
    news = make_news(in_menu["news"], "Bewegingen bundelen krachten")
    assert ("/nieuws/", "Nieuws") in menu(client, "/")
    assert ("/nieuws/", "Nieuws") in menu(client, news.url)
    in_menu["news"].move(in_menu["themes"], pos="last-child")
    assert [title for _, title in menu(client, "/")] == [
        "Thema&#x27;s",
        "Publicaties",
        "Deelnemers",
    ]
    # The item's own shell is renewed too, at its new address.
    assert ("/themas/", "Thema&#x27;s") in menu(
        client, "/themas/nieuws/bewegingen-bundelen-krachten/"
    )


def test_a_deleted_section_leaves_the_menu(client, in_menu):
    assert ("/publicaties/", "Publicaties") in menu(client, "/")
    in_menu["publications"].delete()
    assert ("/publicaties/", "Publicaties") not in menu(client, "/")
    assert len(menu(client, "/")) == 3


def test_publishing_a_translation_turns_the_switcher_link_into_a_link_to_it(
    client, sections, locales
):
    news = make_news(sections["news"], "Bewegingen bundelen krachten")
    for section in sections.values():
        translate_page(section, locales[1], {})
    # Not translated yet: the switcher offers the nearest English page, saying so.
    assert switcher(client, news.url) == {"en": ("/en/nieuws/", True)}
    translate_page(news, locales[1], {"bewegingen-bundelen-krachten": "movements-join-forces"})
    assert switcher(client, news.url) == {"en": ("/en/nieuws/movements-join-forces/", False)}


def test_unpublishing_a_translation_takes_it_out_of_the_switcher_and_the_head(client, home_pages):
    dutch, english = home_pages
    assert switcher(client, "/") == {"en": ("/en/", False)}
    assert 'hreflang="en" href="http://localhost/en/"' in head(client, "/")
    english.refresh_from_db()
    english.unpublish()
    assert 'hreflang="en"' not in head(client, "/")
    # The switcher still offers English, but no longer as this page's translation.
    assert switcher(client, "/") == {"en": ("/en/", True)}


def test_a_published_change_to_a_page_shows_in_its_head(client, sections):
    news = make_news(sections["news"], "Bewegingen bundelen krachten")
    assert '<meta name="description" content="Inleiding bij Bewegingen bundelen krachten.">' in (
        head(client, news.url)
    )
    draft = news.get_latest_revision_as_object()
    draft.search_description = "Twee bewegingen gaan samen verder."
    draft.save_revision().publish()
    page_head = head(client, news.url)
    assert '<meta name="description" content="Twee bewegingen gaan samen verder.">' in page_head
    assert '<meta property="og:description" content="Twee bewegingen' in page_head


def test_changed_site_settings_show_in_every_footer_at_once(client, home_pages, site_settings):
    assert "radicalevernieuwing@loc.nl" in footer(client, "/")
    assert "radicalevernieuwing@loc.nl" in footer(client, "/en/")
    settings = site_settings
    settings.contact_email = "contact@example.org"
    settings.save()
    for url in ("/", "/en/"):
        shown = footer(client, url)
        assert '<a href="mailto:contact@example.org">contact@example.org</a>' in shown
        assert "radicalevernieuwing@loc.nl" not in shown


def test_changed_site_texts_show_in_the_footer_at_once(client, home_pages):
    texts = SiteTexts.objects.create(
        locale=home_pages[0].locale, newsletter_title="Blijf bij", footer_text="Voettekst"
    )
    assert "Blijf bij" in footer(client, "/")
    texts.newsletter_title = "Lees mee"
    texts.newsletter_text = "Elke week het nieuws van de beweging."
    texts.save()
    shown = footer(client, "/")
    assert '<h2 id="footer-newsletter">Lees mee</h2>' in shown
    assert "<p>Elke week het nieuws van de beweging.</p>" in shown
    assert "Blijf bij" not in shown
