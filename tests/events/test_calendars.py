"""The iCalendar file of each event and the feed of events to come per language, read back
as a calendar program reads them; and what the public may not see stays out of both, and
out of every list that shows events."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.conftest import SHARED_SITE
from tests.events.conftest import main_of
from tests.events.factories import at, days_from_now, make_event, translate_event
from tests.events.ics import parse, utc

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]


def calendar_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, parse(response.content.decode())


def test_an_events_calendar_file_reads_back_with_its_times_place_and_address(client, agendas):
    agenda, _ = agendas
    start = days_from_now(20).replace(microsecond=0)
    event = make_event(
        agenda,
        "Leren; verantwoorden, samen",
        start,
        start + datetime.timedelta(hours=4),
        location="Bar Beton, Utrecht",
        lead="Een middag over leren en verantwoorden. " * 6,
        registration_url="https://example.org/aanmelden?wie=iedereen,ook",
    )

    response, (_calendar, events) = calendar_of(client, f"{event.url}ics/")

    assert response["Content-Disposition"] == 'attachment; filename="leren-verantwoorden-samen.ics"'
    (found,) = events
    assert found["SUMMARY"] == "Leren; verantwoorden, samen"
    assert found["LOCATION"] == "Bar Beton, Utrecht"
    assert utc(found["DTSTART"]) == start
    assert utc(found["DTEND"]) == start + datetime.timedelta(hours=4)
    assert found["URL"] == f"http://localhost{event.url}"
    assert found["STATUS"] == "CONFIRMED"
    assert event.lead.strip() in found["DESCRIPTION"]
    assert "Aanmelden: https://example.org/aanmelden?wie=iedereen,ook" in found["DESCRIPTION"]
    assert found["UID"].endswith("-nl@radicalevernieuwing.nl")
    # The event page links its calendar file.
    assert f'href="{event.url}ics/"' in client.get(event.url).content.decode()


def test_times_are_utc_and_a_summer_meeting_starts_at_its_hour_in_amsterdam(client, agendas):
    agenda, _ = agendas
    meeting = make_event(agenda, "Halfjaarlijks", at(2022, 4, 7, 13), at(2022, 4, 7, 17))
    _, (_, (found,)) = calendar_of(client, f"{meeting.url}ics/")
    assert (found["DTSTART"], found["DTEND"]) == ("20220407T110000Z", "20220407T150000Z")


def test_the_uid_stays_when_title_address_and_time_change_and_differs_per_language(
    client, agendas, locales
):
    agenda, _ = agendas
    event = make_event(agenda, "Eerste titel", days_from_now(8))
    english = translate_event(event, locales[1], "First title", "first-title")
    _, (_, (before,)) = calendar_of(client, f"{event.url}ics/")

    event.title, event.slug = "Nieuwe titel", "nieuwe-titel"
    event.start, event.end = days_from_now(9), days_from_now(9, hours=3)
    event.save_revision().publish()
    event.refresh_from_db()
    _, (_, (after,)) = calendar_of(client, f"{event.url}ics/")
    _, (_, (in_english,)) = calendar_of(client, f"{english.url}ics/")

    assert after["UID"] == before["UID"] and after["SUMMARY"] == "Nieuwe titel"
    assert in_english["UID"] != before["UID"] and in_english["SUMMARY"] == "First title"


def test_the_feed_lists_the_events_to_come_of_its_language_soonest_first(client, agendas, locales):
    agenda, english_agenda = agendas
    later = make_event(agenda, "Later", days_from_now(40))
    sooner = make_event(agenda, "Eerder", days_from_now(4), days_from_now(6))
    make_event(agenda, "Geweest", days_from_now(-4))
    translate_event(later, locales[1], "Later on", "later-on")
    translate_event(sooner, locales[1], "Sooner", "sooner")

    _, (calendar, events) = calendar_of(client, "/agenda/ics/")
    assert [event["SUMMARY"] for event in events] == ["Eerder", "Later"]
    assert calendar["X-WR-CALNAME"] == "Radicale vernieuwing · Agenda"

    _, (english_calendar, english_events) = calendar_of(client, "/en/events/ics/")
    assert [event["SUMMARY"] for event in english_events] == ["Sooner", "Later on"]
    assert english_calendar["X-WR-CALNAME"] == "Radicale vernieuwing · Events"
    assert all("/en/events/" in event["URL"] for event in english_events)

    html = client.get("/agenda/").content.decode()
    assert '<link rel="alternate" type="text/calendar"' in html and 'href="/agenda/ics/"' in html


def hide(event, case):
    """Hide a published `event` the way `case` says."""
    if case == "password":
        PageViewRestriction.objects.create(page=event, restriction_type="password", password="x")
    elif case == "login":
        PageViewRestriction.objects.create(page=event, restriction_type="login")
    elif case == "expired":
        event.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        event.save(update_fields=["expire_at"])
    elif case == "unpublished":
        event.unpublish()


@pytest.mark.parametrize("case", ["draft", "unpublished", "password", "login", "expired"])
def test_a_hidden_event_is_never_listed_nor_in_a_calendar(
    client, agendas, locales, bilingual, case
):
    agenda, _ = agendas
    theme = bilingual[0]["theme"]
    make_event(agenda, "Openbaar", days_from_now(5), themes=[theme])
    secret = make_event(
        agenda, "Kwartelkoning", days_from_now(3), themes=[theme], live=case != "draft"
    )
    if case != "draft":
        english = translate_event(secret, locales[1], "Corncrake", "corncrake")
        hide(secret, case)
        if case in ("unpublished", "expired"):
            hide(english, case)  # per page; restrictions hold in every language by themselves

    for url in ("/agenda/", "/agenda/ics/", "/", theme.url, "/en/events/", "/en/events/ics/"):
        body = client.get(url).content.decode()
        assert "Kwartelkoning" not in body and "Corncrake" not in body, (case, url)
    assert "Openbaar" in client.get("/agenda/ics/").content.decode()
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    assert "kwartelkoning" not in sitemap and "corncrake" not in sitemap

    answer = client.get(f"{secret.url}ics/")
    assert answer.get("Content-Type", "").split(";")[0] != "text/calendar"
    assert "Kwartelkoning" not in answer.content.decode()


def test_a_restricted_dutch_event_is_hidden_in_english_too(client, agendas, locales):
    agenda, _ = agendas
    secret = make_event(agenda, "Kwartelkoning", days_from_now(3))
    english = translate_event(secret, locales[1], "Corncrake", "corncrake")
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")
    assert "Corncrake" not in client.get("/en/events/ics/").content.decode()
    assert "Corncrake" not in main_of(client.get("/en/events/").content.decode())
    answer = client.get(f"{english.url}ics/")
    assert answer.get("Content-Type", "").split(";")[0] != "text/calendar"


def test_a_drafts_preview_offers_no_calendar_file_that_would_not_be_found(
    client, agendas, admin_client
):
    draft = make_event(agendas[0], "Nog geheim", at(2030, 1, 1, 10), live=False)
    assert client.get(draft.calendar_url).status_code == 404
    preview = admin_client.get(f"/admin/pages/{draft.pk}/view_draft/").content.decode()
    assert "Nog geheim" in preview and "Zet in je agenda (.ics)" not in preview
    published = make_event(agendas[0], "Open bijeenkomst", at(2030, 1, 2, 10))
    assert "Zet in je agenda (.ics)" in client.get(published.url).content.decode()
