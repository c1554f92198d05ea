"""Reading an iCalendar text back, as a calendar program would (RFC 5545): lines unfolded,
properties split from their parameters, TEXT values unescaped."""

import datetime
import re

ESCAPE = re.compile(r"\\([\\;,nN])")


def unfold(text):
    """The logical lines of `text`; every physical line must end in CRLF and be at most 75
    octets, and a continuation starts with one space or tab."""
    assert text.endswith("\r\n"), "lines end in CRLF"
    physical = text[:-2].split("\r\n")
    for line in physical:
        assert "\n" not in line and "\r" not in line, line
        assert len(line.encode()) <= 75, f"longer than 75 octets: {line!r}"
    lines = []
    for line in physical:
        if line[:1] in (" ", "\t"):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def unescape(value):
    return ESCAPE.sub(lambda match: "\n" if match.group(1) in "nN" else match.group(1), value)


def parse(text):
    """[{property: value}] of the VEVENTs of `text`, and the calendar's own properties."""
    calendar, events, current = {}, [], None
    for line in unfold(text):
        name, _, value = line.partition(":")
        name = name.split(";", 1)[0]
        if (name, value) == ("BEGIN", "VEVENT"):
            current = {}
        elif (name, value) == ("END", "VEVENT"):
            events.append(current)
            current = None
        elif name in ("BEGIN", "END"):
            continue
        elif current is not None:
            current[name] = value if name == "URL" else unescape(value)
        else:
            calendar[name] = unescape(value)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    return calendar, events


def utc(value):
    """A DATE-TIME value written in UTC (…Z) as an aware datetime."""
    assert value.endswith("Z"), value
    return datetime.datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.UTC)
