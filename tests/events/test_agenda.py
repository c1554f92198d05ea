"""The agenda in both languages: events to come soonest first, past events most recent first
and paginated, the theme filter, the home page's and theme pages' events to come, and an
event's page with its date, time, place and registration."""

import re

import pytest
from django.utils.translation import override

from tests.conftest import SHARED_SITE
from tests.events.conftest import main_of, section_titles
from tests.events.factories import at, days_from_now, make_event, translate_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]


def test_events_to_come_soonest_first_then_past_events_most_recent_first(client, agendas):
    agenda, _ = agendas
    make_event(agenda, "Lang geleden", days_from_now(-400))
    make_event(agenda, "Vorige week", days_from_now(-7))
    make_event(agenda, "Volgende maand", days_from_now(30))
    make_event(agenda, "Overmorgen", days_from_now(2))
    # Started yesterday, ends tomorrow: still on the agenda while it is going on.
    make_event(agenda, "Deze week", days_from_now(-1), days_from_now(1))

    html = client.get("/agenda/").content.decode()

    assert section_titles(html, "upcoming-heading") == ["Deze week", "Overmorgen", "Volgende maand"]
    assert section_titles(html, "past-heading") == ["Vorige week", "Lang geleden"]
    assert html.index("Komende bijeenkomsten") < html.index("Eerdere bijeenkomsten")


def test_past_events_come_12_a_page_with_the_events_to_come_above_the_first(client, agendas):
    agenda, _ = agendas
    for number in range(14):
        make_event(agenda, f"Verleden {number:02d}", days_from_now(-10 - number))
    make_event(agenda, "Straks", days_from_now(3))

    first = client.get("/agenda/").content.decode()
    assert section_titles(first, "upcoming-heading") == ["Straks"]
    assert section_titles(first, "past-heading") == [f"Verleden {n:02d}" for n in range(12)]
    assert 'rel="next" href="?page=2"' in first and "Pagina 1 van 2" in first

    second = client.get("/agenda/?page=2").content.decode()
    assert section_titles(second, "past-heading") == ["Verleden 12", "Verleden 13"]
    assert 'id="upcoming-heading"' not in second
    # A page number out of range or not a number gives the last or first page, not an error.
    assert "Verleden 13" in client.get("/agenda/?page=99").content.decode()
    assert "Verleden 00" in client.get("/agenda/?page=x").content.decode()


def test_an_empty_agenda_says_nothing_is_planned(client, agendas):
    html = client.get("/agenda/").content.decode()
    assert "Er staan op dit moment geen bijeenkomsten gepland." in html
    assert 'id="past-heading"' not in html
    english = client.get("/en/events/").content.decode()
    assert "No events are planned at the moment." in english


def test_the_theme_filter_narrows_both_lists_in_both_languages(client, agendas, bilingual, locales):
    agenda, _ = agendas
    theme = bilingual[0]["theme"]
    coming = make_event(agenda, "Gemeenschappen samen", days_from_now(5), themes=[theme])
    make_event(agenda, "Over iets anders", days_from_now(6))
    make_event(agenda, "Gemeenschappen toen", days_from_now(-50), themes=[theme])
    translate_event(coming, locales[1], "Communities together", "communities-together")

    html = client.get("/agenda/?theme=zorgzame-gemeenschappen").content.decode()
    assert section_titles(html, "upcoming-heading") == ["Gemeenschappen samen"]
    assert section_titles(html, "past-heading") == ["Gemeenschappen toen"]
    assert '<option value="zorgzame-gemeenschappen" selected>' in html

    english = client.get("/en/events/?theme=caring-communities").content.decode()
    assert section_titles(english, "upcoming-heading") == ["Communities together"]
    # An unknown theme shows everything rather than an error.
    everything = client.get("/agenda/?theme=bestaat-niet").content.decode()
    assert len(section_titles(everything, "upcoming-heading")) == 2


def test_an_event_page_shows_its_date_time_and_place_in_dutch_and_english(client, agendas, locales):
    agenda, _ = agendas
    meeting = make_event(
        agenda,
        "Halfjaarlijkse bijeenkomst",
        at(2022, 4, 7, 13),
        at(2022, 4, 7, 17),
        location="Bar Beton, Utrecht",
    )
    english = translate_event(
        meeting,
        locales[1],
        "Half-yearly meeting",
        "half-yearly-meeting",
        **{"Bar Beton, Utrecht": "Bar Beton, Utrecht"},
    )

    html = main_of(client.get(meeting.url).content.decode())
    assert "<h1>Halfjaarlijkse bijeenkomst</h1>" in html
    assert '<time datetime="2022-04-07T13:00:00+02:00">donderdag 7 april 2022</time>' in html
    assert "13.00–17.00 uur" in html
    assert "Bar Beton, Utrecht" in html
    assert "Deze bijeenkomst heeft plaatsgevonden." in html

    english_html = main_of(client.get(english.url).content.decode())
    assert english.url == "/en/events/half-yearly-meeting/"
    assert "Thursday 7 April 2022" in english_html and "13:00–17:00" in english_html
    assert "This event has taken place." in english_html


def test_an_event_of_several_days_gives_its_first_and_last_day_with_their_times(client, agendas):
    agenda, _ = agendas
    week = make_event(
        agenda, "Week van de Radicale vernieuwing", at(2021, 11, 8, 9), at(2021, 11, 12, 22)
    )
    html = main_of(client.get(week.url).content.decode())
    assert "maandag 8 november 2021 om 09.00 uur" in html
    assert "vrijdag 12 november 2021 om 22.00 uur" in html
    with override("nl"):
        assert week.when == "8–12 november 2021"
    with override("en"):
        assert week.when == "8–12 November 2021"
    across = make_event(agenda, "Jaarwisseling", at(2026, 12, 30, 10), at(2027, 1, 2, 16))
    with override("nl"):
        assert across.when == "30 december 2026 – 2 januari 2027"


def test_registration_link_closed_past_and_cancelled(client, agendas):
    agenda, _ = agendas
    open_event = make_event(
        agenda, "Met aanmelding", days_from_now(9), registration_url="https://example.org/aanmelden"
    )
    closed = make_event(
        agenda,
        "Vol",
        days_from_now(10),
        registration_url="https://example.org/vol",
        registration_closed=True,
    )
    over = make_event(
        agenda, "Voorbij", days_from_now(-9), registration_url="https://example.org/oud"
    )
    cancelled = make_event(
        agenda, "Gaat niet door", days_from_now(11), registration_url="https://example.org/x"
    )
    cancelled.cancelled = True
    cancelled.save_revision().publish()

    html = main_of(client.get(open_event.url).content.decode())
    assert re.search(
        r'<a class="button event-register" href="https://example.org/aanmelden">Aanmelden', html
    )

    html = main_of(client.get(closed.url).content.decode())
    assert "Aanmelden gesloten" in html and "https://example.org/vol" not in html

    html = main_of(client.get(over.url).content.decode())
    assert "heeft plaatsgevonden" in html and "https://example.org/oud" not in html

    html = main_of(client.get(cancelled.url).content.decode())
    assert "Deze bijeenkomst gaat niet door." in html and "https://example.org/x" not in html
    listing = client.get("/agenda/").content.decode()
    assert re.search(r"event-when.*?Gaat niet door</strong>", listing, re.S)


def test_an_unsafe_registration_link_is_never_shown(client, agendas):
    agenda, _ = agendas
    event = make_event(agenda, "Veilig", days_from_now(4))
    # Past the form's check (a script, a translation override): still not rendered.
    type(event).objects.filter(pk=event.pk).update(registration_url="javascript:alert(1)")
    html = client.get(event.url).content.decode()
    assert "javascript:" not in html and "event-register" not in html


def test_the_home_page_shows_the_three_soonest_events_to_come(client, agendas, locales):
    agenda, _ = agendas
    make_event(agenda, "Gisteren", days_from_now(-1))
    for days in (40, 10, 20, 30):
        event = make_event(agenda, f"Over {days} dagen", days_from_now(days))
        translate_event(event, locales[1], f"In {days} days", f"in-{days}-days")

    html = client.get("/").content.decode()
    assert section_titles(html, "events-heading") == [
        "Over 10 dagen",
        "Over 20 dagen",
        "Over 30 dagen",
    ]
    assert '<a href="/agenda/">De hele agenda' in html
    english = client.get("/en/").content.decode()
    assert section_titles(english, "events-heading") == ["In 10 days", "In 20 days", "In 30 days"]
    assert '<a href="/en/events/">All events' in english


def test_the_home_page_has_no_events_section_without_events_to_come(client, agendas):
    agenda, _ = agendas
    make_event(agenda, "Voorbij", days_from_now(-3))
    assert 'id="events-heading"' not in client.get("/").content.decode()


def test_a_theme_page_lists_its_events_to_come_not_its_past_ones(
    client, agendas, bilingual, locales, sections
):
    agenda, _ = agendas
    dutch, english = bilingual
    theme = dutch["theme"]
    coming = make_event(agenda, "Samen in de wijk", days_from_now(12), themes=[theme])
    translate_event(coming, locales[1], "Together in the neighbourhood", "together")
    make_event(agenda, "Wijkavond van toen", days_from_now(-12), themes=[theme])
    make_event(agenda, "Ander onderwerp", days_from_now(5))

    html = client.get(theme.url).content.decode()
    titles = re.findall(r'<h3><a href="/agenda/[^"]+">([^<]+)</a></h3>', html)
    assert titles == ["Samen in de wijk"]
    assert '<a href="/agenda/?theme=zorgzame-gemeenschappen">' in html

    english_html = client.get(english["theme"].url).content.decode()
    assert re.findall(r'<h3><a href="/en/events/[^"]+">([^<]+)</a></h3>', english_html) == [
        "Together in the neighbourhood"
    ]

    # A theme whose events are all past shows no events section at all.
    from tests.factories import make_theme

    other = make_theme(sections["themes"], "Zinvolle daginvulling")
    make_event(agenda, "Oude dag", days_from_now(-30), themes=[other])
    html = client.get(other.url).content.decode()
    assert "Oude dag" not in html and "Komende bijeenkomsten" not in html


def test_the_menu_can_link_the_agenda_in_both_languages(client, agendas):
    for url, link in (("/", "/agenda/"), ("/en/", "/en/events/")):
        html = client.get(url).content.decode()
        menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
        assert f'href="{link}"' in menu


def test_an_events_themes_are_named_once_under_their_heading(client, agendas, bilingual):
    theme = bilingual[0]["theme"]
    event = make_event(agendas[0], "Themamiddag", at(2030, 3, 1, 13), themes=[theme])
    html = client.get(event.url).content.decode()
    (aside,) = re.findall(r'<aside class="taxonomy".*?</aside>', html, re.S)
    assert ">Thema's</h2>" in aside and "Thema's:" not in aside
    assert f">{theme.title}</a>" in aside
