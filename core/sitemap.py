"""The sitemap: every public page of both languages, each listing its translations as
hreflang alternates, as search engines ask for multilingual sites.

`/sitemap.xml` is Wagtail's index of numbered parts of at most URLS_PER_SITEMAP pages
each, so that no answer grows with the archive (search engines take at most 50,000 URLs a
file, and one file of the whole site took seconds and tied up a worker). A part is built
from four columns per page rather than page objects, and written without a template: with
Wagtail's own per-page URL lookup and Django's template, 5,000 URLs took two seconds.
"""

from collections import defaultdict
from urllib.parse import quote

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from core.cache import cached_for_content
from core.privacy import visible

URLS_PER_SITEMAP = 2000
COLUMNS = ("url_path", "translation_key", "locale__language_code", "last_published_at")
# The characters Django's reverse() leaves unquoted in a path, so our URLs match Wagtail's.
SAFE_IN_PATH = "!$&'()*+,;=/~:@"


class BilingualSitemap(Sitemap):
    limit = URLS_PER_SITEMAP

    def items(self):
        # Wagtail's sitemap walks one site root, which is one language's home page.
        return visible(Page.objects.filter(depth__gt=1)).order_by("path").values_list(*COLUMNS)

    def get_latest_lastmod(self):
        """For the index: one aggregate, rather than Django's loop over every page."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

    @property
    def paginator(self):
        return CountedOncePaginator(self.items(), self.limit)


class CountedOncePaginator(Paginator):
    """The pages are counted once per content version, not on every part's request."""

    @cached_property
    def count(self):
        return cached_for_content("sitemap-count", self.object_list.count)


@require_safe
def sitemap_part(request, section):
    """One numbered part (`?p=`) of the sitemap; 404 past the last one.

    A part is written once per content version and kept: search engines fetch every part
    on each visit, and only a publish changes them."""
    if section != "pages":  # the only section the index lists
        raise Http404("No such sitemap")
    number = request.GET.get("p", "1")
    if not number.isdigit():
        raise Http404("No such sitemap part")
    number = int(number)  # one kept copy, however the number is written ("01", "1")
    part = cached_for_content(f"sitemap-part:{number}", lambda: written_part(request, number))
    if part is None:
        raise Http404("No such sitemap part")
    body, last_modified = part
    response = HttpResponse(body, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if last_modified:
        response["Last-Modified"] = last_modified
    return response


def written_part(request, number):
    """(XML, Last-Modified header) of part `number`, or None when there is no such part."""
    sitemap = BilingualSitemap(request)
    try:
        rows = list(sitemap.paginator.page(number).object_list)
    except EmptyPage:
        return None
    locate = PageLocator(request)
    alternates = alternates_of({key for _, key, _, _ in rows}, locate)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
        'schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">'
    ]
    for url_path, key, language, published in rows:
        location = locate(url_path, language)
        if location is None:
            continue
        lines.append(f"<url><loc>{escape(location)}</loc>")
        if published:
            lines.append(f"<lastmod>{published:%Y-%m-%d}</lastmod>")
        if len(alternates[key]) > 1:
            lines.extend(
                f'<xhtml:link rel="alternate" hreflang="{lang}" href="{escape(href)}"/>'
                for lang, href in alternates[key]
            )
        lines.append("</url>")
    lines.append("</urlset>\n")
    published = [row[3] for row in rows if row[3]]
    return "".join(lines), http_date(max(published).timestamp()) if published else None


def alternates_of(translation_keys, locate):
    """{translation key: [(language, URL)]} of the public translations, wherever in the
    sitemap they are listed themselves; one query a part."""
    translations = (
        visible(Page.objects.filter(translation_key__in=translation_keys))
        .order_by("locale__language_code")
        .values_list(*COLUMNS[:3])  # no dates: turning 5,000 of them into Python costs
    )
    by_key = defaultdict(list)
    for url_path, key, language in translations:
        location = locate(url_path, language)
        if location is not None:
            by_key[key].append((language, location))
    return by_key


class PageLocator:
    """A page's full URL from its url_path and language, as Wagtail's get_full_url gives
    it, worked out once per site root and language instead of once per page."""

    def __init__(self, request):
        self.roots = []
        for root in Site.get_site_root_paths():
            with translation.override(root.language_code):
                prefix = reverse("wagtail_serve", args=("",))
            self.roots.append((root.root_path, root.language_code, root.root_url + prefix))

    def __call__(self, url_path, language):
        for root_path, root_language, base in self.roots:
            if root_language == language and url_path.startswith(root_path):
                return base + quote(url_path[len(root_path) :], safe=SAFE_IN_PATH)
        return None
