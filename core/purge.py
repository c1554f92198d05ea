"""Purge on publish for a cache in front of the site (Varnish, a CDN).

Wagtail's frontend cache purges the published page's own address only (Wagtail issue
#820). A news item also appears on its section's list, the home page, the theme pages and
keyword pages it names, the feeds and the sitemap, in both languages: `addresses_showing`
names all of those, and they are purged on publish, unpublish and move; a move or a new
slug also purges the addresses the page and its descendants had. The Varnish configuration
(operations/varnish/site.vcl) drops every cached variant of a purged address, whatever its
query string (filters, ?page=, utm_*).

The app's own page cache (core/page_cache.py) needs none of this: its keys change with the
content version on any publish.
"""

import logging
import urllib.request
from copy import copy

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Locale, Page

from core.keywords import localized_keywords

FEEDS = ("news-feed-rss", "news-feed-atom")
THEME_FEEDS = ("theme-feed-rss", "theme-feed-atom")

logger = logging.getLogger(__name__)


# A moved section's descendants are purged at their old addresses up to this many; past
# it, the cache's own expiry (s-maxage) retires the rest (see README, "Cache in front").
MOVED_DESCENDANTS_PURGED = 1000


def purge_pages_showing(sender=None, instance=None, url_path_before=None, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return  # no cache in front: nothing to tell
    page = instance.specific if instance is not None else None
    if page is None:
        return
    addresses = addresses_showing(page)
    if url_path_before and url_path_before != page.url_path:  # a move
        addresses |= addresses_before_move(page, url_path_before, kwargs["parent_page_before"])
    purge_urls_from_cache(sorted(addresses))
    if hasattr(page, "keys_shown_with"):
        ban_pages_showing(page.keys_shown_with())


def ban_pages_showing(keys):
    """Ask each HTTP cache in front (Varnish) to drop every kept page marked as showing one
    of `keys` (core/shown.py). Wagtail's backends purge addresses only, so this is sent
    here, as a PURGE whose X-Purge-Shows header operations/varnish/site.vcl turns into a
    ban; a CDN's backend does not take it, and such pages there wait for their s-maxage."""
    if not keys:
        return
    for backend in settings.WAGTAILFRONTENDCACHE.values():
        if not backend["BACKEND"].endswith(".HTTPBackend"):
            continue
        request = urllib.request.Request(
            backend["LOCATION"].rstrip("/") + "/",
            method="PURGE",
            headers={"X-Purge-Shows": "|".join(sorted(keys))},
        )
        try:
            urllib.request.urlopen(request, timeout=5).close()
        except OSError as error:  # as Wagtail's own purge: logged, the publish goes on
            logger.error("Could not ban the pages showing %s: %s", sorted(keys), error)


def addresses_showing(page):
    """The full addresses of every page that shows `page`, in every language."""
    translations = list(Page.objects.filter(translation_key=page.translation_key))
    site = page.get_site()
    if site is None:
        return set()
    base = site.root_url
    addresses = {f"{base}/sitemap.xml", f"{base}/sitemap-pages.xml"}
    for version in translations:
        addresses.update(own_and_enclosing(version))
    for locale in Locale.objects.all():
        with translation.override(locale.language_code):
            addresses.update(f"{base}{reverse(name)}" for name in FEEDS)
            addresses.update(keyword_addresses(page, locale, base))
    for theme in themes_named(page):
        addresses.update(own_and_enclosing(theme))
        with translation.override(theme.locale.language_code):
            addresses.update(f"{base}{reverse(name, args=[theme.slug])}" for name in THEME_FEEDS)
    return addresses


def purge_renamed_page(sender=None, instance=None, instance_before=None, **kwargs):
    """A live page's new slug moves it and its descendants to new addresses: the old ones
    go, as after a move (the new ones are purged when the page is published)."""
    if settings.WAGTAILFRONTENDCACHE and instance_before is not None:
        before = addresses_before_move(instance, instance_before.url_path, instance.get_parent())
        purge_urls_from_cache(sorted(before))


def addresses_before_move(page, url_path_before, parent_before):
    """Where the moved page and its descendants were, and the list it left: cached copies
    there would go on showing the page at an address that now redirects or is gone."""
    addresses = own_and_enclosing(parent_before)
    descendants = page.get_descendants(inclusive=True).only("url_path", "locale")
    for moved in descendants[:MOVED_DESCENDANTS_PURGED]:
        where_it_was = copy(moved)
        where_it_was.url_path = url_path_before + moved.url_path[len(page.url_path) :]
        if url := where_it_was.get_full_url():
            addresses.add(url)
    return addresses


def own_and_enclosing(page):
    """A page's address, its parent's (the section's list) and its language's home page."""
    lineage = page.get_ancestors(inclusive=True).filter(depth__gte=2)
    return {url for url in (step.get_full_url() for step in lineage) if url}


def themes_named(page):
    """The theme pages, in every language, that `page` names through its theme links."""
    from themes.models import ThemePage

    links = getattr(page, "theme_links", None)
    if links is None:
        return []
    keys = links.values("theme__translation_key")
    return list(ThemePage.objects.filter(translation_key__in=keys).select_related("locale"))


def keyword_addresses(page, locale, base):
    keywords = getattr(page, "keywords", None)
    if keywords is None:
        return set()
    tags = Tag.objects.filter(pk__in=keywords.values("pk"))
    return {
        f"{base}{reverse('keyword', args=[tag.local_slug or tag.slug])}"
        for tag in localized_keywords(tags, locale.pk)
    }
