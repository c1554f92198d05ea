"""The sign-up form in every footer: once per page, in the page's language, with the
consent sentence staff wrote, and without anything that keeps the page out of the cache."""

import re

import pytest

from newsletter.models import NewsletterSettings

pytestmark = pytest.mark.django_db


def signup_forms(html):
    return re.findall(r'<form class="newsletter-form"[^>]*action="([^"]+)"', html)


@pytest.mark.parametrize(
    ("path", "action", "selected"),
    [("/", "/nieuwsbrief/aanmelden/", "nl"), ("/en/", "/en/newsletter/subscribe/", "en")],
)
def test_every_footer_has_the_sign_up_form_in_the_pages_language(
    client, home_pages, path, action, selected
):
    html = client.get(path).content.decode()
    assert signup_forms(html) == [action]
    assert f'<option value="{selected}" selected>' in html
    consent = NewsletterSettings.load().consent_for(selected)
    assert consent.split()[0] in html


def test_a_news_article_shows_the_newsletter_appeal_only_once(client, bilingual):
    dutch, english = bilingual
    for page in (dutch["news"], english["news"], dutch["publication"]):
        html = client.get(page.url).content.decode()
        assert len(signup_forms(html)) == 1, page.url
        assert (
            html.count("Aanmelden voor de nieuwsbrief") + html.count("Subscribe to the newsletter")
            == 1
        )


def test_the_footer_form_keeps_pages_cacheable(client, home_pages):
    first = client.get("/")
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert not first.cookies
    second = client.get("/")
    assert second["X-Page-Cache"] == "hit"


def test_the_form_needs_no_inline_script_or_style(client, home_pages):
    html = client.get("/").content.decode()
    form = html[html.index('<form class="newsletter-form"') :]
    form = form[: form.index("</form>")]
    assert "<script" not in form and "style=" not in form
    assert not re.search(r"\son[a-z]+=", form)  # no event handler attributes


def test_a_new_consent_sentence_shows_in_every_footer_at_once(client, home_pages):
    client.get("/")
    client.get("/en/")
    settings = NewsletterSettings.load()
    settings.consent_nl = "Ja, stuur mij de nieuwsbrief."
    settings.consent_en = "Yes, send me the newsletter."
    settings.save()
    assert "Ja, stuur mij de nieuwsbrief." in client.get("/").content.decode()
    assert "Yes, send me the newsletter." in client.get("/en/").content.decode()


def test_the_sign_up_page_works_without_a_footer_form_id_clash(client, home_pages):
    html = client.get("/nieuwsbrief/aanmelden/").content.decode()
    assert len(signup_forms(html)) == 2  # the page's own and the footer's
    ids = re.findall(r' id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
