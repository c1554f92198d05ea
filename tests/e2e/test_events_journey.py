"""A visitor finds an event on the agenda and registers, in Chromium, in both languages: the
agenda lists it, its page gives the date, time and place, and the registration link leads to
the organiser's registration page; an event whose registration closed says so and offers no
link."""

import datetime
import re

import pytest

from tests.events.factories import make_agenda, make_event, translate_agenda, translate_event
from tests.factories import make_image

pytestmark = pytest.mark.browser

REGISTRATION = "https://aanmelden.example.org/radicale-vernieuwing/voorjaar"


def next_thursday_at(hour):
    """A Thursday at least a week from now, at `hour` in Amsterdam."""
    from django.utils import timezone

    day = timezone.localdate() + datetime.timedelta(days=7)
    day += datetime.timedelta(days=(3 - day.weekday()) % 7)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


@pytest.fixture
def events(home_pages, locales):
    dutch_home, _ = home_pages
    agenda = make_agenda(dutch_home)
    translate_agenda(agenda, locales[1])
    start = next_thursday_at(13)
    meeting = make_event(
        agenda,
        "Halfjaarlijkse bijeenkomst",
        start,
        start + datetime.timedelta(hours=4),
        location="Bar Beton, Utrecht",
        lead="Bestuurders en coördinatoren komen bij elkaar.",
        registration_url=REGISTRATION,
        image=make_image("Bijeenkomst"),
    )
    full = make_event(
        agenda,
        "Leernetwerk toezicht",
        start + datetime.timedelta(days=14),
        location="Amersfoort",
        registration_url="https://aanmelden.example.org/vol",
        registration_closed=True,
    )
    english = {
        "meeting": translate_event(
            meeting,
            locales[1],
            "Half-yearly meeting",
            "half-yearly-meeting",
            **{
                "Bestuurders en coördinatoren komen bij elkaar.": "Directors and coordinators meet."
            },
        ),
        "full": translate_event(full, locales[1], "Learning network", "learning-network"),
    }
    return {"meeting": meeting, "full": full, "start": start}, english


def registration_page(page):
    """The organiser's registration page, answered here instead of on the internet."""
    page.route(
        re.compile(r"https://aanmelden\.example\.org/.*"),
        lambda route: route.fulfill(
            status=200,
            content_type="text/html",
            body="<!DOCTYPE html><title>Aanmelden</title><h1>Aanmeldformulier</h1>",
        ),
    )


def test_a_visitor_registers_for_an_event_from_the_agenda(page, events):
    dutch, _ = events
    registration_page(page)

    page.goto("/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Agenda").click()
    page.wait_for_url("**/agenda/")
    upcoming = page.locator("section.events-upcoming")
    assert upcoming.get_by_role("heading", name="Komende bijeenkomsten").is_visible()
    assert upcoming.locator("h3").all_inner_texts() == [
        "Halfjaarlijkse bijeenkomst",
        "Leernetwerk toezicht",
    ]

    upcoming.get_by_role("link", name="Halfjaarlijkse bijeenkomst").click()
    page.wait_for_url("**/agenda/halfjaarlijkse-bijeenkomst/")
    assert page.locator("h1").inner_text() == "Halfjaarlijkse bijeenkomst"
    details = page.locator("dl.event-details").inner_text()
    start = dutch["start"]
    assert f"donderdag {start.day} " in details and str(start.year) in details
    assert "13.00–17.00 uur" in details
    assert "Bar Beton, Utrecht" in details

    register = page.get_by_role("link", name=re.compile("^Aanmelden"))
    assert register.get_attribute("href") == REGISTRATION
    register.click()
    page.wait_for_url(REGISTRATION)
    assert page.locator("h1").inner_text() == "Aanmeldformulier"


def test_an_event_whose_registration_closed_says_so_and_offers_no_link(page, events):
    page.goto("/agenda/")
    page.get_by_role("link", name="Leernetwerk toezicht").click()
    page.wait_for_url("**/agenda/leernetwerk-toezicht/")
    assert page.get_by_text("Aanmelden gesloten").is_visible()
    assert page.get_by_role("link", name=re.compile("^Aanmelden")).count() == 0
    assert page.locator('a[href^="https://aanmelden.example.org"]').count() == 0


def test_an_english_visitor_registers_and_sees_a_closed_one(page, events):
    registration_page(page)
    page.goto("/en/")
    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Events"
    ).click()
    page.wait_for_url("**/en/events/")
    page.get_by_role("link", name="Half-yearly meeting").click()
    page.wait_for_url("**/en/events/half-yearly-meeting/")
    details = page.locator("dl.event-details").inner_text()
    assert "Thursday" in details and "13:00–17:00" in details and "Bar Beton, Utrecht" in details
    page.get_by_role("link", name=re.compile("^Register")).click()
    page.wait_for_url(REGISTRATION)

    page.goto("/en/events/learning-network/")
    assert page.get_by_text("Registration closed").is_visible()
    assert page.get_by_role("link", name=re.compile("^Register")).count() == 0
