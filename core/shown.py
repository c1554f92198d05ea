"""What a page shows besides its own content, named for a cache in front to purge by.

A news item's related items are drawn from the items sharing its themes (or, short of
those, the newest items): publishing or unpublishing any item of a theme can change the
related items of every item of that theme, thousands of addresses that no list of URLs can
name. So such a page carries `X-Shows: theme-<key>,…`, and a publish asks the cache in front
to drop every kept page showing one of the published item's keys (core/purge.py, and
operations/varnish/site.vcl, which keeps the header from visitors).
"""

SHOWS_HEADER = "X-Shows"
NEWEST_NEWS = "news-newest"


def theme_key(translation_key):
    """One key for a theme in every language: translations share the related items."""
    return f"theme-{translation_key}"


def participant_key(translation_key):
    """One key for a participant in every language: its page lists the items naming it."""
    return f"participant-{translation_key}"


def mark_shown(request, keys):
    """Note that the page answering `request` shows what `keys` name."""
    request.shown_keys = getattr(request, "shown_keys", set()) | set(keys)


def add_shows_header(request, response):
    if keys := getattr(request, "shown_keys", None):
        # Commas, no spaces: Varnish's ban expressions end an argument at a space.
        response[SHOWS_HEADER] = ",".join(sorted(keys))
