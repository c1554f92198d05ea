"""The site's own look, seen in Chromium: its typeface from its own origin, a logo that
names the site, one newsletter appeal per page, an article with a side column on wide
screens, theme colours, and images that keep their place while they load."""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect
from wagtail.models import Page

from core.translation import translate_page
from home.models import HomePageFeatured
from tests.e2e.conftest import tab_on
from tests.factories import (
    make_image,
    make_news,
    make_participant,
    make_site_sections,
    make_theme,
)

pytestmark = pytest.mark.browser

PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"  # make test
# Screenshots of every page type in both languages, kept (git-ignored) so a change of look
# is seen: CI keeps test-results/ as its artefacts.
SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "screenshots"
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


@pytest.fixture
def site(home_pages, locales):
    """A small bilingual site: two themes (one with a colour staff chose), a participant and
    a news item with a picture, highlighted on the home page."""
    dutch_home, english_home = home_pages
    english = locales[1]
    sections = make_site_sections(dutch_home)
    for section, slug in [
        ("news", "news"),
        ("themes", "themes"),
        ("participants", "participants"),
        ("publications", "publications"),
    ]:
        translate_page(sections[section], english, {sections[section].slug: slug})
    central = make_theme(
        sections["themes"],
        "Zorgzame gemeenschappen",
        is_central=True,
        colour="plum",
        image=make_image("Buurt", size=(800, 450)),
    )
    other = make_theme(sections["themes"], "Voorbij sectoren")
    participant = make_participant(sections["participants"], "Gemiva", "Gehandicaptenzorg")
    news = make_news(
        sections["news"],
        "Bewegingen bundelen krachten",
        themes=[central],
        participants=[participant],
        date=date(2025, 3, 20),
        image=make_image("Startbijeenkomst", size=(800, 450)),
        body=[("paragraph", "<p>" + "Deelnemers spraken af samen verder te gaan. " * 40 + "</p>")],
    )
    HomePageFeatured.objects.create(home=dutch_home, page=news, sort_order=0)
    dutch_home.save_revision().publish()
    pages = {"home": dutch_home, "news": news, "theme": central, "participant": participant}
    english_pages = {
        "home": english_home,
        "news": translate_page(news, english, {news.title: "Movements join forces"}),
        "theme": translate_page(
            central, english, {central.title: "Caring communities", central.slug: "caring"}
        ),
        "participant": translate_page(participant, english, {}),
    }
    translate_page(other, english, {other.title: "Beyond sectors"})
    Page.objects.filter(depth=sections["news"].depth).update(show_in_menus=True)
    return {"nl": pages, "en": english_pages, "other_theme": other}


def urls(site):
    return [page.url for language in ("nl", "en") for page in site[language].values()]


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
        # The budget for a phone's first visit, fonts included, counted in bytes.
        weight = sum(len(request.response().body()) for request in requests)
        assert len(requests) <= 25 and weight <= 250 * 1024, (len(requests), weight)


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
    for url in urls(site):
        page.goto(url)
        assert page.locator("form.newsletter-form").count() == 1, url
        assert page.locator(".newsletter-block").count() == 0, url


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


def test_no_image_can_shift_the_layout_while_it_loads(browser, live_server, site):
    unsized = """() => [...document.images].filter(img =>
        !(img.getAttribute('width') && img.getAttribute('height'))
        && getComputedStyle(img).aspectRatio === 'auto').map(img => img.currentSrc || img.src)"""
    for viewport in (PHONE, DESKTOP):
        with tab_on(browser, live_server, viewport=viewport) as tab:
            for url in urls(site):
                tab.goto(url)
                assert tab.evaluate(unsized) == [], url


def test_the_map_of_regions_filters_the_participants(page, site):
    page.goto("/deelnemers/")
    page.locator(".region-map").get_by_role("link", name="Noord").click()
    page.wait_for_url("**/deelnemers/?region=noord")
    assert page.locator(".region.is-selected").get_attribute("aria-current") == "true"
    # Gemiva, the one participant, is in the west.
    assert page.get_by_text("Geen deelnemers voldoen aan deze filters.").is_visible()
    page.goto("/en/participants/")
    assert page.locator(".region-map").get_by_role("link", name="North").is_visible()


def page_types(site):
    """{name: url} of every kind of page a visitor sees, in both languages."""
    found = {}
    for language, prefix in (("nl", ""), ("en", "/en")):
        pages = site[language]
        found |= {
            f"home-{language}": pages["home"].url,
            f"news-{language}": pages["news"].url,
            f"theme-{language}": pages["theme"].url,
            f"participant-{language}": pages["participant"].url,
            f"themes-{language}": pages["theme"].get_parent().url,
            f"participants-{language}": pages["participant"].get_parent().url,
            f"news-index-{language}": pages["news"].get_parent().url,
            f"search-{language}": f"{prefix}/{'zoeken' if language == 'nl' else 'search'}/?q=zorg",
        }
    return found


@pytest.mark.skipif(not AXE.exists(), reason="axe-core not installed: run `make test` (npm ci)")
def test_no_page_type_has_a_serious_or_critical_accessibility_violation(browser, live_server, site):
    for viewport in (PHONE, DESKTOP):
        # axe-core is injected as an inline script, which the site's own policy forbids.
        with tab_on(browser, live_server, viewport=viewport, bypass_csp=True) as tab:
            for name, url in page_types(site).items():
                tab.goto(url)
                tab.add_script_tag(path=str(AXE))
                violations = tab.evaluate("axe.run(document).then(result => result.violations)")
                serious = [
                    (each["id"], [node["target"] for node in each["nodes"]])
                    for each in violations
                    if each["impact"] in {"serious", "critical"}
                ]
                assert serious == [], (name, viewport["width"], serious)


def test_screenshots_of_every_page_type_at_three_widths(browser, live_server, site):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wanted = ("home", "news", "theme", "participants", "search")
    for width in (375, 768, 1280):
        with tab_on(browser, live_server, viewport={"width": width, "height": 900}) as tab:
            for name, url in page_types(site).items():
                if name.rsplit("-", 1)[0] not in wanted:
                    continue
                tab.goto(url)
                path = SCREENSHOTS / f"{name}-{width}.png"
                tab.screenshot(path=path, full_page=True)
                assert path.stat().st_size > 10_000, path
