"""JSON-LD `Event` in the page's head: dates with their offset, a Place or a VirtualLocation
(or both) with the matching attendance mode, the event's status, its address, description
and organiser, in both languages; escaped so that no text can end the script element."""

import json
import re

import pytest

from tests.conftest import SHARED_SITE
from tests.events.factories import days_from_now, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]


def json_ld(client, url):
    html = client.get(url).content.decode()
    (script,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(script)


def test_an_event_on_location(client, utrecht_meeting):
    meeting, english = utrecht_meeting

    data = json_ld(client, meeting.url)
    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "Halfjaarlijkse bijeenkomst"
    assert data["startDate"] == "2022-04-07T13:00:00+02:00"
    assert data["endDate"] == "2022-04-07T17:00:00+02:00"
    assert data["location"] == {
        "@type": "Place",
        "name": "Bar Beton, Utrecht",
        "address": "Bar Beton, Utrecht",
    }
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["url"] == f"http://localhost{meeting.url}"
    assert data["description"] == "Bestuurders en coördinatoren komen bij elkaar."
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Radicale vernieuwing",
        "url": "http://localhost/",
    }
    assert data["inLanguage"] == "nl"

    english_data = json_ld(client, english.url)
    assert english_data["name"] == "Half-yearly meeting"
    assert english_data["description"] == "Directors and coordinators meet."
    assert english_data["url"] == "http://localhost/en/events/half-yearly-meeting/"
    assert english_data["organizer"]["url"] == "http://localhost/en/"
    assert english_data["inLanguage"] == "en"
    assert english_data["startDate"] == data["startDate"]


def test_an_online_event_and_one_both_online_and_on_location(client, agendas):
    agenda, _ = agendas
    online = make_event(
        agenda, "Webinar", days_from_now(3), location="", online_url="https://example.org/live"
    )
    mixed = make_event(
        agenda,
        "Week",
        days_from_now(4),
        location="Utrecht",
        online_url="https://example.org/stream",
    )

    data = json_ld(client, online.url)
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://example.org/live"}
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"

    data = json_ld(client, mixed.url)
    assert data["location"] == [
        {"@type": "Place", "name": "Utrecht", "address": "Utrecht"},
        {"@type": "VirtualLocation", "url": "https://example.org/stream"},
    ]
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"


def test_a_cancelled_event_says_so(client, agendas):
    agenda, _ = agendas
    event = make_event(agenda, "Afgelast", days_from_now(6), cancelled=True)
    assert json_ld(client, event.url)["eventStatus"] == "https://schema.org/EventCancelled"


def test_text_cannot_close_the_script_element(client, agendas):
    agenda, _ = agendas
    event = make_event(
        agenda, "Gevaar </script><script>alert(1)</script>", days_from_now(6), location="<b>x"
    )
    html = client.get(event.url).content.decode()
    head = html.split("</head>", 1)[0]
    assert "<script>alert(1)" not in head
    assert json_ld(client, event.url)["name"] == "Gevaar </script><script>alert(1)</script>"
