"""Events: the agenda of the movement's meetings, each with its start and end, a place or an
online link, a registration link (or "registration closed"), themes and a body.

The agenda lists the events still to come (soonest first) above those that took place (most
recent first, paginated); each event offers an iCalendar file, and the agenda a calendar feed
of the events to come in its language. An event is upcoming until its end has passed, so a
week-long event stays on the agenda during its week.

The agenda page is in index.py, an event's page in pages.py, what both use in common.py;
all of them are importable from here, as when `events.models` was one module.
"""

from events.models.common import (
    CALENDAR_PATH,
    COMING,
    FEED_LIMIT,
    ORGANISER,
    PAST_ORDER,
    PAST_PER_PAGE,
    SCHEMA,
    UPCOMING_ORDER,
    calendar_response,
    past,
    upcoming,
)
from events.models.index import EventIndexPage
from events.models.pages import EventPage, EventPageForm, EventPageTheme

__all__ = [
    "CALENDAR_PATH",
    "COMING",
    "FEED_LIMIT",
    "ORGANISER",
    "PAST_ORDER",
    "PAST_PER_PAGE",
    "SCHEMA",
    "UPCOMING_ORDER",
    "EventIndexPage",
    "EventPage",
    "EventPageForm",
    "EventPageTheme",
    "calendar_response",
    "past",
    "upcoming",
]
