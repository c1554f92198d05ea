"""Builders for event tests: an agenda under a home page, events on it, and their English
translations through wagtail-localize."""

import datetime

from django.utils import timezone

from core.translation import translate_page
from events.models import EventIndexPage, EventPage
from tests.factories import publish

AMSTERDAM = timezone.get_default_timezone()


def at(year, month, day, hour=0, minute=0):
    """A moment in Amsterdam time."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def days_from_now(days, hours=0):
    return timezone.now() + datetime.timedelta(days=days, hours=hours)


def make_agenda(home, title="Agenda", slug="agenda", **fields):
    return publish(
        home,
        EventIndexPage(title=title, slug=slug, locale=home.locale, show_in_menus=True, **fields),
    )


def make_event(agenda, title, start, end=None, themes=(), live=True, **fields):
    """An event on `agenda`, published unless `live` is False (then a draft)."""
    page = EventPage(
        title=title,
        start=start,
        end=end or start + datetime.timedelta(hours=4),
        lead=fields.pop("lead", f"Over {title}."),
        location=fields.pop("location", "Utrecht"),
        locale=agenda.locale,
        **fields,
    )
    for theme in themes:
        page.theme_links.add(page.theme_links.model(theme=theme))
    if not live:
        page.live = False
        agenda.add_child(instance=page)
        page.save_revision()
        return page
    return publish(agenda, page)


def translate_agenda(agenda, english, title="Events", slug="events"):
    return translate_page(agenda, english, {agenda.title: title, agenda.slug: slug})


def translate_event(event, english, title, slug, **strings):
    return translate_page(event, english, {event.title: title, event.slug: slug, **strings})
