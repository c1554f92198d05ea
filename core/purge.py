"""Purge on publish for a cache in front of the site (Varnish, a CDN).

Wagtail's frontend cache purges the published page's own address only (Wagtail issue
#820). A news item also appears on its section's list, the home page, the theme pages and
keyword pages it names, the feeds and the sitemap, in both languages: `addresses_showing`
names all of those, and they are purged on publish, unpublish and move. The Varnish
configuration (operations/varnish/site.vcl) drops every cached variant of a purged address,
whatever its query string (filters, ?page=, utm_*).

The app's own page cache (core/page_cache.py) needs none of this: its keys change with the
content version on any publish.
"""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Locale, Page

from core.keywords import localized_keywords

FEEDS = ("news-feed-rss", "news-feed-atom")
THEME_FEEDS = ("theme-feed-rss", "theme-feed-atom")


def purge_pages_showing(sender=None, instance=None, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return  # no cache in front: nothing to tell
    page = instance.specific if instance is not None else None
    if page is not None:
        purge_urls_from_cache(sorted(addresses_showing(page)))


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
