import re

import pytest

from tests.events.factories import at, make_agenda, make_event, translate_agenda, translate_event


@pytest.fixture
def agendas(home_pages, locales):
    """The Dutch agenda (/agenda/) and its English translation (/en/events/)."""
    dutch = make_agenda(home_pages[0])
    return dutch, translate_agenda(dutch, locales[1])


@pytest.fixture
def utrecht_meeting(agendas, locales):
    """The half-yearly meeting of 7 April 2022 in Utrecht, and its English translation."""
    event = make_event(
        agendas[0],
        "Halfjaarlijkse bijeenkomst",
        at(2022, 4, 7, 13),
        at(2022, 4, 7, 17),
        location="Bar Beton, Utrecht",
        lead="Bestuurders en coördinatoren komen bij elkaar.",
    )
    english = translate_event(
        event,
        locales[1],
        "Half-yearly meeting",
        "half-yearly-meeting",
        **{"Bestuurders en coördinatoren komen bij elkaar.": "Directors and coordinators meet."},
    )
    return event, english


def section_titles(html, heading_id):
    """The card titles of the section labelled by `heading_id`, in their order."""
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', found.group(0)) if found else []


def main_of(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]
