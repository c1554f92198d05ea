"""The address alone gives a page's language, so shared caches need not split pages by the
browser's language (issue 12: `Vary` only on what changes the response)."""

import re

import pytest

pytestmark = pytest.mark.django_db


def vary_of(response):
    return {header.lower() for header in re.split(r"\s*,\s*", response.get("Vary", "")) if header}


@pytest.mark.parametrize(
    ("address", "browser_language", "page_language"),
    [("/", "en-GB,en;q=0.9", "nl"), ("/en/", "nl-NL,nl;q=0.9", "en")],
)
def test_a_page_is_in_the_language_of_its_address_whatever_the_browser_prefers(
    client, home_pages, address, browser_language, page_language
):
    response = client.get(address, HTTP_ACCEPT_LANGUAGE=browser_language)
    assert response.status_code == 200
    assert f'<html lang="{page_language}"' in response.content.decode()
    assert "accept-language" not in vary_of(response)


def test_a_visitors_cookie_still_splits_the_cache(client, home_pages):
    # Logged-in staff see the Wagtail user bar on the same addresses.
    assert "cookie" in vary_of(client.get("/"))
