"""The PDFs of news items and events open with the site's mark and name, as the site's header
does: the mark drawn from the same inline SVG (components/logo_mark.svg)."""

import io

import pytest
from pypdf import PdfReader

from tests.conftest import SHARED_SITE
from tests.events.factories import at, make_agenda, make_event
from tests.printable.test_article_pdf import pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]

# The mark's strokes as the PDF draws them: the square in near-black #1d1d1b and the ring in
# the accent colour #a3123f (the site name is filled in that colour, not stroked).
SQUARE_STROKE = "0.113725 0.113725 0.105882 RG"
RING_STROKE = "0.639216 0.070588 0.247059 RG"


def first_page_drawing(response):
    return (
        PdfReader(io.BytesIO(response.content)).pages[0].get_contents().get_data().decode("latin-1")
    )


def assert_opens_with_the_logo(response):
    assert pdf_text(response).startswith("Radicale vernieuwing ")
    drawing = first_page_drawing(response)
    assert SQUARE_STROKE in drawing and RING_STROKE in drawing


def test_news_pdf_opens_with_the_logo_in_both_languages(client, bilingual):
    dutch, english = bilingual
    assert_opens_with_the_logo(client.get(dutch["news"].pdf_url))
    assert_opens_with_the_logo(client.get(english["news"].pdf_url))


def test_event_pdf_opens_with_the_logo(client, home_pages):
    event = make_event(make_agenda(home_pages[0]), "Halfjaarlijkse bijeenkomst", at(2022, 4, 7, 13))
    assert_opens_with_the_logo(client.get(event.pdf_url))
