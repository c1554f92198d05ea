"""Staff compose an issue in the admin, preview it as the e-mail, send a test to
themselves over SMTP, queue it, and see per issue how many were sent and failed."""

import re

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsletter.models import NewsletterIssue
from tests.factories import make_news
from tests.newsletter.issues import confirmed, make_issue

pytestmark = pytest.mark.django_db

ISSUES = "/admin/newsletter/issues/"


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_superuser("redactie", "redactie@example.org", "x")
    client = Client()
    client.force_login(user)
    return client


def test_staff_compose_an_issue_from_news_items(staff, sections):
    first = make_news(sections["news"], "Eerste bericht")
    second = make_news(sections["news"], "Tweede bericht")
    data = nested_form_data(
        {
            "title": "Wetenswaardigheden #12",
            "language": "nl",
            "campaign": "",
            "introduction": "Welkom.",
            "items": inline_formset([{"page": second.pk}, {"page": first.pk}]),
        }
    )
    answer = staff.post(f"{ISSUES}new/", data)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    issue = NewsletterIssue.objects.get()
    assert issue.status == "draft" and issue.campaign == "wetenswaardigheden-12"
    assert [page.title for page in issue.pages()] == ["Tweede bericht", "Eerste bericht"]


def test_a_page_in_another_language_is_refused_with_a_dutch_message(staff, bilingual):
    _dutch, english = bilingual
    data = nested_form_data(
        {
            "title": "Wetenswaardigheden #12",
            "language": "nl",
            "campaign": "",
            "introduction": "",
            "items": inline_formset([{"page": english["news"].pk}]),
        }
    )
    answer = staff.post(f"{ISSUES}new/", data)
    assert answer.status_code == 200
    assert "Deze pagina is niet in de taal van de nieuwsbrief." in answer.content.decode()
    assert not NewsletterIssue.objects.exists()


def test_the_preview_is_the_e_mail_with_tracked_links(staff, sections):
    issue = make_issue([make_news(sections["news"], "Eerste bericht")], status="draft")
    html = staff.get(f"{ISSUES}preview/{issue.pk}/").content.decode()
    assert "Eerste bericht" in html and '<table role="presentation"' in html
    assert "utm_campaign=wetenswaardigheden-12" in html


def test_staff_send_a_test_to_themselves_and_no_subscriber_gets_it(staff, sections, mailbox):
    confirmed("lezer@example.org")
    issue = make_issue([make_news(sections["news"], "Eerste bericht")], status="draft")
    assert "redactie@example.org" in staff.get(f"{ISSUES}send-test/{issue.pk}/").content.decode()
    staff.post(f"{ISSUES}send-test/{issue.pk}/")
    [test] = mailbox.wait_for("redactie@example.org")
    assert test["Subject"] == "Wetenswaardigheden #12"
    assert mailbox.to("lezer@example.org") == []
    issue.refresh_from_db()
    assert (issue.status, issue.sent_count) == ("draft", 0)


def test_queued_issues_are_sent_by_the_timer_and_the_list_shows_the_counts(
    staff, sections, mailbox
):
    confirmed("lezer@example.org")
    confirmed("tweede@example.org")
    issue = make_issue([make_news(sections["news"], "Eerste bericht")], status="draft")
    asked = staff.get(f"{ISSUES}queue/{issue.pk}/").content.decode()
    assert "alle 2 bevestigde abonnees" in asked
    staff.post(f"{ISSUES}queue/{issue.pk}/")
    assert NewsletterIssue.objects.get().status == "queued"
    call_command("send_newsletter", "--pause", "0", stdout=None)
    listing = staff.get(ISSUES).content.decode()
    row = re.search(r"<tr[^>]*>(?:(?!</tr>).)*Wetenswaardigheden #12.*?</tr>", listing, re.S)
    cells = [
        re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<td.*?</td>", row[0], re.S)
    ]
    # Title, language, status, sent, failed, sent at: staff read the counts in the list.
    assert cells[1:5] == ["Nederlands", "verzonden", "2", "0"], cells
    issue.refresh_from_db()
    assert (issue.status, issue.sent_count, issue.failed_count) == ("sent", 2, 0)
    assert len(mailbox.to("lezer@example.org")) == 1
