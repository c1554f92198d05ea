"""What a browser tab and a shared link show of the home page and a news item: a title that
names the site once, and a description that is never empty."""

import re

import pytest

from tests.conftest import SHARED_SITE
from tests.factories import make_news

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def head(client, url):
    html = client.get(url).content.decode()
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    descriptions = {
        name: re.search(rf'<meta {name} content="([^"]*)">', html).group(1)
        for name in ('name="description"', 'property="og:description"')
    }
    assert len(set(descriptions.values())) == 1, descriptions
    return title, descriptions['name="description"']


def test_the_home_pages_name_the_site_once_and_are_described_by_their_introduction(client):
    assert head(client, "/") == ("Radicale vernieuwing", "Een beweging van zorgorganisaties.")
    assert head(client, "/en/") == (
        "Radical renewal · Radicale vernieuwing",
        "A movement of care organisations.",
    )


def test_a_news_item_is_titled_with_the_site_and_described_by_its_lead(client, bilingual):
    dutch, english = bilingual
    assert head(client, dutch["news"].url) == (
        "Bewegingen bundelen krachten · Radicale vernieuwing",
        "Inleiding bij Bewegingen bundelen krachten.",
    )
    assert head(client, english["news"].url) == (
        "Movements join forces · Radicale vernieuwing",
        "The movements go on together.",
    )


def test_a_home_page_without_introduction_still_says_what_the_site_is(client, home_pages):
    dutch_home, english_home = home_pages
    for home in home_pages:
        home.intro = ""
        home.save_revision().publish()
    assert head(client, "/")[1].startswith("Radicale vernieuwing is een beweging van zorg")
    assert head(client, "/en/")[1].startswith("Radicale vernieuwing is a movement of care")


def test_a_long_lead_is_cut_after_a_word_for_search_engines_and_previews(client, sections):
    lead = "Zorgorganisaties werken samen aan zorg die draait om relaties. " * 8
    item = make_news(sections["news"], "Lange inleiding", lead=lead)
    description = head(client, item.url)[1]
    assert description.startswith("Zorgorganisaties werken samen aan zorg die draait")
    assert len(description) <= 200 and description.endswith("…")
    assert lead.startswith(description.removesuffix("…"))
