"""A newsletter issue as an e-mail: HTML that mail programs render (tables, inline styles,
absolute links and images with alt texts) and a plain-text part, both in the issue's
language, every link to the site carrying the campaign's utm_ parameters."""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.text import Truncator

from newsletter.mail import list_unsubscribe_headers, mail_logo, unsubscribe_url

SUMMARY_WORDS = 45
IMAGE_SPEC = "fill-560x315"


def site_base_url():
    """The site's public address (WAGTAILADMIN_BASE_URL, set from the environment)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def tracked(url, campaign):
    """`url` with utm_source=nieuwsbrief, utm_medium=email and utm_campaign=<campaign>;
    parameters it already has are kept."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if not k.startswith("utm_")]
    query += [("utm_source", "nieuwsbrief"), ("utm_medium", "email"), ("utm_campaign", campaign)]
    return urlunsplit(parts._replace(query=urlencode(query)))


def absolute(url, base_url):
    return url if urlsplit(url).scheme else base_url + url


def item_summary(page):
    text = (
        page.card_summary or getattr(page, "lead", "") or strip_tags(getattr(page, "summary", ""))
    )
    return Truncator(text).words(SUMMARY_WORDS)


def item_image(page, base_url):
    image = page.card_image
    if image is None:
        return None
    rendition = image.get_rendition(IMAGE_SPEC)
    return {
        "url": absolute(rendition.url, base_url),
        "alt": image.default_alt_text or image.title,
        "width": rendition.width,
        "height": rendition.height,
    }


def issue_context(issue, base_url, unsubscribe_link=None):
    items = [
        {
            "title": page.card_title,
            "summary": item_summary(page),
            "date": getattr(page, "date", None),
            # An event's date, time and place, written in the issue's language.
            "event": (
                page.event_details(issue.language) if hasattr(page, "event_details") else None
            ),
            "url": tracked(base_url + page.get_url_parts()[2], issue.campaign),
            "image": item_image(page, base_url),
        }
        for page in issue.pages()
    ]
    with translation.override(issue.language):
        home = reverse("wagtail_serve", args=[""])
        web_version = reverse("newsletter-issue", args=[issue.pk])
    return {
        "issue": issue,
        "introduction": issue.introduction_paragraphs,
        "items": items,
        "home_url": tracked(base_url + home, issue.campaign),
        "logo": mail_logo(base_url),
        "web_version_url": tracked(base_url + web_version, issue.campaign),
        "unsubscribe_url": unsubscribe_link,
    }


# Rendered once per run with this in place of the unsubscribe link, then filled in per
# subscriber: the pages and their pictures are looked up once, not 5,000 times.
UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/subscriber/"


def render_issue(issue, base_url, unsubscribe_link=UNSUBSCRIBE_PLACEHOLDER):
    """(subject, plain text, HTML) of the issue; `unsubscribe_link` None for a preview."""
    context = issue_context(issue, base_url, unsubscribe_link)
    with translation.override(issue.language):
        text = render_to_string("newsletter/email/issue.txt", context)
        html = render_to_string("newsletter/email/issue.html", context)
    return issue.title, text, html


def issue_message(issue, subscriber, base_url, rendered, connection=None):
    """The mail of `issue` for `subscriber`, from the issue `rendered` once for all."""
    link = unsubscribe_url(subscriber, base_url)
    subject, text, html = (part.replace(UNSUBSCRIBE_PLACEHOLDER, link) for part in rendered)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[subscriber.email],
        headers=list_unsubscribe_headers(subscriber, base_url),
        connection=connection,
    )
    message.attach_alternative(html, "text/html")
    return message
