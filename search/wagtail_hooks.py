"""Admin additions for staff: the synonyms snippet and the search query reports."""

import datetime

import django_filters
from django import forms
from django.conf import settings
from django.db.models import Max, Sum
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_reports import FormulaSafeExportMixin, report_urls
from search.models import SearchQueryDay, Synonym

DEFAULT_PERIOD_DAYS = 30


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "list-ul"
    menu_label = _("Search synonyms")
    list_display = ["terms", "language"]
    list_filter = ["language"]
    search_fields = ["terms"]


register_snippet(SynonymViewSet)


class SearchQueryFilterSet(WagtailFilterSet):
    day = django_filters.DateFromToRangeFilter(label=_("Period"), widget=DateRangePickerWidget)
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )

    class Meta:
        model = SearchQueryDay
        fields = ["day", "language"]


class SearchQueriesReportView(FormulaSafeExportMixin, ReportView):
    """What visitors searched for over a period, most searched first. Without a chosen
    period: the last DEFAULT_PERIOD_DAYS days. Queries are typed by anyone, so the export
    never lets a spreadsheet read one as a formula."""

    page_title = _("Most searched")
    header_icon = "search"
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    filterset_class = SearchQueryFilterSet
    list_export = ["query", "language", "searched", "found", "last_day"]
    export_headings = {
        "query": _("Search query"),
        "language": _("Language"),
        "searched": _("Searches"),
        "found": _("Results"),
        "last_day": _("Last searched"),
    }
    columns = [
        Column("query", label=_("Search query")),
        Column("language", label=_("Language")),
        Column("searched", label=_("Searches")),
        Column("found", label=_("Results")),
        Column("last_day", label=_("Last searched")),
    ]

    def get_queryset(self):
        days = SearchQueryDay.objects.all()
        if not self.request.GET.get("day_from") and not self.request.GET.get("day_to"):
            since = timezone.localdate() - datetime.timedelta(days=DEFAULT_PERIOD_DAYS)
            days = days.filter(day__gte=since)
        return (
            days.values("query", "language")
            .annotate(searched=Sum("searches"), found=Max("results"), last_day=Max("day"))
            .order_by("-searched", "query")
        )


class FruitlessSearchesReportView(SearchQueriesReportView):
    """The searches that found nothing: words to add to pages, or synonyms to add."""

    page_title = _("Searches without results")
    header_icon = "warning"
    index_url_name = "search_fruitless_report"
    index_results_url_name = "search_fruitless_report_results"

    def get_queryset(self):
        return super().get_queryset().filter(found=0)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        *report_urls(SearchQueriesReportView, "reports/searches/", "search_queries_report"),
        *report_urls(
            FruitlessSearchesReportView, "reports/searches-no-results/", "search_fruitless_report"
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return MenuItem(
        _("Most searched"), reverse("search_queries_report"), icon_name="search", order=800
    )


@hooks.register("register_reports_menu_item")
def register_fruitless_searches_menu_item():
    return MenuItem(
        _("Searches without results"),
        reverse("search_fruitless_report"),
        icon_name="warning",
        order=801,
    )
