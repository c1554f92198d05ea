"""Staff see the subscribers in the admin, in Dutch: how many per status and language,
search and filters, an export for a mailing service, and deletion on request."""

import csv
import io

import pytest
from django.test import Client
from django.utils import timezone

from newsletter.models import Subscriber

pytestmark = pytest.mark.django_db

LIST = "/admin/newsletter/subscribers/"


@pytest.fixture
def subscribers():
    now = timezone.now()
    rows = [
        ("anna@example.org", "Anna", "nl", "confirmed"),
        ("bram@example.org", "Bram", "nl", "confirmed"),
        ("carla@example.org", "", "nl", "pending"),
        ("dave@example.org", "Dave", "en", "confirmed"),
        ("eve@example.org", "", "en", "unsubscribed"),
    ]
    return [
        Subscriber.objects.create(
            email=email,
            name=name,
            language=language,
            status=status,
            confirmed_at=now if status != "pending" else None,
        )
        for email, name, language, status in rows
    ]


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_superuser("redactie", "r@example.org", "geheim")
    client = Client()  # the admin's own forms carry their CSRF token; not checked here
    client.force_login(user)
    return client


def test_the_list_counts_subscribers_by_language_and_status_in_dutch(staff, subscribers):
    html = staff.get(LIST).content.decode()
    assert "Abonnees nieuwsbrief" in html
    start = html.index("Abonnees per taal en status")
    table = html[start : html.index("</table>", start)]
    cells = [cell.strip() for cell in table.split("<td>")[1:]]
    # Dutch: 2 confirmed, 1 pending, 0 unsubscribed, 3 in all; English: 1, 0, 1, 2.
    numbers = [cell.split("<")[0] for cell in cells]
    assert numbers == ["1", "2", "0", "3", "0", "1", "1", "2"]
    assert "Wacht op bevestiging" in table and "Bevestigd" in table and "Afgemeld" in table


def test_staff_search_by_address_or_name_and_filter_by_status_and_language(staff, subscribers):
    found = staff.get(LIST, {"q": "bram"}).content.decode()
    assert "bram@example.org" in found and "anna@example.org" not in found
    english = staff.get(LIST, {"language": "en", "status": "confirmed"}).content.decode()
    assert "dave@example.org" in english
    assert "eve@example.org" not in english and "anna@example.org" not in english


def test_the_csv_export_lists_the_filtered_subscribers_for_a_mailing_service(staff, subscribers):
    answer = staff.get(LIST, {"status": "confirmed", "export": "csv"})
    assert answer["Content-Disposition"].startswith('attachment; filename="nieuwsbrief-abonnees')
    text = b"".join(answer.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:2] == ["E-mailadres", "Naam"]
    assert sorted(row[0] for row in rows[1:]) == [
        "anna@example.org",
        "bram@example.org",
        "dave@example.org",
    ]


def test_staff_delete_a_subscriber_on_request_and_nothing_of_them_is_left(staff, subscribers):
    anna = subscribers[0]
    answer = staff.post(f"{LIST}delete/{anna.pk}/")
    assert answer.status_code == 302
    assert not Subscriber.objects.filter(email="anna@example.org").exists()


def test_staff_cannot_add_a_subscriber_without_their_consent(staff, subscribers):
    from django.urls import reverse

    assert staff.get(reverse("newsletter_subscribers:add")).status_code in (302, 403)
    assert "Abonnee toevoegen" not in staff.get(LIST).content.decode()
