"""A cache in front (Varnish, a CDN) drops a printable page's PDF, in every language, when
the page is published or unpublished: core/purge.py names the pages showing an item, and
a PDF's address is none of those."""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished


def purge_pdfs(sender=None, instance=None, **kwargs):
    from printable.pages import PDF_ROUTE, PrintablePageMixin

    if not settings.WAGTAILFRONTENDCACHE or not isinstance(instance, PrintablePageMixin):
        return
    translations = Page.objects.filter(translation_key=instance.translation_key).specific()
    addresses = [
        page.get_full_url() + page.reverse_subpage(PDF_ROUTE)
        for page in translations
        if isinstance(page, PrintablePageMixin) and page.get_full_url()
    ]
    purge_urls_from_cache(addresses)


def connect():
    for signal in (page_published, page_unpublished):
        signal.connect(purge_pdfs)
