"""The home page shows what is new and what matters, in the visitor's language: the four
newest news items newest first, the three newest publications, the central themes only, the
items staff highlighted in the order they chose, and how many organisations take part."""

import datetime
import re

import pytest

from core.translation import translate_page
from home.models import HomePageFeatured
from tests.factories import make_news, make_participant, make_publication, make_theme

pytestmark = pytest.mark.django_db


def home_section(client, url, heading_id):
    """The card titles of one section of the home page, in the order shown."""
    response = client.get(url)
    assert response.status_code == 200
    found = re.search(
        rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>',
        response.content.decode(),
        re.S,
    )
    if found is None:
        return []
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', found.group(0))


def participants_line(client, url):
    html = client.get(url).content.decode()
    teaser = re.search(r'<section class="participants-teaser".*?</section>', html, re.S)
    return re.search(r"<p>([^<]+)</p>", teaser.group(0)).group(1)


def day(number):
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=number)


@pytest.fixture
def english(locales, sections):
    for section in sections.values():
        translate_page(section, locales[1], {})
    return locales[1]


def test_the_home_page_shows_the_four_newest_news_items_newest_first(client, sections):
    # Made in a shuffled order, so neither creation order nor title gives the answer.
    for number in (3, 1, 5, 2, 4):
        make_news(sections["news"], f"Bericht {number}", date=day(number))
    shown = home_section(client, "/", "news-heading")
    assert shown == ["Bericht 5", "Bericht 4", "Bericht 3", "Bericht 2"]


def test_the_english_home_page_shows_the_english_news_only(client, sections, english):
    for number in (1, 2, 3):
        news = make_news(sections["news"], f"Bericht {number}", date=day(number))
        if number != 2:
            translate_page(news, english, {news.title: f"Message {number}"})
    assert home_section(client, "/en/", "news-heading") == ["Message 3", "Message 1"]
    assert home_section(client, "/", "news-heading") == ["Bericht 3", "Bericht 2", "Bericht 1"]


def test_the_home_page_shows_the_three_newest_publications(client, sections):
    for number in (2, 4, 1, 3):
        make_publication(sections["publications"], f"Rapport {number}", date=day(number))
    shown = home_section(client, "/", "publications-heading")
    assert shown == ["Rapport 4", "Rapport 3", "Rapport 2"]


def test_the_home_page_shows_only_the_central_themes(client, sections, english):
    for title, central in [("Wonen", True), ("Arbeidsmarkt", False), ("Dementie", True)]:
        theme = make_theme(sections["themes"], title, is_central=central)
        translate_page(theme, english, {title: f"{title} (en)"})
    assert home_section(client, "/", "themes-heading") == ["Dementie", "Wonen"]
    assert home_section(client, "/en/", "themes-heading") == ["Dementie (en)", "Wonen (en)"]


def test_the_home_page_shows_the_highlights_staff_picked_in_their_order(
    client, sections, home_pages, english
):
    theme = make_theme(sections["themes"], "Wonen")
    news = make_news(sections["news"], "Bericht over wonen", themes=[theme])
    publication = make_publication(sections["publications"], "Rapport over wonen")
    make_news(sections["news"], "Niet uitgelicht")
    for page, title in [(theme, "Housing"), (news, "On housing"), (publication, "Housing report")]:
        translate_page(page, english, {page.title: title})
    dutch_home, english_home = home_pages
    # Staff put the publication first, then the theme, then the news item.
    for order, page in enumerate([publication, theme, news]):
        HomePageFeatured.objects.create(home=dutch_home, page=page, sort_order=order)
        HomePageFeatured.objects.create(home=english_home, page=page, sort_order=order)

    assert home_section(client, "/", "featured-heading") == [
        "Rapport over wonen",
        "Wonen",
        "Bericht over wonen",
    ]
    # The English home page shows the English translations of the same picks.
    assert home_section(client, "/en/", "featured-heading") == [
        "Housing report",
        "Housing",
        "On housing",
    ]


def test_without_highlights_the_home_page_has_no_highlights_section(client, sections):
    make_news(sections["news"], "Bericht")
    assert 'id="featured-heading"' not in client.get("/").content.decode()


def test_the_home_page_counts_the_participants_of_its_language(client, sections, english):
    for name in ("Gemiva", "Amarant", "Cello"):
        participant = make_participant(sections["participants"], name)
        if name != "Cello":
            translate_page(participant, english, {})
    make_participant(sections["participants"], "Concept deelnemer").unpublish()

    assert participants_line(client, "/") == "3 zorgorganisaties doen mee aan de beweging."
    assert participants_line(client, "/en/") == "2 care organisations take part in the movement."


def test_one_participant_is_counted_in_the_singular(client, sections, english):
    make_participant(sections["participants"], "Gemiva")
    assert participants_line(client, "/en/") == "0 care organisations take part in the movement."
    assert participants_line(client, "/") == "1 zorgorganisatie doet mee aan de beweging."


def test_each_home_page_leads_to_the_participants_of_its_own_language(client, sections, english):
    for url, expected in [("/", "/deelnemers/"), ("/en/", "/en/deelnemers/")]:
        html = client.get(url).content.decode()
        teaser = re.search(r'<section class="participants-teaser".*?</section>', html, re.S)
        assert f'href="{expected}"' in teaser.group(0), url


def test_the_home_page_stops_leading_to_a_section_taken_offline(client, sections, settings):
    settings.PAGE_CACHE_SECONDS = 0  # what the page shows, not what a cache kept of it
    make_news(sections["news"], "Bericht 1", date=day(1))
    news_url = sections["news"].url
    more_news = f'<p class="more-link"><a href="{news_url}">'
    assert more_news in client.get("/").content.decode()
    sections["news"].unpublish()
    assert more_news not in client.get("/").content.decode()
