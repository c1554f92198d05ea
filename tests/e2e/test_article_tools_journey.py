"""A reader downloads an article as PDF, prints it and copies its link, in Chromium."""

import re
from datetime import date

import pytest
from pypdf import PdfReader
from wagtail.models import Page

from core.translation import translate_page
from tests.factories import make_image, make_news, make_site_sections, make_theme

pytestmark = pytest.mark.browser


@pytest.fixture
def article(home_pages, locales):
    sections = make_site_sections(home_pages[0])
    theme = make_theme(sections["themes"], "Zorgzame gemeenschappen", is_central=True)
    news = make_news(
        sections["news"],
        "Week van de Radicale vernieuwing",
        lead="Vijf dagen lang openen zorgorganisaties hun deuren voor elkaar.",
        themes=[theme],
        date=date(2021, 11, 8),
        image=make_image("Bijeenkomst", size=(800, 450)),
        image_caption="Deelnemers in gesprek",
        body=[("paragraph", '<p>Lees meer op <a href="https://example.org/week">de site</a>.</p>')],
    )
    translate_page(sections["news"], locales[1], {"Nieuws": "News", "nieuws": "news"})
    english = translate_page(
        news,
        locales[1],
        {
            news.title: "Radical renewal week",
            news.slug: "radical-renewal-week",
            news.lead: "For five days, care organisations open their doors to each other.",
        },
    )
    # The sections in the main menu, in both languages (Settings of each index page).
    Page.objects.filter(depth=sections["news"].depth).update(show_in_menus=True)
    return news, english


def downloaded_text(page, link_name):
    with page.expect_download() as download_info:
        page.get_by_role("link", name=link_name).click()
    download = download_info.value
    reader = PdfReader(download.path())
    text = " ".join(" ".join(each.extract_text().split()) for each in reader.pages)
    return download.suggested_filename, text


def test_reader_downloads_the_article_as_pdf_in_either_language(page, article):
    news, english = article
    page.goto(news.url)
    filename, text = downloaded_text(page, "Download artikel als PDF")
    assert filename == "week-van-de-radicale-vernieuwing.pdf"
    assert "Week van de Radicale vernieuwing" in text
    assert "Vijf dagen lang openen zorgorganisaties hun deuren voor elkaar." in text
    assert "Deelnemers in gesprek" in text

    page.goto(english.url)
    filename, text = downloaded_text(page, "Download as PDF")
    assert filename == "radical-renewal-week.pdf"
    assert "Radical renewal week" in text
    assert "For five days, care organisations open their doors to each other." in text


def test_printing_an_article_prints_the_article_alone(page, article):
    news, _ = article
    page.goto(news.url)
    assert page.locator(".site-header").is_visible()
    page.emulate_media(media="print")
    for hidden in [".site-header", ".site-footer", "#site-search", ".article-tools", ".share"]:
        assert not page.locator(hidden).first.is_visible(), hidden
    assert page.locator("article h1").is_visible()
    assert page.locator("article .lead").is_visible()
    assert page.locator("article figure img").is_visible()
    # An external link shows where it goes on paper.
    after = page.locator('article a[href="https://example.org/week"]').evaluate(
        "link => getComputedStyle(link, '::after').content"
    )
    assert "https://example.org/week" in after
    page.emulate_media(media="screen")
    assert page.locator(".site-header").is_visible()


def test_reader_copies_the_link_and_sees_it_said(browser, live_server, article):
    from tests.e2e.conftest import tab_on

    news, _ = article
    with tab_on(browser, live_server, locale="nl-NL") as tab:
        tab.context.grant_permissions(["clipboard-read", "clipboard-write"])
        tab.goto(news.url)
        button = tab.get_by_role("button", name=re.compile("Kopieer link|Delen"))
        assert button.is_visible()
        button.click()
        status = tab.get_by_role("status").filter(has_text="Link gekopieerd")
        status.wait_for()
        copied = tab.evaluate("navigator.clipboard.readText()")
        assert copied == news.get_full_url()
        # Plain links share without the script too.
        assert (
            tab.get_by_role("link", name="LinkedIn")
            .get_attribute("href")
            .startswith("https://www.linkedin.com/sharing/share-offsite/?url=")
        )


def test_without_script_the_share_links_stay_and_the_button_hides(browser, live_server, article):
    from tests.e2e.conftest import tab_on

    news, _ = article
    with tab_on(browser, live_server, java_script_enabled=False) as tab:
        tab.goto(news.url)
        assert not tab.locator("[data-share-button]").is_visible()
        for name in ["E-mail", "LinkedIn", "WhatsApp", "Bluesky"]:
            assert tab.locator(".share").get_by_role("link", name=name).is_visible()


def test_missing_page_offers_search_and_sections(page, article):
    response = page.goto("/nieuws/bestaat-niet/")
    assert response.status == 404
    page.locator("#not-found-search").fill("gemeenschap")
    page.locator(".not-found-search button").click()
    page.wait_for_url(re.compile(r"/zoeken/\?q=gemeenschap"))

    page.goto("/en/news/no-such-page/")
    page.locator(".not-found-sections").get_by_role("link", name="News").click()
    page.wait_for_url("**/en/news/")
