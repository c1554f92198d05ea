import re

import pytest

from tests.events.factories import make_agenda, translate_agenda


@pytest.fixture
def agendas(home_pages, locales):
    """The Dutch agenda (/agenda/) and its English translation (/en/events/)."""
    dutch = make_agenda(home_pages[0])
    return dutch, translate_agenda(dutch, locales[1])


def section_titles(html, heading_id):
    """The card titles of the section labelled by `heading_id`, in their order."""
    found = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', html, re.S)
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', found.group(0)) if found else []


def main_of(html):
    return html.split("<main", 1)[1].split("</main>", 1)[0]
