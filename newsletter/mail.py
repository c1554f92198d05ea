"""The mails the newsletter sends, and the unsubscribe headers every one of them carries."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from newsletter.tokens import CONFIRMATION_VALID, confirmation_token, unsubscribe_token

# The logo at the top of the HTML mails, a PNG since mail programs do not show inline SVG
# reliably; drawn by scripts/make_mail_logo.py, which prints the size it is shown at.
MAIL_LOGO = "img/mail-logo.png"
MAIL_LOGO_WIDTH, MAIL_LOGO_HEIGHT = 168, 46


def mail_logo(base_url):
    """The logo's absolute address and size. The file's own name, not the hashed one of the
    production static storage: a mail is read for years, and each deploy may drop the
    hashed names of older builds while the plain name stays."""
    url = settings.STATIC_URL + MAIL_LOGO
    if not url.startswith(("http://", "https://")):
        url = base_url.rstrip("/") + url
    return {"url": url, "width": MAIL_LOGO_WIDTH, "height": MAIL_LOGO_HEIGHT}


def unsubscribe_url(subscriber, base_url):
    """The one-click unsubscribe address of a subscriber, in their language."""
    with translation.override(subscriber.language):
        path = reverse("newsletter-unsubscribe", args=[unsubscribe_token(subscriber.email)])
    return base_url.rstrip("/") + path


def list_unsubscribe_headers(subscriber, base_url):
    """RFC 2369 and RFC 8058: mail programs show an "unsubscribe" button that POSTs
    `List-Unsubscribe=One-Click` to the link, without the reader opening anything."""
    return {
        "List-Unsubscribe": f"<{unsubscribe_url(subscriber, base_url)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_confirmation(subscriber, base_url):
    """The double opt-in mail: a link that confirms the address, valid CONFIRMATION_VALID."""
    with translation.override(subscriber.language):
        path = reverse("newsletter-confirm", args=[confirmation_token(subscriber.email)])
        context = {
            "subscriber": subscriber,
            "confirm_url": base_url.rstrip("/") + path,
            "unsubscribe_url": unsubscribe_url(subscriber, base_url),
            "valid_days": CONFIRMATION_VALID.days,
            "logo": mail_logo(base_url),
        }
        subject = render_to_string("newsletter/email/confirm_subject.txt", context).strip()
        text = render_to_string("newsletter/email/confirm.txt", context)
        html = render_to_string("newsletter/email/confirm.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[subscriber.email],
        headers=list_unsubscribe_headers(subscriber, base_url),
    )
    message.attach_alternative(html, "text/html")
    message.send()
