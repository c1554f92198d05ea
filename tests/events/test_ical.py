"""The iCalendar writer on its own (events/ical.py): escaping, folding at 75 octets without
cutting a character in two, UTC times, and a calendar that reads back as it was written."""

import datetime

import pytest

from events import ical
from tests.events.ics import parse, unescape, unfold, utc

AMSTERDAM = datetime.timezone(datetime.timedelta(hours=2))


def test_text_escapes_backslashes_semicolons_commas_and_newlines():
    text = "Zorg, welzijn; wonen\\samen\nen verder\r\nklaar"
    escaped = ical.escape_text(text)
    assert escaped == "Zorg\\, welzijn\\; wonen\\\\samen\\nen verder\\nklaar"
    assert unescape(escaped) == "Zorg, welzijn; wonen\\samen\nen verder\nklaar"


def test_control_characters_are_left_out_of_text():
    assert ical.escape_text("a\x00b\x07c\td") == "abc\td"


@pytest.mark.parametrize("character", ["a", "é", "€", "😀"])
def test_long_lines_fold_at_75_octets_and_unfold_to_the_same(character):
    line = "DESCRIPTION:" + character * 200
    folded = ical.fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode()) <= 75
        part.encode().decode()  # no character cut in two
    assert unfold(folded + "\r\n") == [line]


def test_a_short_line_is_not_folded():
    assert ical.fold("SUMMARY:Agenda") == "SUMMARY:Agenda"


def test_times_are_written_in_utc():
    moment = datetime.datetime(2022, 4, 7, 13, 0, tzinfo=AMSTERDAM)
    assert ical.utc(moment) == "20220407T110000Z"


def test_a_calendar_reads_back_as_it_was_written():
    start = datetime.datetime(2022, 4, 7, 13, 0, tzinfo=AMSTERDAM)
    event = {
        "uid": "abc-nl@radicalevernieuwing.nl",
        "start": start,
        "end": start + datetime.timedelta(hours=4),
        "stamp": start - datetime.timedelta(days=30),
        "title": "Halfjaarlijkse bijeenkomst; deel 1, middag",
        "description": "Eerste regel.\n\nTweede regel, met een komma. " + "Lang " * 40,
        "location": "Bar Beton, Utrecht",
        "url": "https://example.org/agenda/x/?a=1,2",
    }
    text = ical.calendar([event, {**event, "uid": "def", "cancelled": True}], name="Agenda, RV")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    calendar, events = parse(text)
    assert calendar["X-WR-CALNAME"] == "Agenda, RV" and calendar["METHOD"] == "PUBLISH"
    first, second = events
    assert first["SUMMARY"] == event["title"]
    assert first["DESCRIPTION"] == event["description"]
    assert first["LOCATION"] == "Bar Beton, Utrecht"
    assert first["URL"] == event["url"]
    assert utc(first["DTSTART"]) == start and utc(first["DTEND"]) == event["end"]
    assert utc(first["DTSTAMP"]) == event["stamp"]
    assert (first["STATUS"], second["STATUS"]) == ("CONFIRMED", "CANCELLED")
    assert first["UID"] == "abc-nl@radicalevernieuwing.nl"
