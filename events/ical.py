"""A small iCalendar (RFC 5545) writer: one event as a .ics file, or a calendar of events.

Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character), text values
escape backslashes, semicolons, commas and newlines, and every time is written in UTC with
"Z", so no VTIMEZONE is needed. An event's UID is its translation key with its language:
the same for the page whatever its title, address or date becomes, so a calendar that
subscribed updates the event instead of adding a second one.
"""

import datetime
import re

CRLF = "\r\n"
LINE_OCTETS = 75
UID_DOMAIN = "radicalevernieuwing.nl"
PRODUCT_ID = "-//Radicale vernieuwing//Agenda//NL"
# Control characters that TEXT may not hold (RFC 5545 3.3.11): all but tab and newlines.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def escape_text(value):
    """A TEXT value: backslash, semicolon and comma escaped, newlines as \\n."""
    value = CONTROL_CHARACTERS.sub("", str(value))
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line):
    """`line` cut into lines of at most 75 octets, each continuation starting with a space."""
    parts = []
    current, size, limit = [], 0, LINE_OCTETS
    for character in line:
        octets = len(character.encode())
        if size + octets > limit:
            parts.append("".join(current))
            # The leading space of a continuation line counts towards its 75 octets.
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(character)
        size += octets
    parts.append("".join(current))
    return CRLF.join([parts[0], *(" " + part for part in parts[1:])])


def utc(moment):
    """A DATE-TIME in UTC: 20220407T110000Z."""
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(page):
    return f"{page.translation_key}-{page.locale.language_code}@{UID_DOMAIN}"


def event_lines(event):
    """The VEVENT of `event`, a dict: uid, start, end, stamp, title, description,
    location, url, cancelled."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event['uid'])}",
        f"DTSTAMP:{utc(event['stamp'])}",
        f"DTSTART:{utc(event['start'])}",
        f"DTEND:{utc(event['end'])}",
        f"SUMMARY:{escape_text(event['title'])}",
    ]
    if event.get("description"):
        lines.append(f"DESCRIPTION:{escape_text(event['description'])}")
    if event.get("location"):
        lines.append(f"LOCATION:{escape_text(event['location'])}")
    if event.get("url"):
        lines.append(f"URL:{event['url']}")
    lines.append("STATUS:CANCELLED" if event.get("cancelled") else "STATUS:CONFIRMED")
    lines.append(f"LAST-MODIFIED:{utc(event['stamp'])}")
    lines.append("END:VEVENT")
    return lines


def calendar(events, name=None):
    """The iCalendar text of `events` (dicts, see `event_lines`)."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        # Read by Apple Calendar, Google Calendar and Outlook as the subscribed calendar's name.
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for event in events:
        lines.extend(event_lines(event))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
