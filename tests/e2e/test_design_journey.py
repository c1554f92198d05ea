"""The site's own look, seen in Chromium: its typeface from its own origin, a logo that
names the site, one newsletter appeal per page, an article with a side column on wide
screens, theme colours and a map of the regions. Accessibility, screenshots, page weight
and states of the controls: test_design_checks.py."""

import pytest
from playwright.sync_api import expect

from tests.e2e import design_site
from tests.e2e.conftest import tab_on
from tests.e2e.design_site import DESKTOP, PHONE, page_types

pytestmark = pytest.mark.browser

site = design_site.site  # the fixture
PLUM = "rgb(106, 61, 143)"
# Characters a line in the article's first paragraph: its width over that of an average
# letter of its own font (the alphabet, set on one line beside it).
MEASURE = """() => {
    const paragraph = document.querySelector('.body p');
    const sample = document.createElement('span');
    sample.style.position = 'absolute';
    sample.style.whiteSpace = 'nowrap';
    sample.textContent = 'abcdefghijklmnopqrstuvwxyz '.repeat(4);
    paragraph.append(sample);
    const letter = sample.getBoundingClientRect().width / sample.textContent.length;
    sample.remove();
    return paragraph.clientWidth / letter;
}"""  # .theme-plum in static/css/site.css


def test_the_home_page_loads_its_typeface_and_all_else_from_our_own_origin(
    browser, live_server, site
):
    with tab_on(browser, live_server, viewport=PHONE, is_mobile=True) as tab:
        requests = []
        tab.on("requestfinished", lambda request: requests.append(request))
        tab.goto("/")
        tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        tab.wait_for_load_state("networkidle")
        assert tab.evaluate(
            "document.fonts.ready.then(() => document.fonts.check('700 1em \"Source Sans 3\"'))"
        )
        assert tab.evaluate("getComputedStyle(document.body).fontFamily").startswith(
            '"Source Sans 3"'
        )
        fonts = [request.url for request in requests if request.url.endswith(".woff2")]
        assert fonts and all(url.startswith(f"{live_server.url}/static/fonts/") for url in fonts)
        assert [r.url for r in requests if not r.url.startswith(live_server.url)] == []


def test_the_logo_names_the_site_and_leads_home_in_both_languages(page, site):
    page.goto(site["nl"]["news"].url)
    page.get_by_role("link", name="Radicale vernieuwing, homepagina").click()
    page.wait_for_url("**/")
    assert page.url.endswith("/") and "/en/" not in page.url
    page.goto(site["en"]["news"].url)
    page.get_by_role("link", name="Radicale vernieuwing, home page").click()
    page.wait_for_url("**/en/")
    assert page.locator('link[rel="icon"]').get_attribute("href").endswith("favicon.svg")


def test_every_page_makes_the_newsletter_appeal_once(page, site):
    for name, url in page_types(site).items():
        if name.startswith("newsletter-"):
            continue  # the sign-up page is the appeal itself
        page.goto(url)
        assert page.locator("form.newsletter-form").count() == 1, name
        assert page.locator(".newsletter-block").count() == 0, name


def test_an_article_has_a_side_column_on_a_wide_screen_and_none_on_a_phone(
    browser, live_server, site
):
    news = site["nl"]["news"]
    with tab_on(browser, live_server, viewport=DESKTOP) as tab:
        tab.goto(news.url)
        text, side = (
            tab.locator(".article-main").bounding_box(),
            tab.locator(".article-aside").bounding_box(),
        )
        assert side["x"] >= text["x"] + text["width"]  # beside the text, not under it
        assert side["y"] < text["y"] + 200  # and from the top, not after the text
        # A comfortable measure: about 65 to 75 characters a line.
        characters = tab.evaluate(MEASURE)
        assert 60 <= characters <= 80, characters
        aside = tab.locator(".article-aside")
        assert aside.get_by_text("20 maart 2025").is_visible()
        for link in [
            "Download artikel als PDF",
            "Gemiva",
            "Zorgzame gemeenschappen",
            "Nieuwsbrief",
        ]:
            expect(aside.get_by_role("link", name=link).first).to_be_visible()
    with tab_on(browser, live_server, viewport=PHONE, is_mobile=True) as tab:
        tab.goto(news.url)
        text, side = (
            tab.locator(".article-main").bounding_box(),
            tab.locator(".article-aside").bounding_box(),
        )
        assert side["y"] >= text["y"] + text["height"]  # after the text, the full width
        assert abs(side["x"] - text["x"]) < 2
        assert tab.locator("article header").get_by_text("20 maart 2025").is_visible()


def test_a_theme_shows_its_own_colour_on_its_page_and_its_tile(page, site):
    colour = "getComputedStyle(document.querySelector('{}')).borderTopColor"
    page.goto(site["nl"]["theme"].url)
    assert page.evaluate(colour.format(".theme-header")) == PLUM
    page.goto(site["en"]["theme"].url)
    assert page.evaluate(colour.format(".theme-header")) == PLUM
    page.goto("/")
    tile = page.locator(".theme-tile", has_text="Zorgzame gemeenschappen")
    assert tile.evaluate("tile => getComputedStyle(tile).borderLeftColor") == PLUM
    # A theme without a chosen colour takes one of its own, not the plum of its neighbour.
    page.goto(site["other_theme"].url)
    assert page.evaluate(colour.format(".theme-header")) not in {PLUM, "rgb(163, 18, 63)"}


def test_the_central_theme_badge_sits_inside_its_own_card(page, site):
    page.goto("/themas/")
    central = page.locator(".card", has_text="Zorgzame gemeenschappen")
    assert central.get_by_text("Centraal thema").is_visible()
    assert (
        page.locator(".card", has_text="Voorbij sectoren").get_by_text("Centraal thema").count()
        == 0
    )
    assert page.locator(".cards > :not(.card)").count() == 0  # no label between the cards


def test_the_map_of_regions_filters_the_participants(page, site):
    page.goto("/deelnemers/")
    page.locator(".region-map").get_by_role("link", name="Noord").click()
    page.wait_for_url("**/deelnemers/?region=noord")
    assert page.locator(".region.is-selected").get_attribute("aria-current") == "true"
    # Gemiva, the one participant, is in the west.
    assert page.get_by_text("Geen deelnemers voldoen aan deze filters.").is_visible()
    page.goto("/en/participants/")
    assert page.locator(".region-map").get_by_role("link", name="North").is_visible()
