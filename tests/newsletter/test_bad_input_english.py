"""The same mistakes as in test_bad_input.py, made on the English pages: every answer is
in English, keeps the visitor on English addresses, and stores or mails nothing wrongly."""

import time
from unittest import mock
from urllib.parse import urlsplit

import pytest

from newsletter.models import Subscriber
from tests.newsletter.smtp import first_link, unsubscribe_header_link

pytestmark = pytest.mark.django_db

SIGNUP = "/en/newsletter/subscribe/"
CONFIRM = "/en/newsletter/confirm/"


def sign_up(client, address="anna@example.org", **extra):
    data = {"email": address, "name": "", "language": "en", "website": "", **extra}
    return client.post(SIGNUP, data)


def confirmation_path(mailbox, address="anna@example.org"):
    [mail] = mailbox.wait_for(address)
    return urlsplit(first_link(mail, CONFIRM)).path


def test_a_huge_name_is_refused_in_english_and_nothing_is_stored(client, home_pages, mailbox):
    answer = sign_up(client, name="A" * 5000)
    assert answer.status_code == 400
    html = answer.content.decode()
    assert "Ensure this value has at most 100 characters" in html
    assert f'action="{SIGNUP}"' in html
    assert not Subscriber.objects.exists() and not mailbox.messages


def test_a_bot_on_the_english_page_gets_the_english_answer_and_nothing_happens(
    client, home_pages, mailbox
):
    bot = sign_up(client, "bot@example.org", website="https://spam.example.com/")
    assert bot.status_code == 200
    assert "Check your mailbox" in bot.content.decode()
    assert not Subscriber.objects.exists() and not mailbox.messages


def test_an_expired_link_says_so_in_english_and_offers_the_english_form(
    client, home_pages, mailbox
):
    sign_up(client)
    path = confirmation_path(mailbox)
    with mock.patch("time.time", return_value=time.time() + 8 * 24 * 3600):
        answer = client.get(path)
    assert answer.status_code == 400
    html = answer.content.decode()
    assert "This link has expired" in html and "valid for 7 days" in html
    main = html.split("<main", 1)[1].split("</main>", 1)[0]  # the page's own form, not the footer's
    assert f'action="{SIGNUP}"' in main
    assert Subscriber.objects.get().status == "pending"


def test_a_double_click_confirms_once_and_says_so_in_english(client, home_pages, mailbox):
    sign_up(client)
    path = confirmation_path(mailbox)
    client.get(path)
    confirmed_at = Subscriber.objects.get().confirmed_at
    second = client.get(path)
    assert second.status_code == 200
    assert "Your subscription is confirmed" in second.content.decode()
    assert Subscriber.objects.get().confirmed_at == confirmed_at


def test_a_confirmation_link_after_unsubscribing_is_refused_in_english(client, home_pages, mailbox):
    sign_up(client)
    [mail] = mailbox.wait_for("anna@example.org")
    client.post(urlsplit(unsubscribe_header_link(mail)).path)
    answer = client.get(urlsplit(first_link(mail, CONFIRM)).path)
    assert answer.status_code == 400
    assert "This link is no longer valid" in answer.content.decode()
    assert Subscriber.objects.get().status == "unsubscribed"


def test_a_tampered_unsubscribe_link_is_refused_in_english(client, home_pages, mailbox):
    sign_up(client)
    client.get(confirmation_path(mailbox))
    [mail] = mailbox.to("anna@example.org")
    path = urlsplit(unsubscribe_header_link(mail)).path
    assert path.startswith("/en/newsletter/unsubscribe/")
    answer = client.post(path.replace(":", ":x", 1))
    assert answer.status_code == 400
    assert "This link does not work" in answer.content.decode()
    assert Subscriber.objects.get().status == "confirmed"


def test_too_many_sign_ups_from_one_client_are_refused_in_english(client, home_pages, mailbox):
    for number in range(10):
        sign_up(client, f"reader{number}@example.org")
    refused = sign_up(client, "reader10@example.org")
    assert refused.status_code == 429
    assert "Too many attempts" in refused.content.decode()
    assert not Subscriber.objects.filter(email="reader10@example.org").exists()
