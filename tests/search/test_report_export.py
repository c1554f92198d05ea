"""Staff export the search reports to open them in a spreadsheet; what visitors typed must
come out as text there, never as a formula that runs (OWASP "CSV Injection")."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from search.models import SearchQueryDay

pytestmark = pytest.mark.django_db

HYPERLINK = '=HYPERLINK("http://evil","x")'
QUERIES = [HYPERLINK, "@SUM(1)", "+31 zorg", "zorg;=1+1", "zorg", "'s-hertogenbosch", "a-b"]
REPORTS = ["/admin/reports/searches/", "/admin/reports/searches-no-results/"]


@pytest.fixture
def logged_queries():
    SearchQueryDay.objects.bulk_create(
        SearchQueryDay(day=timezone.localdate(), language="nl", query=query, searches=1)
        for query in QUERIES
    )


@pytest.fixture
def superuser(client):
    client.force_login(get_user_model().objects.create_superuser("r", "r@example.org", "x"))
    return client


def exported_queries(client, export_format):
    """The 'search query' column of the export, below its heading."""
    response = client.get("/admin/reports/searches/", {"export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content)
    if export_format == "csv":
        rows = list(csv.reader(io.StringIO(content.decode())))
        return {row[0] for row in rows[1:]}
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert {cell.data_type for cell in cells} == {"s"}, "a cell is not plain text"
    return {cell.value for cell in cells}


def test_csv_cells_that_a_spreadsheet_would_run_are_escaped_and_others_left_alone(
    superuser, logged_queries
):
    assert exported_queries(superuser, "csv") == {
        "'" + HYPERLINK,
        "'@SUM(1)",
        "'+31 zorg",
        "zorg;'=1+1",
        "zorg",
        "'s-hertogenbosch",
        "a-b",
    }


def test_xlsx_cells_are_text_exactly_as_searched(superuser, logged_queries):
    assert exported_queries(superuser, "xlsx") == set(QUERIES)


def test_editors_without_superuser_rights_still_see_and_export_the_reports(client, logged_queries):
    editor = get_user_model().objects.create_user("e", "e@example.org", "x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    for report in REPORTS:
        assert client.get(report).status_code == 200
        assert client.get(report, {"export": "csv"}).status_code == 200

    visitor = get_user_model().objects.create_user("v", "v@example.org", "x")
    client.force_login(visitor)
    for report in REPORTS:
        assert client.get(report).status_code == 302  # to the admin login
