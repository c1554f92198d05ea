"""The PDF of a printable page: rendered once per published revision and language, with
WeasyPrint, from files on this site only.

WeasyPrint fetches every image and stylesheet a document names. It is given a fetcher that
reads the site's own media (through the default storage, so S3 works too) and static files
and refuses everything else: rendering never waits on, or leaks a visitor's request to,
another server, and a link in a page cannot make the server fetch an internal address.
"""

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import caches
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import select_template
from django.utils.cache import patch_cache_control
from django.utils.http import content_disposition_header
from django.utils.translation import get_language

from core.page_cache import BROWSER_SECONDS, SHARED_SECONDS, STALE_SECONDS


def pdf_response(page, request):
    """The page's PDF as a download, named after its slug, cached like a page."""
    response = HttpResponse(page_pdf(page, request), content_type="application/pdf")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{page.slug}.pdf"
    )
    # The same for everyone, as only public pages have one; set here, so the page cache
    # (core/page_cache.py) leaves it to the PDF cache below instead of keeping a second copy.
    patch_cache_control(
        response,
        public=True,
        max_age=BROWSER_SECONDS,
        s_maxage=SHARED_SECONDS,
        stale_while_revalidate=STALE_SECONDS,
    )
    return response


def page_pdf(page, request):
    """The PDF bytes of `page`'s live version, rendered at most once per revision.

    Keyed by the live revision rather than the content version: publishing another page
    (which starts a new content version) leaves this PDF as it was; publishing this one
    gives it a new key."""
    key = f"printable:pdf:{page.pk}:{page.live_revision_id}:{get_language()}"
    pdf = caches["pages"].get(key)
    if pdf is None:
        # The site's own address, not the one this request came by: the PDF is kept and
        # served to everyone, so its links must not depend on who asked first.
        _, root_url, _ = page.get_url_parts(request)
        pdf = render_pdf(page_html(page, request), base_url=f"{root_url}/")
        caches["pages"].set(key, pdf, settings.PDF_CACHE_SECONDS)
    return pdf


def page_html(page, request):
    context = page.get_context(request)
    context["source_url"] = page.get_full_url(request)
    context["site_name"] = settings.WAGTAIL_SITE_NAME
    image_field = getattr(page, "main_image_field", None)
    context["main_image"] = getattr(page, image_field) if image_field else None
    return select_template(page.pdf_templates()).render(context, request)


def render_pdf(html, base_url):
    # Imported here: WeasyPrint loads pango when imported, which only this needs.
    import weasyprint

    fetcher = SiteFilesFetcher(base_url)
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()


class SiteFilesFetcher:
    """WeasyPrint's url_fetcher: this site's /media/ and /static/ files from disk (or the
    storage), nothing from anywhere else."""

    def __init__(self, base_url):
        self.origin = urlsplit(base_url)[:2]
        # WeasyPrint reads this of any fetcher: a file that cannot be had is left out.
        self._fail_on_errors = False

    def __call__(self, url):
        from weasyprint.urls import URLFetcherResponse

        name, body = self.read(url)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body, {"Content-Type": content_type})

    def read(self, url):
        """The file's name and content; ValueError for any other address than the site's
        own media and static files."""
        parts = urlsplit(url)
        media_root = default_storage.url("")
        if media_root.startswith(("http://", "https://")) and url.startswith(media_root):
            # Media on S3-compatible storage: read through the storage, not over HTTP.
            return stored_file(default_storage, unquote(url[len(media_root) :].split("?")[0]))
        if parts[:2] == self.origin:
            path = unquote(parts.path)
            if path.startswith(settings.MEDIA_URL):
                return stored_file(default_storage, path.removeprefix(settings.MEDIA_URL))
            if path.startswith(settings.STATIC_URL):
                return static_file(path.removeprefix(settings.STATIC_URL))
        raise ValueError(f"Not one of this site's files, not fetched for a PDF: {url}")


def stored_file(storage, name):
    with storage.open(name) as file:
        return name, file.read()


def static_file(name):
    """A static file where it lives in the source, else as collected (production's
    collected names carry a hash that the source's do not)."""
    if found := finders.find(name):
        with open(found, "rb") as file:
            return name, file.read()
    return stored_file(staticfiles_storage, name)
