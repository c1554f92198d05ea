"""An event's "Download als PDF": when and where, the lead, the body with its images, the
themes and the source, in the event's language; rendered once per published revision, and
only for events the public may see."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from printable import rendering
from tests.conftest import SHARED_SITE
from tests.events.factories import at, make_event, translate_event
from tests.factories import make_image
from tests.printable.test_article_pdf import pdf_text

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]

LEAD = "Bestuurders en coördinatoren komen bij elkaar."


@pytest.fixture
def meeting(agendas, bilingual, locales):
    """A one-day meeting in Utrecht that can be followed online, with a body image and a
    theme, and its English translation."""
    agenda, _ = agendas
    event = make_event(
        agenda,
        "Halfjaarlijkse bijeenkomst",
        at(2022, 4, 7, 13),
        at(2022, 4, 7, 17),
        location="Bar Beton, Utrecht",
        online_url="https://meet.example.org/halfjaarlijks",
        lead=LEAD,
        themes=[bilingual[0]["theme"]],
        image=make_image("Zaal", size=(800, 450)),
        body=[
            ("paragraph", "<p>We bespreken de plannen voor het najaar.</p>"),
            (
                "image",
                {
                    "image": make_image("Tafels", size=(600, 400)),
                    "caption": "De zaal",
                    "credit": "",
                },
            ),
        ],
    )
    english = translate_event(
        event,
        locales[1],
        "Half-yearly meeting",
        "half-yearly-meeting",
        **{LEAD: "Directors and coordinators meet."},
    )
    return event, english


def test_event_page_links_to_its_pdf_in_both_languages(client, meeting):
    dutch, english = meeting
    html = client.get(dutch.url).content.decode()
    assert f'href="{dutch.url}pdf/"' in html
    # An event is no article: the Dutch link does not say "artikel".
    assert "Download als PDF" in html and "Download artikel als PDF" not in html
    html = client.get(english.url).content.decode()
    assert f'href="{english.url}pdf/"' in html and "Download as PDF" in html


def test_pdf_holds_when_where_lead_body_themes_and_source(client, meeting):
    event, _ = meeting
    response = client.get(event.pdf_url)
    text = pdf_text(response)
    for expected in [
        "Halfjaarlijkse bijeenkomst",
        "Datum donderdag 7 april 2022",
        "Tijd 13.00–17.00",
        "Locatie Bar Beton, Utrecht",
        "https://meet.example.org/halfjaarlijks",
        LEAD,
        "We bespreken de plannen voor het najaar.",
        "De zaal",
        "Thema's: Zorgzame gemeenschappen",
        event.get_full_url(),
    ]:
        assert expected in text, expected
    # Not the news item's date line: an event was not "posted" on its first day.
    assert "Geplaatst op" not in text
    assert "Zoeken" not in text
    # The main image and the body's image, fetched from the site itself.
    assert len(PdfReader(io.BytesIO(response.content)).pages[0].images) == 2
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.pdf"'


def test_english_event_gives_the_english_pdf(client, meeting):
    _, english = meeting
    text = pdf_text(client.get(english.pdf_url))
    for expected in [
        "Half-yearly meeting",
        "Date Thursday 7 April 2022",
        "Time 13:00–17:00",
        "Directors and coordinators meet.",
        "Themes: Caring communities",
        "Page 1 of",
    ]:
        assert expected in text, expected
    assert "Halfjaarlijkse" not in text and "Bestuurders" not in text


def test_event_of_several_days_gives_its_start_and_end_with_times(client, agendas):
    week = make_event(
        agendas[0], "Week van de vernieuwing", at(2021, 11, 8, 9), at(2021, 11, 12, 17)
    )
    text = pdf_text(client.get(week.pdf_url))
    assert "Begint maandag 8 november 2021 om 09.00" in text
    assert "Eindigt vrijdag 12 november 2021 om 17.00" in text


def test_cancelled_event_says_so_in_its_pdf(client, agendas):
    event = make_event(agendas[0], "Afgelaste bijeenkomst", at(2022, 4, 7, 13), cancelled=True)
    assert "Deze bijeenkomst gaat niet door." in pdf_text(client.get(event.pdf_url))


def test_pdf_is_rendered_once_per_published_revision(client, meeting, monkeypatch):
    renderings = []
    real = rendering.render_pdf
    monkeypatch.setattr(
        rendering, "render_pdf", lambda html, base_url: renderings.append(1) or real(html, base_url)
    )
    event, _ = meeting
    first = client.get(event.pdf_url).content
    assert client.get(event.pdf_url).content == first
    assert len(renderings) == 1
    event.location = "Stadhuis, Utrecht"
    event.save_revision().publish()
    assert "Locatie Stadhuis, Utrecht" in pdf_text(client.get(event.pdf_url))
    assert len(renderings) == 2


def test_draft_event_has_no_pdf_and_no_link(client, agendas, admin_client):
    draft = make_event(agendas[0], "Nog geheim", at(2030, 1, 1, 10), live=False)
    assert client.get(draft.pdf_url).status_code == 404
    preview = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/").content.decode()
    assert "Nog geheim" in preview and "Download als PDF" not in preview


def test_unpublished_translation_has_no_pdf_while_the_dutch_one_has(client, meeting):
    dutch, english = meeting
    english.unpublish()
    assert client.get(english.pdf_url).status_code == 404
    assert client.get(dutch.pdf_url).status_code == 200


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_event_in_a_private_agenda_has_no_pdf_in_any_language(client, meeting, agendas, kind):
    dutch, english = meeting
    PageViewRestriction.objects.create(page=agendas[0], restriction_type=kind, password="x")
    assert client.get(dutch.pdf_url).status_code == 404
    assert client.get(english.pdf_url).status_code == 404
