"""Staff place the sign-up form in an article's body: readers sign up from there too."""

import json

import pytest

from newsletter.models import Subscriber
from tests.factories import make_news

pytestmark = pytest.mark.django_db


def article_with_signup_block(sections):
    body = json.dumps(
        [
            {"type": "paragraph", "value": "<p>Het verhaal.</p>"},
            {
                "type": "newsletter_signup",
                "value": {"title": "Meer verhalen zoals dit?", "text": "Elke week in je mail."},
            },
        ]
    )
    return make_news(sections["news"], "Een verhaal", body=body)


def test_the_block_shows_its_title_and_the_form_in_the_article_and_the_footer_leaves_its_out(
    client, sections
):
    article = article_with_signup_block(sections)
    client.get("/nieuws/")  # the footer of a page without the block, cached first
    html = client.get(article.url).content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert "Meer verhalen zoals dit?" in main and "Elke week in je mail." in main
    assert 'action="/nieuwsbrief/aanmelden/"' in main
    assert html.count('class="newsletter-form"') == 1  # one appeal per page
    assert 'id="footer-newsletter"' not in html
    assert 'id="footer-newsletter"' in client.get("/nieuws/").content.decode()


def test_a_page_with_the_block_is_still_served_from_the_cache(client, sections):
    article = article_with_signup_block(sections)
    assert not client.get(article.url).cookies
    assert client.get(article.url)["X-Page-Cache"] == "hit"


def test_signing_up_from_the_block_sends_the_confirmation_mail(client, sections, mailbox):
    article = article_with_signup_block(sections)
    client.get(article.url)
    answer = client.post(
        "/nieuwsbrief/aanmelden/", {"email": "lezer@example.org", "language": "nl"}
    )
    assert answer.status_code == 200
    assert len(mailbox.wait_for("lezer@example.org")) == 1
    assert Subscriber.objects.get().status == "pending"
