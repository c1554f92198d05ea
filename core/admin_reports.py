"""Registering a staff report: its two admin URLs (the page and the results that its
filters reload) follow one naming scheme, so each app only names its report; and its
spreadsheet export, safe to open whatever visitors or editors typed."""

import re

from django.urls import path


def report_urls(view_class, route, name):
    """The report page at `route` and its results at `route`results/, named `name` and
    `name`_results, as Wagtail's ReportView expects."""
    return [
        path(route, view_class.as_view(), name=name),
        path(f"{route}results/", view_class.as_view(results_only=True), name=f"{name}_results"),
    ]


# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP, "CSV
# Injection"), and so is one that starts after a separator inside a cell, for a spreadsheet
# that splits the file on ";" or tabs rather than ",".
FORMULA_START = re.compile(r"(^|[,;\t\r\n] *)(?=[=+\-@\t\r])")


def defuse_formula(text):
    """`text` with a ' before every place a spreadsheet would start a formula, as OWASP
    advises: the spreadsheet then shows the text as typed and runs nothing."""
    return FORMULA_START.sub(r"\1'", text)


class FormulaSafeExportMixin:
    """For a ReportView (Wagtail's SpreadsheetExportMixin): no exported CSV cell is read as
    a formula, whoever typed its text. XLSX needs nothing: Wagtail writes text cells as
    text, also those that openpyxl would take for a formula."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return defuse_formula(value)
        return value
