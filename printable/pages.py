"""A page type that offers "Download as PDF": mix PrintablePageMixin into its bases.

    class EventPage(PrintablePageMixin, BasePage): ...

adds `<page>/pdf/` in every language of the page, a PDF of its live version made with
WeasyPrint (printable/rendering.py), and `page.pdf_url` for the link. The PDF is drawn from
`<app>/<model>_pdf.html` when the app has one, else from printable/page_pdf.html, which
shows the title, date, lead, main image, body, themes and keywords where the page has them.
"""

from django.http import Http404
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core.privacy import is_public
from printable.rendering import pdf_response

PDF_ROUTE = "printable_pdf"


class PrintablePageMixin(RoutablePageMixin):
    """Gives a page its PDF at `<page>/pdf/`; the page must come first in the bases."""

    def route(self, request, path_components):
        result = super().route(request, path_components)
        match = getattr(request, "routable_resolver_match", None)
        # Before Wagtail's own check, which would offer a restricted page's password form:
        # a PDF is kept and served alike to everyone, so only a public page has one, in
        # no language of a draft, private or restricted page (core/privacy.py).
        if (
            result.page is self
            and match is not None
            and match.url_name == PDF_ROUTE
            and not is_public(self)
        ):
            raise Http404
        return result

    @path("pdf/", name=PDF_ROUTE)
    def pdf(self, request):
        return pdf_response(self, request)

    @property
    def has_pdf(self):
        """Whether the link to the PDF leads anywhere: for a public page only, so a draft's
        preview or a private page does not offer a download that answers "not found"."""
        return is_public(self)

    @property
    def pdf_url(self):
        return self.url + self.reverse_subpage(PDF_ROUTE)

    def pdf_templates(self):
        meta = self._meta
        return [f"{meta.app_label}/{meta.model_name}_pdf.html", "printable/page_pdf.html"]
