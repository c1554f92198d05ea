"""A visitor on a phone finds a compact header: name, language and a "Menu" button that
opens the navigation and the search box; on a wide screen both are open without a button."""

import re

import pytest

from tests.e2e.conftest import tab_on

pytestmark = pytest.mark.browser


@pytest.fixture
def menu(sections):
    """The four sections in the main navigation, as the demo site has them."""
    from wagtail.models import Page

    Page.objects.filter(pk__in=[page.pk for page in sections.values()]).update(show_in_menus=True)


PHONE_375 = {"width": 375, "height": 667}


@pytest.fixture
def phone_375(browser, live_server):
    """A 375 px wide phone screen, the most common width."""
    with tab_on(browser, live_server, viewport=PHONE_375, is_mobile=True) as tab:
        yield tab


def test_on_a_phone_the_header_is_compact_and_the_menu_opens_to_navigation_and_search(
    phone_375, home_pages, menu
):
    phone = phone_375
    phone.goto("/")
    assert phone.locator(".site-header").bounding_box()["height"] <= 120
    menu_button = phone.get_by_role("button", name="Menu")
    assert menu_button.get_attribute("aria-expanded") == "false"
    assert menu_button.get_attribute("aria-controls") == "site-menu"
    box = menu_button.bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44
    navigation = phone.get_by_role("navigation", name="Hoofdmenu")
    assert not phone.locator("#site-menu").is_visible()
    assert not phone.locator("#site-search").is_visible()

    menu_button.click()
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert navigation.get_by_role("link", name="Nieuws").is_visible()
    search = phone.locator("#site-search")
    assert search.is_visible()
    search.fill("gemeenschappen")
    search.press("Enter")
    phone.wait_for_url(re.compile(r"/zoeken/\?q=gemeenschappen"))

    phone.goto("/")
    phone.get_by_role("button", name="Menu").click()
    navigation.get_by_role("link", name="Nieuws").click()
    phone.wait_for_url("**/nieuws/")


def test_on_a_phone_the_menu_button_is_reached_by_tab_and_opens_with_enter(
    phone_375, home_pages, menu
):
    phone = phone_375
    phone.goto("/")
    menu_button = phone.locator(".menu-toggle")
    for _ in range(10):
        phone.keyboard.press("Tab")
        if menu_button.evaluate("button => button === document.activeElement"):
            break
    else:
        pytest.fail("the Menu button is not reached by Tab")
    phone.keyboard.press("Enter")
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert phone.locator("#site-search").is_visible()
    phone.keyboard.press("Tab")
    assert phone.locator("#site-menu a").first.evaluate("link => link === document.activeElement")


def test_on_a_wide_screen_the_menu_and_search_are_open_without_a_button(page, home_pages):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/")
    assert page.locator("#site-menu").is_visible()
    assert page.locator("#site-search").is_visible()
    assert not page.locator(".menu-toggle").is_visible()


def test_without_script_the_menu_and_search_stay_open_on_a_phone(browser, live_server, home_pages):
    with tab_on(browser, live_server, viewport=PHONE_375, java_script_enabled=False) as phone:
        phone.goto("/")
        assert not phone.locator(".menu-toggle").is_visible()
        assert phone.locator("#site-menu").is_visible()
        assert phone.locator("#site-search").is_visible()
