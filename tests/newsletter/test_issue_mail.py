"""An issue as an e-mail: HTML for mail programs, a plain-text part, every link with the
campaign's utm_ parameters, pictures with absolute addresses and alt texts, a web version."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.staticfiles import finders
from PIL import Image as PILImage

from newsletter.digest import render_issue
from tests.factories import make_image, make_news, make_publication
from tests.newsletter.issues import make_issue

pytestmark = pytest.mark.django_db

BASE = "https://www.radicalevernieuwing.nl"


@pytest.fixture
def issue(sections):
    news = make_news(sections["news"], "Bewegingen bundelen krachten", image=make_image("Zorg"))
    publication = make_publication(sections["publications"], "Katern onderwijs")
    return make_issue(
        [news, publication],
        introduction="Welkom bij deze nieuwsbrief.\n\nVeel leesplezier!",
    )


def links(html):
    return re.findall(r'href="([^"]+)"', html)


def test_every_link_to_the_site_carries_the_campaign(issue):
    _subject, text, html = render_issue(issue, BASE, unsubscribe_link=None)
    found = links(html)
    assert len(found) >= 5
    for link in found:
        assert link.startswith(BASE + "/"), link
        query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)
        assert query["utm_source"] == ["nieuwsbrief"] and query["utm_medium"] == ["email"]
        assert query["utm_campaign"] == ["wetenswaardigheden-12"]
    assert f"{BASE}/nieuws/bewegingen-bundelen-krachten/?utm_source=nieuwsbrief" in text


def test_the_mail_is_html_for_mail_programs_with_a_plain_text_part(issue):
    subject, text, html = render_issue(issue, BASE, unsubscribe_link=None)
    assert subject == "Wetenswaardigheden #12"
    assert '<table role="presentation"' in html and "<link" not in html  # inline styles only
    images = re.findall(r"<img [^>]+>", html)
    assert len(images) == 2  # the logo and the news item's photo; this publication has none
    for image in images[1:]:
        assert re.search(r'src="https://www\.radicalevernieuwing\.nl/media/[^"]+"', image)
        assert re.search(r'alt="[^"]+"', image)
    for part in (text, html):
        assert "Welkom bij deze nieuwsbrief." in part and "Veel leesplezier!" in part
        assert "Bewegingen bundelen krachten" in part and "Katern onderwijs" in part
    assert "Lees verder" in html and "<p" not in text and "<table" not in text


def test_the_mail_opens_with_the_logo_as_a_png_of_a_given_size_named_for_those_without_images(
    issue,
):
    _subject, _text, html = render_issue(issue, BASE, unsubscribe_link=None)
    first_image = re.search(r"<img [^>]+>", html).group(0)
    assert html.index(first_image) < html.index("<h1")  # above the issue's title
    assert f'src="{BASE}/static/img/mail-logo.png"' in first_image
    assert 'alt="Radicale vernieuwing"' in first_image
    width = int(re.search(r'width="(\d+)"', first_image).group(1))
    height = int(re.search(r'height="(\d+)"', first_image).group(1))
    # The file exists among the static files (collectstatic takes it) and is drawn at twice
    # the size the mail shows it, so it is sharp on a phone.
    found = finders.find("img/mail-logo.png")
    assert found, "static/img/mail-logo.png is missing"
    with PILImage.open(found) as picture:
        assert picture.format == "PNG"
        assert picture.size == (2 * width, 2 * height)


def test_the_web_version_shows_a_sent_issue_and_nothing_before(client, issue):
    from newsletter.models import NewsletterIssue

    assert client.get(f"/nieuwsbrief/nummer/{issue.pk}/").status_code == 404
    NewsletterIssue.objects.filter(pk=issue.pk).update(status="sent")
    shown = client.get(f"/nieuwsbrief/nummer/{issue.pk}/")
    assert shown.status_code == 200
    assert "Bewegingen bundelen krachten" in shown.content.decode()
    assert client.get(f"/en/newsletter/issue/{issue.pk}/").status_code == 404  # a Dutch issue
