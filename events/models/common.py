"""What the agenda's lists, its feed and each event's calendar file share: which events are
to come and which took place, and how a calendar file is served."""

from django.db.models import Q
from django.db.models.functions import Now
from django.http import HttpResponse
from django.utils import timezone

PAST_PER_PAGE = 12
# The calendar files' sub-address, of the agenda (its feed) and of each event.
CALENDAR_PATH = "ics"
# A calendar feed lists at most this many events to come.
FEED_LIMIT = 200
UPCOMING_ORDER = ["start", "pk"]
PAST_ORDER = ["-start", "-pk"]
SCHEMA = "https://schema.org/"
ORGANISER = "Radicale vernieuwing"
# An event that has not ended, by the database's own clock: for conditions fixed in advance
# (a class attribute), which Python's clock would freeze at start-up.
COMING = Q(end__gt=Now())


def upcoming(events, now=None):
    """The events of `events` that have not ended yet, soonest first."""
    return events.filter(end__gt=now or timezone.now()).order_by(*UPCOMING_ORDER)


def past(events, now=None):
    """The events of `events` that have ended, most recent first."""
    return events.filter(end__lte=now or timezone.now()).order_by(*PAST_ORDER)


def calendar_response(text, filename):
    response = HttpResponse(text, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
