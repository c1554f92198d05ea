"""A theme page's events: the query itself keeps to the events to come, the four soonest
first, so past events neither show nor take the place of events to come."""

import re

import pytest

from events.models import EventPage
from tests.conftest import SHARED_SITE
from tests.events.factories import days_from_now, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]


def event_titles(html):
    return re.findall(r'<h3><a href="/agenda/[^"]+">([^<]+)</a></h3>', html)


def test_the_four_soonest_events_to_come_soonest_first_and_no_past_one(client, agendas, bilingual):
    agenda, _ = agendas
    theme = bilingual[0]["theme"]
    for days in (-1, -2, -40):
        make_event(agenda, f"Voorbij {-days}", days_from_now(days), themes=[theme])
    for days in (30, 3, 9, 60, 1):
        make_event(agenda, f"Over {days} dagen", days_from_now(days), themes=[theme])

    section = theme.specific.tagged_sections(None)
    events = next(each for each in section if each["model"] is EventPage)["items"]
    assert [event.title for event in events] == [
        "Over 1 dagen",
        "Over 3 dagen",
        "Over 9 dagen",
        "Over 30 dagen",
    ]
    html = client.get(theme.url).content.decode()
    assert event_titles(html) == [event.title for event in events]
    assert "Voorbij" not in html


def test_an_event_that_ended_since_the_list_was_kept_is_not_shown(
    client, agendas, bilingual, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the theme page's list, not the whole page kept
    agenda, _ = agendas
    theme = bilingual[0]["theme"]
    ending = make_event(
        agenda, "Loopt nu af", days_from_now(-1), days_from_now(0, 1), themes=[theme]
    )
    make_event(agenda, "Volgende week", days_from_now(7), themes=[theme])
    assert event_titles(client.get(theme.url).content.decode()) == ["Loopt nu af", "Volgende week"]
    # It ends: nothing is published, so the kept ids stay; the query asks the clock again.
    EventPage.objects.filter(pk=ending.pk).update(end=days_from_now(0, -1))
    assert event_titles(client.get(theme.url).content.decode()) == ["Volgende week"]
