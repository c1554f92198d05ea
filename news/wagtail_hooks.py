"""Admin additions for staff: the publication downloads report."""

from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

from core.admin_reports import FormulaSafeExportMixin, report_urls
from news.models import PublicationPage


class DownloadsReportView(FormulaSafeExportMixin, ReportView):
    """Every publication with how often it was downloaded, most downloaded first."""

    page_title = _("Publication downloads")
    header_icon = "download"
    index_url_name = "publication_downloads"
    index_results_url_name = "publication_downloads_results"
    list_export = ["title", "locale", "downloads"]
    export_headings = {
        "title": _("Publication"),
        "locale": _("Language"),
        "downloads": _("Downloads"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Publication"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("locale", label=_("Language")),
        Column("downloads", label=_("Downloads")),
    ]

    def get_queryset(self):
        return (
            PublicationPage.objects.annotate(downloads=Coalesce("download_count__count", 0))
            .select_related("locale")
            .order_by("-downloads", "title")
        )


@hooks.register("register_admin_urls")
def register_downloads_report_url():
    return report_urls(DownloadsReportView, "reports/downloads/", "publication_downloads")


@hooks.register("register_reports_menu_item")
def register_downloads_report_menu_item():
    return MenuItem(
        _("Publication downloads"),
        reverse("publication_downloads"),
        icon_name="download",
        order=700,
    )
