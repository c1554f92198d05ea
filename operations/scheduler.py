"""Scheduled publishing that happens by itself: Wagtail's `publish_scheduled`, run every so
many seconds by one long-lived process (`manage.py run_scheduler`), which outlives a database
that goes away for a while.

Wagtail only records a schedule (go-live and expiry moments); nothing publishes at that
moment unless something runs `publish_scheduled`. Publishing here fires the same signals as
a publish in the admin, so the content version, the page cache and a cache in front are
renewed as usual (core/signals.py) — in every process only when they share a cache (Redis in
production, the file cache of config/settings/dev.py under `make run`).
"""

import logging

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import DatabaseError, connection
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger("operations.scheduler")

DEFAULT_INTERVAL_SECONDS = 30


def publish_due_pages():
    """Publish what is due and unpublish what expired, once. Returns the pages it published
    and unpublished as two lists; raises DatabaseError when the database cannot be reached."""
    published, unpublished = [], []

    def note_published(instance, **kwargs):
        published.append(instance)

    def note_unpublished(instance, **kwargs):
        unpublished.append(instance)

    page_published.connect(note_published)
    page_unpublished.connect(note_unpublished)
    try:
        call_command("publish_scheduled")
    finally:
        page_published.disconnect(note_published)
        page_unpublished.disconnect(note_unpublished)
    return published, unpublished


def tick():
    """One run of the scheduler: True when it reached the database."""
    try:
        published, unpublished = publish_due_pages()
    except DatabaseError:
        # Stopped, restarting, or (SQLite) locked by the web process: try again next tick.
        # The connection may be broken; a new one is made on the next query.
        logger.warning("Database not reachable; scheduled publishing retries.", exc_info=True)
        connection.close()
        return False
    except Exception:
        # A page that cannot be published (a broken revision, say) must not end scheduling
        # for every other page: it is logged as an error (and mailed) and tried again.
        logger.exception("Scheduled publishing failed; it is tried again next tick.")
        return False
    for page in published:
        logger.info("Published as scheduled: %s (%s, %s)", page.title, page.locale, page.url)
    for page in unpublished:
        logger.info("Unpublished as scheduled: %s (%s)", page.title, page.locale)
    return True


def run(interval, stop, ticks=None):
    """Tick every `interval` seconds until the event `stop` is set (or after `ticks` ticks)."""
    warn_if_cache_is_not_shared()
    done = 0
    while not stop.is_set() and (ticks is None or done < ticks):
        tick()
        done += 1
        if ticks is None or done < ticks:
            stop.wait(interval)


def warn_if_cache_is_not_shared():
    """A publish here renews cached pages in the web processes only through a shared cache."""
    if isinstance(caches["default"], LocMemCache):
        logger.warning(
            "The cache is kept per process: pages that list a scheduled item show it only "
            "after PAGE_CACHE_SECONDS. Set REDIS_URL so that every process sees it at once."
        )
