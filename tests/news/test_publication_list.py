"""The publication list as a visitor pages and filters it, and a publication's own page."""

import re
from datetime import date

import pytest

from tests.factories import make_publication, make_theme

pytestmark = pytest.mark.django_db


def titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def theme(sections):
    return make_theme(sections["themes"], "Voorbij sectoren")


@pytest.fixture
def thirteen(sections, theme):
    """Thirteen publications, one a month of 2023 and the oldest from 2022."""
    index = sections["publications"]
    pages = [
        make_publication(index, f"Uitgave {month:02d}", themes=[theme], date=date(2023, month, 1))
        for month in range(1, 13)
    ]
    pages.append(make_publication(index, "Uitgave oud", date=date(2022, 12, 1)))
    return pages


def page_of(client, sections, query=""):
    response = client.get(sections["publications"].url + query)
    assert response.status_code == 200
    return response.content.decode()


def test_the_list_shows_twelve_newest_first_and_the_rest_on_page_two(client, sections, thirteen):
    first = page_of(client, sections)
    assert titles(first) == [f"Uitgave {month:02d}" for month in range(12, 0, -1)]
    assert "13 publicaties" in first
    assert titles(page_of(client, sections, "?page=2")) == ["Uitgave oud"]


@pytest.mark.parametrize(
    ("query", "first_title"), [("?page=abc", "Uitgave 12"), ("?page=9", "Uitgave oud")]
)
def test_a_page_number_out_of_range_gives_the_first_or_last_page(
    client, sections, thirteen, query, first_title
):
    assert titles(page_of(client, sections, query))[0] == first_title


def test_filters_narrow_the_list_and_stay_in_the_page_links(client, sections, thirteen, theme):
    assert titles(page_of(client, sections, "?year=2022")) == ["Uitgave oud"]
    html = page_of(client, sections, f"?theme={theme.slug}&page=1")
    assert "12 publicaties" in html and "Uitgave oud" not in titles(html)
    # One page only, so no page links; with both years there are, and they keep the year.
    html = page_of(client, sections, "?keyword=&page=1")
    link = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert link == "?keyword=&page=2"


def test_a_card_shows_the_summary_as_text_or_the_listing_summary_staff_wrote(client, sections):
    booklet = make_publication(sections["publications"], "Katern")
    booklet.summary = "<p>Over <b>leren</b> in de zorg.</p>"
    booklet.save_revision().publish()
    make_publication(sections["publications"], "Jaarverslag", listing_summary="Kort gezegd.")
    html = page_of(client, sections)
    assert "<p>Over leren in de zorg.</p>" in html
    assert "<p>Kort gezegd.</p>" in html and "Samenvatting van Jaarverslag" not in html


def test_a_publication_page_names_its_themes_and_keywords(client, sections, theme):
    page = make_publication(
        sections["publications"], "Katern", themes=[theme], keywords=["zorgonderwijs"]
    )
    html = client.get(page.url).content.decode()
    assert "Voorbij sectoren" in html and "zorgonderwijs" in html
    assert f'href="{theme.url}"' in html


def test_the_filter_menus_offer_the_lists_themes_keywords_and_years(
    client, sections, thirteen, theme
):
    html = page_of(client, sections, f"?theme={theme.slug}")
    assert f'<option value="{theme.slug}" selected>{theme.title}</option>' in html
    years = re.findall(r'<option value="(\d{4})"', html)
    assert years == sorted(set(years), reverse=True) and "2022" in years
