"""A visitor reads the site in Dutch, switches to English and back, and meets a 404."""

import pytest

pytestmark = pytest.mark.browser


def test_visitor_switches_from_dutch_to_english_and_back(page, home_pages):
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Radicale vernieuwing"

    page.get_by_role("navigation", name="Taal").get_by_role("link", name="EN").click()
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Radical renewal"

    page.get_by_role("navigation", name="Language").get_by_role("link", name="NL").click()
    page.wait_for_url(lambda url: url.endswith("/") and "/en/" not in url)
    assert page.locator("html").get_attribute("lang") == "nl"
    assert page.locator("h1").inner_text() == "Radicale vernieuwing"


@pytest.mark.parametrize(
    ("path", "heading", "home_link", "home", "home_title"),
    [
        (
            "/bestaat-niet/",
            "Pagina niet gevonden",
            "Naar de homepagina",
            "/",
            "Radicale vernieuwing",
        ),
        ("/en/does-not-exist/", "Page not found", "Go to the home page", "/en/", "Radical renewal"),
    ],
)
def test_visitor_who_follows_a_dead_link_gets_a_404_in_their_language(
    page, live_server, home_pages, path, heading, home_link, home, home_title
):
    response = page.goto(path)
    assert response.status == 404
    assert page.locator("h1").inner_text() == heading
    page.get_by_role("link", name=home_link).click()
    # The link leads to the home page of the same language.
    page.wait_for_url(f"{live_server.url}{home}")
    assert page.locator("h1").inner_text() == home_title


def test_home_page_fits_a_320px_phone_without_sideways_scrolling(phone, home_pages):
    phone.goto("/")
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    # On a phone the search box is behind the header's menu button.
    phone.locator(".menu-toggle").click()
    assert phone.locator("#site-search").is_visible()
    overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
