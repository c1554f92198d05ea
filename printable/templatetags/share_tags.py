"""Share links without anyone else's script: plain addresses that open e-mail, LinkedIn,
WhatsApp or Bluesky with the page's address filled in (static/js/share.js adds the
browser's own share sheet, or copying the link)."""

from urllib.parse import quote, urlencode

from django import template

register = template.Library()


def encoded(params):
    # %20 rather than +: mail programs and some apps show a + literally.
    return urlencode(params, quote_via=quote)


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """The page's canonical address (no query string, whatever the visitor's had) and one
    link per way of sharing it, each with its text properly encoded."""
    request = context.get("request")
    url = page.get_full_url(request)
    text = f"{page.title} {url}"
    return {
        "url": url,
        "email": "mailto:?" + encoded({"subject": page.title, "body": url}),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?" + encoded({"url": url}),
        "whatsapp": "https://wa.me/?" + encoded({"text": text}),
        "bluesky": "https://bsky.app/intent/compose?" + encoded({"text": text}),
    }
