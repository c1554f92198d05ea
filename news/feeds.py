"""RSS and Atom feeds of the news, all of it or per theme, in the visitor's language.

Links and images are absolute so a newsletter service's RSS-to-email can use them as is.
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.listing import first_pages, index_pages, prefetch_card_renditions
from core.privacy import visible
from news.filters import pages_naming_theme
from news.models import NewsPage
from themes.models import ThemePage

FEED_ITEMS = 20
FEED_IMAGE_SPEC = "fill-1200x675|format-jpeg"


class NewsRssFeed(Feed):
    def get_object(self, request, theme=None):
        self.request = request
        self.locale = Locale.get_active()
        if theme is None:
            return None
        return get_object_or_404(visible(ThemePage.objects), slug=theme, locale=self.locale)

    def title(self, theme):
        if theme is None:
            return _("Radicale vernieuwing: news")
        return _("Radicale vernieuwing: news on %(theme)s") % {"theme": theme.title}

    def link(self, theme):
        if theme is not None:
            return theme.get_url(self.request)
        index = index_pages([NewsPage], self.locale.pk)[NewsPage]
        return index.get_url(self.request) if index else "/"

    def description(self, theme):
        return _("The latest news of the Radicale vernieuwing movement.")

    def items(self, theme):
        items = visible(NewsPage.objects.filter(locale=self.locale))
        if theme is not None:
            items = items.filter(pk__in=pages_naming_theme(NewsPage, theme))
        items = items.defer_streamfields().order_by(*NewsPage.listing_order)
        key = f"feed:{self.locale.pk}:{getattr(theme, 'pk', '')}"
        (items,) = prefetch_card_renditions(first_pages(key, items, FEED_ITEMS))
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        image = item.card_image
        picture = ""
        if image:
            url = self.request.build_absolute_uri(image.get_rendition(FEED_IMAGE_SPEC).url)
            picture = f'<p><img src="{escape(url)}" alt="" width="1200" height="675"></p>'
        return f"{picture}<p>{escape(item.lead)}</p>"

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.structured_datetime

    def item_updateddate(self, item):
        return item.last_published_at

    def item_enclosure_url(self, item):
        image = item.card_image
        return (
            self.request.build_absolute_uri(image.get_rendition(FEED_IMAGE_SPEC).url)
            if image
            else None
        )

    def item_enclosure_length(self, item):
        # A rendition whose file went missing (media restored without renditions) must not
        # take the whole feed down; RSS allows 0 for a size that cannot be told.
        try:
            return item.card_image.get_rendition(FEED_IMAGE_SPEC).file.size
        except OSError:
            return 0

    item_enclosure_mime_type = "image/jpeg"


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description


def per_request(feed_class):
    """A view that builds a fresh feed for each request: the feed keeps the request on
    itself for absolute URLs, so one instance must not serve two threads."""

    def view(request, **kwargs):
        return feed_class()(request, **kwargs)

    return view


news_rss = per_request(NewsRssFeed)
news_atom = per_request(NewsAtomFeed)
