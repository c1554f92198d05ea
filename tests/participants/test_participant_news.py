"""A participant's page lists the latest news and publications that name the organisation, in
the page's language, each with a link to the whole list filtered by it."""

import re
from datetime import date

import pytest

from core.translation import translate_page
from tests.conftest import SHARED_SITE
from tests.factories import make_news, make_publication

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def card_titles(html):
    return re.findall(r'<h3><a href="[^"]*">([^<]*)</a></h3>', html)


@pytest.fixture
def gemiva_news(sections, bilingual):
    """Five more Dutch items naming Gemiva (the shared site has one, of 20 March 2025), one
    naming nobody, and one naming Gemiva that was taken offline."""
    dutch, _ = bilingual
    gemiva = dutch["participant"]
    for year in (2020, 2021, 2022, 2023, 2024):
        make_news(sections["news"], f"Gemiva {year}", participants=[gemiva], date=date(year, 5, 1))
    make_news(sections["news"], "Over iemand anders", date=date(2025, 6, 1))
    offline = make_news(sections["news"], "Ingetrokken", participants=[gemiva])
    offline.unpublish()
    return gemiva


def test_a_participant_page_lists_its_latest_news_newest_first(client, gemiva_news):
    titles = card_titles(client.get(gemiva_news.url).content.decode())
    assert titles == ["Bewegingen bundelen krachten", "Gemiva 2024", "Gemiva 2023", "Gemiva 2022"]


def test_the_link_leads_to_all_news_naming_the_participant(client, gemiva_news, sections):
    html = client.get(gemiva_news.url).content.decode()
    link = f"{sections['news'].url}?participant=gemiva"
    assert f'<a href="{link}">Alles over Gemiva' in html

    listed = client.get(link).content.decode()
    assert card_titles(listed) == [
        "Bewegingen bundelen krachten",
        *(f"Gemiva {year}" for year in (2024, 2023, 2022, 2021, 2020)),
    ]
    # The visitor sees what the list is about, and the filter form keeps it.
    assert "Deelnemer: <strong>Gemiva</strong>" in listed
    assert '<input type="hidden" name="participant" value="gemiva">' in listed


def test_the_english_participant_page_lists_the_english_news(client, bilingual, sections):
    dutch, english = bilingual
    html = client.get(english["participant"].url).content.decode()
    assert card_titles(html) == ["Movements join forces"]
    english_news = sections["news"].get_translation(english["news"].locale)
    assert f'href="{english_news.url}?participant=gemiva"' in html
    assert card_titles(client.get(f"{english_news.url}?participant=gemiva").content.decode()) == [
        "Movements join forces"
    ]


def test_a_news_item_naming_the_participant_shows_at_once_despite_the_page_cache(
    client, bilingual, sections, locales
):
    dutch, english = bilingual
    gemiva = dutch["participant"]
    client.get(gemiva.url)
    assert client.get(gemiva.url).get("X-Page-Cache") == "hit"

    item = make_news(
        sections["news"], "Werkbezoek aan Gemiva", participants=[gemiva], date=date(2025, 9, 1)
    )
    translate_page(item, locales[1], {item.title: "Working visit to Gemiva"})

    assert card_titles(client.get(gemiva.url).content.decode())[0] == "Werkbezoek aan Gemiva"
    assert card_titles(client.get(english["participant"].url).content.decode())[0] == (
        "Working visit to Gemiva"
    )


def test_an_unknown_participant_in_the_address_shows_the_whole_list(client, bilingual, sections):
    listed = client.get(f"{sections['news'].url}?participant=bestaat-niet")
    assert listed.status_code == 200
    assert card_titles(listed.content.decode()) == ["Bewegingen bundelen krachten"]


def test_publications_naming_the_participant_are_listed_and_name_it_back(
    client, sections, bilingual
):
    dutch, _ = bilingual
    gemiva = dutch["participant"]
    report = make_publication(sections["publications"], "Werkplaats Gemiva")
    report.participant_links.add(report.participant_links.model(participant=gemiva))
    report.save_revision().publish()
    make_publication(sections["publications"], "Zonder deelnemers")

    html = client.get(gemiva.url).content.decode()
    assert "Werkplaats Gemiva" in html and "Zonder deelnemers" not in html
    link = f"{sections['publications'].url}?participant=gemiva"
    assert f'<a href="{link}">Alles over Gemiva' in html
    assert card_titles(client.get(link).content.decode()) == ["Werkplaats Gemiva"]

    publication_page = client.get(report.url).content.decode()
    assert f'<a href="{gemiva.url}">Gemiva</a>' in publication_page
