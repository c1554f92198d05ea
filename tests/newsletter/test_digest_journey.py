"""The whole journey of a reader over real SMTP, in Dutch and in English: sign up, the
confirmation mail, its link, an issue with a news item, a publication and an event, its
tracked links and web version, the one-click unsubscribe, and then nothing more."""

import re
from html import unescape
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command

from newsletter.models import Subscriber
from tests.events.factories import at, make_agenda, make_event, translate_agenda, translate_event
from tests.newsletter.issues import confirmed, make_issue
from tests.newsletter.smtp import body_text, first_link, raw_header, unsubscribe_header_link

pytestmark = pytest.mark.django_db

BASE = "http://testserver"

WORDS = {
    "nl": {
        "signup": "/nieuwsbrief/aanmelden/",
        "confirm": "/nieuwsbrief/bevestigen/",
        "title": "Wetenswaardigheden #12",
        "campaign": "wetenswaardigheden-12",
        "news": "Bewegingen bundelen krachten",
        "publication": "Katern onderwijs",
        "event": "Halfjaarlijkse bijeenkomst",
        "when": "7 april 2022, 13.00–17.00 uur",
        "read_more": "Lees verder",
        "web_version": "Bekijk deze nieuwsbrief in je browser",
        "unsubscribe": "Afmelden",
    },
    "en": {
        "signup": "/en/newsletter/subscribe/",
        "confirm": "/en/newsletter/confirm/",
        "title": "Newsletter #12",
        "campaign": "newsletter-12",
        "news": "Movements join forces",
        "publication": "Education supplement",
        "event": "Half-yearly meeting",
        "when": "7 April 2022, 13:00–17:00",
        "read_more": "Read more",
        "web_version": "Read this newsletter in your browser",
        "unsubscribe": "Unsubscribe",
    },
}
PLACE = "Bar Beton, Utrecht"


@pytest.fixture
def pages(bilingual, home_pages, locales):
    """Per language: a news item, a publication and an event, translated through
    wagtail-localize as staff would."""
    dutch, english = bilingual
    agenda = make_agenda(home_pages[0])
    translate_agenda(agenda, locales[1])
    event = make_event(agenda, WORDS["nl"]["event"], at(2022, 4, 7, 13), at(2022, 4, 7, 17))
    event.location = PLACE
    event.save_revision().publish()
    english_event = translate_event(event, locales[1], WORDS["en"]["event"], "half-yearly-meeting")
    return {
        "nl": [dutch["news"], dutch["publication"], event],
        "en": [english["news"], english["publication"], english_event],
    }


def send():
    out = StringIO()
    call_command("send_newsletter", "--pause", "0", stdout=out)
    return out.getvalue()


def html_part(message):
    return message.get_body(preferencelist=("html",)).get_content()


def assert_tracked(url, campaign):
    query = parse_qs(urlsplit(url).query)
    assert query["utm_source"] == ["nieuwsbrief"], url
    assert query["utm_medium"] == ["email"], url
    assert query["utm_campaign"] == [campaign], url


def path_and_query(url):
    parts = urlsplit(url)
    return parts.path + ("?" + parts.query if parts.query else "")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_sign_up_confirm_read_the_issue_with_an_event_unsubscribe_and_get_nothing_more(
    client, pages, mailbox, settings, language
):
    settings.WAGTAILADMIN_BASE_URL = BASE
    words = WORDS[language]
    other = "en" if language == "nl" else "nl"
    confirmed("ander@example.org", language=other)  # reads the other language's issues

    client.post(words["signup"], {"email": "lezer@example.org", "language": language})
    [confirmation] = mailbox.wait_for("lezer@example.org")
    assert client.get(urlsplit(first_link(confirmation, words["confirm"])).path).status_code == 200
    assert Subscriber.objects.get(email="lezer@example.org").status == "confirmed"

    make_issue(pages[language], title=words["title"], language=language)
    assert "1 sent, 0 failed" in send()
    digest = mailbox.wait_for("lezer@example.org", count=2)[1]
    assert mailbox.to("ander@example.org") == []
    assert digest["Subject"] == words["title"]

    html, text = html_part(digest), body_text(digest)
    assert f'<html lang="{language}">' in html
    for part in (html, text):
        for kind in ("news", "publication", "event"):
            assert words[kind] in part, (kind, part)
        # The event says when and where, in the issue's language.
        assert words["when"] in part and PLACE in part
    # Every link in the HTML is absolute and tracked; every picture absolute and named.
    hrefs = [unescape(link) for link in re.findall(r'href="([^"]+)"', html)]
    assert len(hrefs) >= 8
    for link in hrefs:
        assert link.startswith(BASE + "/"), link
        if "/afmelden/" not in link and "/unsubscribe/" not in link:
            assert_tracked(link, words["campaign"])
    for image in re.findall(r"<img [^>]+>", html):
        assert re.search(r'src="https?://', image) and re.search(r'alt="[^"]+"', image), image
    assert 'alt="Radicale vernieuwing"' in html
    assert words["read_more"] in html and words["unsubscribe"] in html

    # The event's link, in both parts, leads to the event's page.
    event_url = pages[language][2].url
    event_links = [link for link in hrefs if urlsplit(link).path == event_url]
    assert event_links, hrefs
    assert_tracked(first_link(digest, event_url), words["campaign"])
    event_page = client.get(path_and_query(event_links[0]))
    assert event_page.status_code == 200 and words["event"] in event_page.content.decode()

    # The web version, linked at the top, shows the same issue with the event.
    web_link = next(link for link in hrefs if "/nummer/" in link or "/issue/" in link)
    assert html.index(words["web_version"]) < html.index(words["event"])
    web = client.get(path_and_query(web_link))
    assert web.status_code == 200
    web_html = web.content.decode()
    assert words["event"] in web_html and words["when"] in web_html and PLACE in web_html
    assert f'href="{BASE}{event_url}?utm_source=nieuwsbrief' in web_html

    # RFC 8058: the mail program's own button posts to the header's link.
    assert raw_header(digest, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert unsubscribe_header_link(digest).startswith(BASE + "/")
    one_click = client.post(
        urlsplit(unsubscribe_header_link(digest)).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert Subscriber.objects.get(email="lezer@example.org").status == "unsubscribed"

    make_issue(pages[language], title=words["title"].replace("12", "13"), language=language)
    send()
    assert len(mailbox.to("lezer@example.org")) == 2  # nothing after the one click
