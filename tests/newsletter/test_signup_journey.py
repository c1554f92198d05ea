"""A visitor signs up, receives the confirmation mail over real SMTP, confirms, and later
leaves with the link or the mail program's one-click button, in Dutch and in English."""

from urllib.parse import urlsplit

import pytest

from newsletter.models import Subscriber
from tests.newsletter.smtp import body_text, first_link, unsubscribe_header_link

pytestmark = pytest.mark.django_db

LANGUAGES = {
    "nl": {
        "signup": "/nieuwsbrief/aanmelden/",
        "confirm": "/nieuwsbrief/bevestigen/",
        "unsubscribe": "/nieuwsbrief/afmelden/",
        "subject": "Bevestig je aanmelding voor de nieuwsbrief",
        "check_mail": "Kijk in je mailbox",
        "confirmed": "Je aanmelding is bevestigd",
        "unsubscribed": "Je bent afgemeld",
    },
    "en": {
        "signup": "/en/newsletter/subscribe/",
        "confirm": "/en/newsletter/confirm/",
        "unsubscribe": "/en/newsletter/unsubscribe/",
        "subject": "Please confirm your subscription to the newsletter",
        "check_mail": "Check your mailbox",
        "confirmed": "Your subscription is confirmed",
        "unsubscribed": "You are unsubscribed",
    },
}


def path_of(url):
    return urlsplit(url).path


def sign_up(client, language, address, name="Anna de Vries"):
    data = {"email": address, "name": name, "language": language, "website": ""}
    return client.post(LANGUAGES[language]["signup"], data)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_sign_up_confirm_and_unsubscribe_with_the_links_in_the_mail(
    client, home_pages, mailbox, language
):
    words = LANGUAGES[language]
    answer = sign_up(client, language, "Anna@Example.org")
    assert answer.status_code == 200
    assert words["check_mail"] in answer.content.decode()
    assert not Subscriber.objects.confirmed().exists()  # nothing is sent before confirming

    [mail] = mailbox.wait_for("anna@example.org")
    assert mail["Subject"] == words["subject"]
    # Not yet confirmed: the mail carries nothing typed in the form, so that a bot cannot
    # use it to send its own text (a link in the "name") to someone else's mailbox.
    assert "Anna de Vries" not in mail.as_string()
    confirm_link = first_link(mail, words["confirm"])
    assert confirm_link.startswith("http://testserver/")
    html = mail.get_body(preferencelist=("html",)).get_content()
    assert '<img src="http://testserver/static/img/mail-logo.png"' in html
    assert 'alt="Radicale vernieuwing"' in html

    confirmed = client.get(path_of(confirm_link))
    assert confirmed.status_code == 200
    assert words["confirmed"] in confirmed.content.decode()
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language) == ("anna@example.org", language)
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.confirmed_at

    unsubscribe_link = unsubscribe_header_link(mail)
    assert words["unsubscribe"] in unsubscribe_link
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    asked = client.get(path_of(unsubscribe_link))
    assert asked.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.CONFIRMED  # a GET changes nothing
    left = client.post(path_of(unsubscribe_link))
    assert words["unsubscribed"] in left.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED
    assert not Subscriber.objects.confirmed().exists()


def test_the_mail_programs_one_click_button_unsubscribes_without_a_page(
    client, home_pages, mailbox
):
    sign_up(client, "nl", "piet@example.org")
    [mail] = mailbox.wait_for("piet@example.org")
    client.get(path_of(first_link(mail, "/nieuwsbrief/bevestigen/")))
    # RFC 8058: the mail program POSTs this body, with no cookie and no CSRF token.
    one_click = client.post(
        path_of(unsubscribe_header_link(mail)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_the_language_chosen_in_the_form_decides_the_mail_and_its_links(
    client, home_pages, mailbox
):
    # On a Dutch page, a reader who prefers English picks it.
    sign_up(client, "en", "reader@example.org")
    client.post(
        "/nieuwsbrief/aanmelden/",
        {"email": "lezer@example.org", "language": "en", "website": ""},
    )
    [mail] = mailbox.wait_for("lezer@example.org")
    assert mail["Subject"] == LANGUAGES["en"]["subject"]
    assert "/en/newsletter/confirm/" in body_text(mail)


def test_someone_who_unsubscribed_can_sign_up_again(client, home_pages, mailbox):
    sign_up(client, "nl", "terug@example.org")
    [first] = mailbox.wait_for("terug@example.org")
    client.get(path_of(first_link(first, "/bevestigen/")))
    client.post(path_of(unsubscribe_header_link(first)))
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED

    from django.core.cache import cache

    cache.clear()  # ten minutes later
    sign_up(client, "nl", "terug@example.org", name="Terug")
    second = mailbox.wait_for("terug@example.org", count=2)[1]
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    client.get(path_of(first_link(second, "/bevestigen/")))
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED and subscriber.name == "Terug"
