"""What goes wrong at the sign-up and with the links: each gets a clear page in the
visitor's language, and nothing is stored or mailed that should not be."""

import time
from unittest import mock
from urllib.parse import urlsplit

import pytest

from newsletter.models import Subscriber
from tests.newsletter.smtp import first_link, unsubscribe_header_link

pytestmark = pytest.mark.django_db

SIGNUP = {"nl": "/nieuwsbrief/aanmelden/", "en": "/en/newsletter/subscribe/"}


def sign_up(client, address="anna@example.org", language="nl", **extra):
    data = {"email": address, "name": "", "language": language, "website": "", **extra}
    return client.post(SIGNUP[language], data)


def confirmation_path(mailbox, address="anna@example.org"):
    [mail] = mailbox.wait_for(address)
    return urlsplit(first_link(mail, "/bevestigen/")).path


@pytest.mark.parametrize(
    ("language", "error"),
    [("nl", "Voer een geldig e-mailadres in."), ("en", "Enter a valid email address.")],
)
def test_an_invalid_address_shows_the_form_again_with_the_error_in_the_visitors_language(
    client, home_pages, mailbox, language, error
):
    answer = sign_up(client, "anna@", language=language, name="Anna")
    assert answer.status_code == 400
    html = answer.content.decode()
    assert error in html
    assert 'value="Anna"' in html  # what was typed is kept
    assert not Subscriber.objects.exists() and not mailbox.messages


def test_a_huge_name_is_refused_with_a_message_and_nothing_is_stored(client, home_pages, mailbox):
    answer = sign_up(client, name="A" * 5000)
    assert answer.status_code == 400
    assert "niet meer dan 100 tekens" in answer.content.decode()
    assert not Subscriber.objects.exists() and not mailbox.messages


def test_an_unknown_language_is_refused(client, home_pages, mailbox):
    assert (
        client.post(SIGNUP["nl"], {"email": "a@example.org", "language": "xx"}).status_code == 400
    )
    assert not Subscriber.objects.exists()


def test_a_bot_that_fills_the_hidden_field_is_answered_like_a_person_but_nothing_happens(
    client, home_pages, mailbox
):
    person = sign_up(client, "mens@example.org")
    bot = sign_up(client, "bot@example.org", website="https://spam.example.com/")
    assert bot.status_code == 200
    assert bot.content == person.content
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["mens@example.org"]
    assert mailbox.to("bot@example.org") == []


def test_the_answer_is_the_same_for_a_new_a_pending_and_a_subscribed_address(
    client, home_pages, mailbox
):
    new = sign_up(client)
    client.get(confirmation_path(mailbox))
    subscribed = sign_up(client)
    pending = sign_up(client, "nog-niet@example.org")
    pending_again = sign_up(client, "nog-niet@example.org")
    assert new.content == subscribed.content == pending.content == pending_again.content
    assert Subscriber.objects.get(email="anna@example.org").status == "confirmed"


def test_repeated_sign_ups_send_one_mail_until_ten_minutes_have_passed(client, home_pages, mailbox):
    for _ in range(5):
        sign_up(client, "Anna@Example.org")
    assert len(mailbox.wait_for("anna@example.org")) == 1
    assert Subscriber.objects.count() == 1  # one mailbox, whatever its capitals
    with mock.patch("time.time", return_value=time.time() + 601):
        sign_up(client)
    assert len(mailbox.wait_for("anna@example.org", count=2)) == 2


def test_a_client_sending_the_form_too_often_is_asked_in_dutch_to_wait(client, home_pages, mailbox):
    for number in range(10):
        assert sign_up(client, f"lezer{number}@example.org").status_code == 200
    refused = sign_up(client, "lezer10@example.org")
    assert refused.status_code == 429
    assert "Te veel pogingen" in refused.content.decode()
    assert not Subscriber.objects.filter(email="lezer10@example.org").exists()


@pytest.mark.parametrize(
    ("language", "title"), [("nl", "Deze link werkt niet"), ("en", "This link does not work")]
)
def test_a_tampered_confirmation_link_confirms_nothing(
    client, home_pages, mailbox, language, title
):
    sign_up(client, language=language)
    [mail] = mailbox.wait_for("anna@example.org")
    path = urlsplit(first_link(mail, "/confirm/" if language == "en" else "/bevestigen/")).path
    token = path.rstrip("/").rsplit("/", 1)[1]
    forged_token = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    answer = client.get(path.replace(token, forged_token))
    assert answer.status_code == 400
    assert title in answer.content.decode()
    assert Subscriber.objects.get().status == "pending"


def test_a_link_made_for_another_address_cannot_be_made_by_hand(client, home_pages, mailbox):
    from django.core import signing

    sign_up(client, "slachtoffer@example.org")
    made_up = signing.dumps("slachtoffer@example.org", key="not the site's key")
    answer = client.get(f"/nieuwsbrief/bevestigen/{made_up}/")
    assert answer.status_code == 400
    assert Subscriber.objects.get().status == "pending"


def test_an_unsubscribe_link_does_not_confirm(client, home_pages, mailbox):
    sign_up(client)
    [mail] = mailbox.wait_for("anna@example.org")
    token = unsubscribe_header_link(mail).rstrip("/").rsplit("/", 1)[1]
    assert client.get(f"/nieuwsbrief/bevestigen/{token}/").status_code == 400
    assert Subscriber.objects.get().status == "pending"


def test_an_expired_confirmation_link_says_so_and_offers_the_form(client, home_pages, mailbox):
    sign_up(client)
    path = confirmation_path(mailbox)
    eight_days_later = time.time() + 8 * 24 * 3600
    with mock.patch("time.time", return_value=eight_days_later):
        answer = client.get(path)
    assert answer.status_code == 400
    html = answer.content.decode()
    assert "Deze link is verlopen" in html and "7 dagen geldig" in html
    main = html.split("<main", 1)[1].split("</main>", 1)[0]  # the page's own form, not the footer's
    assert 'action="/nieuwsbrief/aanmelden/"' in main
    assert Subscriber.objects.get().status == "pending"


def test_a_double_click_on_the_confirmation_link_confirms_once(client, home_pages, mailbox):
    sign_up(client)
    path = confirmation_path(mailbox)
    first = client.get(path)
    confirmed_at = Subscriber.objects.get().confirmed_at
    second = client.get(path)
    assert first.status_code == second.status_code == 200
    assert "Je aanmelding is bevestigd" in second.content.decode()
    assert Subscriber.objects.get().confirmed_at == confirmed_at


def test_a_confirmation_link_after_unsubscribing_does_not_subscribe_again(
    client, home_pages, mailbox
):
    sign_up(client)
    [mail] = mailbox.wait_for("anna@example.org")
    client.post(urlsplit(unsubscribe_header_link(mail)).path)
    answer = client.get(urlsplit(first_link(mail, "/bevestigen/")).path)
    assert answer.status_code == 400
    assert "niet meer geldig" in answer.content.decode()
    assert Subscriber.objects.get().status == "unsubscribed"


def test_a_tampered_unsubscribe_link_changes_nothing(client, home_pages, mailbox):
    sign_up(client)
    client.get(confirmation_path(mailbox))
    [mail] = mailbox.to("anna@example.org")
    path = urlsplit(unsubscribe_header_link(mail)).path
    answer = client.post(path.replace(":", ":x", 1))
    assert answer.status_code == 400
    assert "Deze link werkt niet" in answer.content.decode()
    assert Subscriber.objects.get().status == "confirmed"


def test_staff_removing_a_subscriber_leaves_their_old_links_harmless(client, home_pages, mailbox):
    sign_up(client)
    [mail] = mailbox.wait_for("anna@example.org")
    Subscriber.objects.all().delete()
    assert client.get(urlsplit(first_link(mail, "/bevestigen/")).path).status_code == 400
    assert client.post(urlsplit(unsubscribe_header_link(mail)).path).status_code == 200
    assert not Subscriber.objects.exists()
