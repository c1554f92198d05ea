"""A visitor signs up in the footer in Chromium, receives the confirmation mail over real
SMTP, follows its link, and later leaves with the unsubscribe link, in both languages."""

import pytest

from newsletter.models import Subscriber
from tests.newsletter import conftest as newsletter_fixtures
from tests.newsletter.smtp import first_link, unsubscribe_header_link

pytestmark = pytest.mark.browser

# The real SMTP server of the newsletter tests (tests/newsletter/conftest.py), here too.
smtp_controller = newsletter_fixtures.smtp_controller
mailbox = newsletter_fixtures.mailbox
forget_throttles = newsletter_fixtures.forget_throttles

JOURNEYS = [
    (
        "/",
        {
            "email": "E-mailadres",
            "name": "Naam (niet verplicht)",
            "submit": "Aanmelden voor de nieuwsbrief",
            "check_mail": "Kijk in je mailbox",
            "confirm_path": "/nieuwsbrief/bevestigen/",
            "confirmed": "Je aanmelding is bevestigd",
            "unsubscribe": "Afmelden",
            "unsubscribed": "Je bent afgemeld",
        },
    ),
    (
        "/en/",
        {
            "email": "E-mail address",
            "name": "Name (optional)",
            "submit": "Subscribe to the newsletter",
            "check_mail": "Check your mailbox",
            "confirm_path": "/en/newsletter/confirm/",
            "confirmed": "Your subscription is confirmed",
            "unsubscribe": "Unsubscribe",
            "unsubscribed": "You are unsubscribed",
        },
    ),
]


@pytest.mark.parametrize(("home", "words"), JOURNEYS)
def test_visitor_signs_up_in_the_footer_confirms_from_the_mail_and_leaves_again(
    page,
    live_server,
    home_pages,
    mailbox,
    home,
    words,
):
    refused_by_policy = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and refused_by_policy.append(message.text)
        ),
    )
    page.goto(home)
    footer = page.locator("footer")
    footer.get_by_label(words["email"]).fill("lezer@example.org")
    footer.get_by_label(words["name"]).fill("Lieke")
    footer.get_by_role("button", name=words["submit"]).click()
    page.get_by_role("heading", name=words["check_mail"]).wait_for()

    [mail] = mailbox.wait_for("lezer@example.org")
    confirm_link = first_link(mail, words["confirm_path"])
    assert confirm_link.startswith(live_server.url)
    page.goto(confirm_link)
    assert page.get_by_role("heading", level=1).inner_text() == words["confirmed"]
    subscriber = Subscriber.objects.get()
    assert (subscriber.name, subscriber.status) == ("Lieke", "confirmed")

    page.goto(unsubscribe_header_link(mail))
    page.get_by_role("main").get_by_role("button", name=words["unsubscribe"]).click()
    page.get_by_role("heading", name=words["unsubscribed"]).wait_for()
    assert Subscriber.objects.get().status == "unsubscribed"
    assert refused_by_policy == []


def test_a_mistyped_address_is_pointed_out_on_a_page_in_dutch(
    page,
    live_server,
    home_pages,
    mailbox,
):
    page.goto("/")
    footer = page.locator("footer")
    footer.get_by_label("E-mailadres").fill("lezer@voorbeeld")
    footer.get_by_role("button", name="Aanmelden voor de nieuwsbrief").click()
    main = page.get_by_role("main")
    main.get_by_text("Voer een geldig e-mailadres in.").wait_for()
    assert main.get_by_label("E-mailadres").input_value() == "lezer@voorbeeld"
    assert not Subscriber.objects.exists() and not mailbox.messages
