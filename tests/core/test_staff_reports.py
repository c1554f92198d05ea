"""The staff reports under Reports in the admin (publication downloads, translations to do,
most searched, searches without results) as the people who run the site see them.

Who may see them: everyone the admin lets in, editors and moderators alike, not only
superusers: they are the ones who write and translate the pages the reports are about. A
visitor with an account but no admin access sees none of them, nor their exports.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from core.translation import translate_page
from news.models import DownloadCount
from search.models import SearchQueryDay
from tests.factories import make_news, make_publication

pytestmark = pytest.mark.django_db

REPORTS = {
    "Publication downloads": "publication_downloads",
    "Translations to do": "translations_to_do",
    "Most searched": "search_queries_report",
    "Searches without results": "search_fruitless_report",
}


def staff_member(group_name):
    """A user in one of Wagtail's standard groups, with only what that group grants."""
    group = Group.objects.get_or_create(name=group_name)[0]
    # Wagtail's migrations give both groups admin access; made here if they did not run.
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user(group_name.lower(), f"{group_name}@e.org", "pw")
    user.groups.add(group)
    return user


def table(client, report, **params):
    """The report's rows as the staff member reads them: [[cell text, ...], ...]."""
    response = client.get(reverse(report), params)
    assert response.status_code == 200
    body = re.search(r"<tbody>(.*?)</tbody>", response.content.decode(), re.S)
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1), re.S) if body else []
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        for row in rows
    ]


@pytest.fixture(params=["Editors", "Moderators"])
def staff(client, request):
    client.force_login(staff_member(request.param))
    return client


def test_staff_find_every_report_under_reports_in_the_admin_menu(staff):
    menu = staff.get(reverse("wagtailadmin_home")).content.decode()
    for label, report in REPORTS.items():
        assert reverse(report) in menu, label


def test_editors_and_moderators_may_open_and_export_every_report(staff):
    for report in REPORTS.values():
        assert staff.get(reverse(report)).status_code == 200, report
        export = staff.get(reverse(report), {"export": "csv"})
        assert export.status_code == 200, report
        assert export["Content-Type"].startswith("text/csv")


def test_a_logged_in_user_without_admin_access_sees_no_report(client):
    client.force_login(get_user_model().objects.create_user("lezer", "l@e.org", "pw"))
    assert reverse("publication_downloads") not in client.get("/admin/").content.decode()
    for report in REPORTS.values():
        for params in ({}, {"export": "csv"}):
            response = client.get(reverse(report), params)
            assert response.status_code == 302, report
            assert response["Location"].startswith("/admin/login/")


def test_an_editor_sees_each_publications_own_download_count(staff, sections):
    counts = {"Jaarverslag": 2, "Katern": 7, "Magazine": 0}
    for title, count in counts.items():
        publication = make_publication(sections["publications"], title)
        if count:
            DownloadCount.objects.create(page=publication, count=count)
    rows = table(staff, "publication_downloads")
    assert [(row[0], row[-1]) for row in rows] == [
        ("Katern", "7"),
        ("Jaarverslag", "2"),
        ("Magazine", "0"),
    ]


def test_an_editor_sees_the_pages_still_to_translate(staff, sections, locales):
    english = locales[1]
    for section in sections.values():
        translate_page(section, english, {})
    translated = make_news(sections["news"], "Vertaald bericht")
    translate_page(translated, english, {"Vertaald bericht": "Translated item"})
    make_news(sections["news"], "Nog niet vertaald")
    outdated = make_news(sections["news"], "Verouderde vertaling")
    translate_page(outdated, english, {})
    outdated.title = "Verouderde vertaling, bijgewerkt"
    outdated.save_revision().publish()

    rows = {row[0]: row[1] for row in table(staff, "translations_to_do")}
    assert rows == {
        # The admin speaks the site's default language, Dutch, to a new staff member.
        "Nog niet vertaald": "ontbreekt",
        "Verouderde vertaling, bijgewerkt": "ouder dan het origineel",
    }


def test_an_editor_sees_what_visitors_searched_and_what_found_nothing(staff):
    today = timezone.localdate()
    for query, language, searches, results in [
        ("dementie", "nl", 9, 4),
        ("housing", "en", 3, 2),
        ("mantelzorgwoning", "nl", 5, 0),
        ("respijtzorg", "nl", 1, 0),
    ]:
        SearchQueryDay.objects.create(
            day=today, query=query, language=language, searches=searches, results=results
        )
    # Searched long ago: outside the reports' default period.
    SearchQueryDay.objects.create(
        day=today - datetime.timedelta(days=400), query="oud", language="nl", searches=50
    )

    most = [row[:4] for row in table(staff, "search_queries_report")]
    assert most == [
        ["dementie", "nl", "9", "4"],
        ["mantelzorgwoning", "nl", "5", "0"],
        ["housing", "en", "3", "2"],
        ["respijtzorg", "nl", "1", "0"],
    ]
    fruitless = [row[0] for row in table(staff, "search_fruitless_report")]
    assert fruitless == ["mantelzorgwoning", "respijtzorg"]
