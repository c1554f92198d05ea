"""How an event's date and time read, in the active language: "7 april 2022, 13.00–17.00
uur" in Dutch, "7 April 2022, 13:00–17:00" in English; a week-long event as "8–12 november
2021". Times are shown in the site's time zone (Europe/Amsterdam)."""

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext, pgettext

DATE = "j F Y"
DAY_AND_DATE = "l j F Y"


def local(moment):
    return timezone.localtime(moment)


def time_text(moment):
    """13.00 in Dutch, 13:00 in English."""
    return date_format(local(moment), pgettext("time of an event", "H:i"))


def same_day(start, end):
    return local(start).date() == local(end).date()


def date_range_text(start, end, with_weekday=False):
    """The days an event covers: "7 april 2022", "8–12 november 2021", "30 oktober – 2
    november 2021", "30 december 2026 – 2 januari 2027"."""
    first, last = local(start), local(end)
    if first.date() == last.date():
        return date_format(first, DAY_AND_DATE if with_weekday else DATE)
    if with_weekday:
        return f"{date_format(first, DAY_AND_DATE)} – {date_format(last, DAY_AND_DATE)}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{date_format(last, DATE)}"
    if first.year == last.year:
        return f"{date_format(first, 'j F')} – {date_format(last, DATE)}"
    return f"{date_format(first, DATE)} – {date_format(last, DATE)}"


def time_range_text(start, end):
    """ "13.00–17.00 uur" for an event within one day; empty for one of several days, whose
    times the page gives with each day."""
    if not same_day(start, end):
        return ""
    return gettext("%(start)s–%(end)s") % {"start": time_text(start), "end": time_text(end)}


def moment_text(moment):
    """ "donderdag 7 april 2022 om 13.00 uur": a day with its time."""
    return gettext("%(date)s at %(time)s") % {
        "date": date_format(local(moment), DAY_AND_DATE),
        "time": time_text(moment),
    }


def when_text(start, end):
    """The short form for cards, lists and e-mail: the days, and the hours of a one-day
    event."""
    days = date_range_text(start, end)
    hours = time_range_text(start, end)
    return f"{days}, {hours}" if hours else days
