"""What issue 16 asks of every page type, seen in Chromium at a phone's and a desktop's
width in both languages: no accessibility violation axe-core rates moderate or worse
(heading order included), a compact phone header, images that keep their place while they
load, controls that show focus, hover and press, a light home page, and screenshots of the
look kept as CI artefacts."""

from pathlib import Path

import pytest
from django.conf import settings

from tests.e2e import design_site
from tests.e2e.conftest import tab_on
from tests.e2e.design_site import DESKTOP, PHONE, page_types

pytestmark = pytest.mark.browser

site = design_site.site  # the fixture

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"  # make test
# Full-page screenshots, git-ignored; CI keeps test-results/ as its artefacts.
SCREENSHOTS = Path(settings.BASE_DIR) / "test-results" / "screenshots"
# axe-core's impacts, mildest first: "minor" findings are advice, the rest are barriers.
BARRIERS = {"moderate", "serious", "critical"}
UNSIZED_IMAGES = """() => [...document.images].filter(img =>
    !(img.getAttribute('width') && img.getAttribute('height'))
    && getComputedStyle(img).aspectRatio === 'auto').map(img => img.currentSrc || img.src)"""


@pytest.mark.skipif(not AXE.exists(), reason="axe-core not installed: run `make test` (npm ci)")
def test_no_page_type_has_an_accessibility_violation_of_moderate_impact_or_worse(
    browser, live_server, site
):
    found = []
    for viewport in (PHONE, DESKTOP):
        # axe-core is injected as an inline script, which the site's own policy forbids.
        with tab_on(browser, live_server, viewport=viewport, bypass_csp=True) as tab:
            for name, url in page_types(site).items():
                tab.goto(url)
                tab.add_script_tag(path=str(AXE))
                violations = tab.evaluate("axe.run(document).then(result => result.violations)")
                found += [
                    # (page type, width, rule, the first elements it names)
                    (
                        name,
                        viewport["width"],
                        each["id"],
                        [node["target"] for node in each["nodes"]][:3],
                    )
                    for each in violations
                    if each["impact"] in BARRIERS
                ]
    assert found == []


def test_the_list_pages_keep_their_headings_in_order(browser, live_server, site):
    """A screen-reader user skims by headings: no level may be skipped on the way down."""
    levels = "[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])"
    with tab_on(browser, live_server, viewport=PHONE) as tab:
        for name, url in page_types(site).items():
            tab.goto(url)
            found = tab.evaluate(levels)
            assert found[0] == 1, name
            jumps = [(a, b) for a, b in zip(found, found[1:], strict=False) if b > a + 1]
            assert jumps == [], (name, found)


def test_on_a_phone_the_header_of_every_page_is_at_most_120_pixels_tall(browser, live_server, site):
    with tab_on(browser, live_server, viewport=PHONE, is_mobile=True) as tab:
        for name, url in page_types(site).items():
            tab.goto(url)
            assert tab.locator(".site-header").bounding_box()["height"] <= 120, name
            # Nothing in the header runs past the screen's edge.
            assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], name


def test_no_image_can_shift_the_layout_while_it_loads(browser, live_server, site):
    for viewport in (PHONE, DESKTOP):
        with tab_on(browser, live_server, viewport=viewport) as tab:
            for name, url in page_types(site).items():
                tab.goto(url)
                assert tab.evaluate(UNSIZED_IMAGES) == [], (name, viewport["width"])
                # And the pages that show pictures do show some, so the check is not empty.
                if name.split("-")[0] in {"home", "news", "theme"}:
                    assert tab.locator("main img").count() >= 1, name


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_home_page_is_light_on_a_first_visit(browser, live_server, site, viewport):
    """The issue's budget for a phone's first visit, fonts and images included, counted in
    bytes: at most 250 KB in at most 25 requests; a wide screen keeps to it too."""
    with tab_on(browser, live_server, viewport=viewport, is_mobile=viewport == PHONE) as tab:
        requests = []
        tab.on("requestfinished", lambda request: requests.append(request))
        tab.goto("/")
        # Lazy images load once scrolled to: a visitor who reads to the end gets them all.
        tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        tab.wait_for_load_state("networkidle")
        weight = sum(len(request.response().body()) for request in requests)
        print(f"home at {viewport['width']} px: {weight} bytes in {len(requests)} requests")
        assert len(requests) <= 25, [request.url for request in requests]
        assert weight <= 250 * 1024, weight


def look_of(tab):
    """What the screen shows now (moving in no other way than the test makes it)."""
    return tab.screenshot(animations="disabled", caret="hide")


FOCUSED = """() => {
    const element = document.activeElement;
    return {tag: element.tagName, text: (element.textContent || element.name || '').trim(),
            width: element.getBoundingClientRect().width};
}"""


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_every_control_a_keyboard_reaches_shows_that_it_has_focus(
    browser, live_server, site, viewport
):
    for url in (site["nl"]["home"].url, site["en"]["news"].url, "/deelnemers/"):
        with tab_on(browser, live_server, viewport=viewport, reduced_motion="reduce") as tab:
            tab.goto(url)
            seen = 0
            for _ in range(60):
                tab.keyboard.press("Tab")
                focused = tab.evaluate(FOCUSED)
                if focused["tag"] == "BODY":
                    break  # the end of the page
                if not focused["width"]:
                    continue
                with_focus = look_of(tab)
                tab.evaluate("document.activeElement.blur()")
                without = look_of(tab)
                assert with_focus != without, (url, viewport["width"], focused)
                seen += 1
            assert seen >= 10, (url, seen)


@pytest.mark.parametrize(
    "selector",
    [
        "header .main-nav a",
        ".site-header .search-box button",
        "footer button",
        "main .card",
        "main a",
    ],
)
def test_controls_change_under_the_pointer_and_when_pressed(page, site, selector):
    page.set_viewport_size(DESKTOP)
    page.emulate_media(reduced_motion="reduce")
    page.goto(site["nl"]["home"].url if selector != "main .card" else "/themas/")
    control = page.locator(selector).first
    control.scroll_into_view_if_needed()
    page.mouse.move(0, 0)
    resting = look_of(page)
    control.hover()
    hovered = look_of(page)
    assert hovered != resting, selector
    if selector.endswith("button"):
        page.mouse.down()
        assert look_of(page) != hovered, selector
        page.mouse.move(0, 0)
        page.mouse.up()


def test_screenshots_of_every_page_type_at_three_widths_in_both_languages(
    browser, live_server, site
):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wanted = ("home", "news", "theme", "participants", "search")
    for width in (375, 768, 1280):
        with tab_on(browser, live_server, viewport={"width": width, "height": 900}) as tab:
            for name, url in page_types(site).items():
                if name.rsplit("-", 1)[0] not in wanted:
                    continue
                tab.goto(url)
                # Lazy pictures load once scrolled to; back at the top, sticky parts sit
                # where a visitor first sees them.
                tab.evaluate("window.scrollTo(0, document.body.scrollHeight)")
                tab.wait_for_load_state("networkidle")
                tab.evaluate("window.scrollTo(0, 0)")
                path = SCREENSHOTS / f"{name}-{width}.png"
                tab.screenshot(path=path, full_page=True)
                assert path.stat().st_size > 10_000, path
                # Nothing runs past the right edge of the screen.
                assert tab.evaluate("document.documentElement.scrollWidth") <= width, name


# The width the search box's placeholder needs, set in a line of its own in the
# placeholder's font, and the room the box gives it inside its padding.
PLACEHOLDER = """() => {
    const input = document.querySelector('#site-search');
    const font = getComputedStyle(input, '::placeholder');
    const box = getComputedStyle(input);
    const line = document.createElement('span');
    line.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
    line.style.font = `${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
    line.textContent = input.placeholder;
    document.body.append(line);
    const needed = line.getBoundingClientRect().width;
    line.remove();
    return [needed, input.clientWidth - parseFloat(box.paddingLeft) - parseFloat(box.paddingRight)];
}"""


@pytest.mark.parametrize("width", [320, 375, 768, 1024, 1280])
def test_the_search_box_shows_its_whole_placeholder_in_both_languages(
    browser, live_server, site, width
):
    with tab_on(browser, live_server, viewport={"width": width, "height": 800}) as tab:
        for url in ("/", "/en/"):
            tab.goto(url)
            if tab.locator(".menu-toggle").is_visible():
                tab.locator(".menu-toggle").click()
            tab.evaluate("document.fonts.ready")
            needed, room = tab.evaluate(PLACEHOLDER)
            assert needed <= room, (url, width, needed, room)
