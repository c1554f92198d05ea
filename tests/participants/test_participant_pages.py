"""The participants: grouped by sector, filtered by region and theme."""

import re

import pytest

from participants.models import ParticipantPage
from tests.factories import make_participant, make_theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def participants(sections):
    index = sections["participants"]
    theme = make_theme(sections["themes"], "Ruimte voor dementie")
    make_participant(index, "Gemiva", "Gehandicaptenzorg", region="west", themes=[theme])
    make_participant(index, "Ons Tweede Thuis", "Gehandicaptenzorg", region="west")
    make_participant(index, "LEVANTOgroep", "GGZ", region="noord", themes=[theme])
    make_participant(index, "Topaz", "Zorg in het verpleeghuis en thuis", region="west")
    return index, theme


def sector_groups(html):
    return re.findall(r'<h2 id="sector-\d+">([^<]+) <span class="count">\((\d+)\)', html)


def test_participant_list_groups_organisations_by_sector(client, participants):
    index, _ = participants
    html = client.get(index.url).content.decode()
    groups = dict(sector_groups(html))
    assert groups["Gehandicaptenzorg"] == "2"
    assert groups["GGZ"] == "1"


def test_participants_filter_by_region(client, participants):
    index, _ = participants
    html = client.get(index.url + "?region=noord").content.decode()
    assert "LEVANTOgroep" in html
    assert "Gemiva" not in html and "Topaz" not in html


def test_participants_filter_by_region_and_theme_together(client, participants):
    index, theme = participants
    html = client.get(f"{index.url}?region=west&theme={theme.slug}").content.decode()
    assert "Gemiva" in html
    assert "LEVANTOgroep" not in html and "Ons Tweede Thuis" not in html


def test_unknown_region_shows_everyone(client, participants):
    index, _ = participants
    response = client.get(index.url + "?region=atlantis")
    assert response.status_code == 200
    assert len(sector_groups(response.content.decode())) == 3


def test_participant_page_shows_sector_region_and_description(client, participants):
    page = ParticipantPage.objects.get(title="LEVANTOgroep")
    html = client.get(page.url).content.decode()
    assert "GGZ · Noord" in html
    assert "LEVANTOgroep doet mee aan de beweging." in html
    assert not ParticipantPage.can_create_at(page)
