"""The sitemap: every public page of both languages, each listing its translations as
hreflang alternates, as search engines ask for multilingual sites.

`/sitemap.xml` is an index of numbered sitemaps of at most URLS_PER_SITEMAP pages each, so
that no answer grows with the archive (search engines take at most 50,000 URLs a file, and
one file of the whole site took seconds and tied up a worker).
"""

from collections import defaultdict

from django.db.models import Max
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.privacy import visible

URLS_PER_SITEMAP = 5000


class BilingualSitemap(Sitemap):
    limit = URLS_PER_SITEMAP

    def items(self):
        # Wagtail's sitemap walks one site root, which is one language's home page.
        return (
            visible(Page.objects.filter(depth__gt=1))
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def get_latest_lastmod(self):
        """For the index: one aggregate, rather than Django's loop over every page."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates_by_key = self._alternates(pages)
        urls = []
        for item in pages:
            alternates = alternates_by_key[item.translation_key]
            urls.append(
                {
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def _alternates(self, pages):
        """{translation key: [{lang_code, location}]} of the public translations of `pages`,
        wherever in the sitemap they are listed themselves; one query a sitemap page."""
        translations = visible(
            Page.objects.filter(translation_key__in={item.translation_key for item in pages})
        ).select_related("locale")
        by_key = defaultdict(list)
        for translation in translations.order_by("locale__language_code"):
            by_key[translation.translation_key].append(
                {
                    "lang_code": translation.locale.language_code,
                    "location": translation.get_full_url(self.request),
                }
            )
        return by_key
