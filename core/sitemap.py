"""sitemap.xml with every live page of both languages, each listing its translations as
hreflang alternates, as search engines ask for multilingual sites."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.privacy import visible


class BilingualSitemap(Sitemap):
    def items(self):
        # Wagtail's sitemap walks one site root, which is one language's home page.
        return (
            visible(Page.objects.filter(depth__gt=1))
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls_by_key = defaultdict(list)
        for item in pages:
            urls_by_key[item.translation_key].append(
                {
                    "lang_code": item.locale.language_code,
                    "location": item.get_full_url(self.request),
                }
            )
        urls = []
        for item in pages:
            alternates = urls_by_key[item.translation_key]
            urls.append(
                {
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at or item.latest_revision_created_at,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        return urls
