"""Registering a staff report: its two admin URLs (the page and the results that its
filters reload) follow one naming scheme, so each app only names its report."""

from django.urls import path


def report_urls(view_class, route, name):
    """The report page at `route` and its results at `route`results/, named `name` and
    `name`_results, as Wagtail's ReportView expects."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]
