"""Purge on publish for a cache in front (Varnish, a CDN): core/purge.py already names the
event, the agenda, the home page and the theme pages it names, in every language; the
calendar files showing the event are addresses of their own: its .ics file and its agenda's
feed, in every language."""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished, post_page_move


def calendar_addresses(page):
    """The full addresses of the calendar files that show `page`, in every language."""
    from events.models import EventPage

    addresses = set()
    for version in EventPage.objects.filter(translation_key=page.translation_key):
        url = version.get_full_url()
        if url:
            addresses.add(url + version.reverse_subpage("calendar"))
        agenda = version.get_parent().specific
        url = agenda.get_full_url()
        if url:
            addresses.add(url + agenda.reverse_subpage("calendar"))
    return addresses


def purge_calendars(sender=None, instance=None, **kwargs):
    if settings.WAGTAILFRONTENDCACHE and instance is not None:
        purge_urls_from_cache(sorted(calendar_addresses(instance)))


def connect():
    from events.models import EventPage

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(purge_calendars, sender=EventPage)
