"""What a page tells search engines and social networks: canonical URL, alternates,
OpenGraph and Twitter cards, and JSON-LD."""

import html
import json
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext

from core.languages import live_translations

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
# Search engines show about 160 characters of a description, link previews a little more.
DESCRIPTION_LENGTH = 200
BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote)>|<br\s*/?>", re.IGNORECASE)


def description_text(text, limit=DESCRIPTION_LENGTH):
    """Plain text for a meta description from a summary, lead or rich-text introduction:
    paragraphs kept apart by a space, entities read, cut after a word with an ellipsis."""
    text = " ".join(html.unescape(strip_tags(BLOCK_END.sub(" ", text or ""))).split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.-–") + "…"


def site_description():
    """For a page with nothing to say for itself, so that no preview is left without text."""
    return gettext(
        "Radicale vernieuwing is a movement of care organisations in elderly care, "
        "disability care, mental health care and youth care that put relationships first."
    )


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""


def page_meta(page, request):
    """Everything `<head>` needs for `page`, as plain values."""
    image = page.share_image
    image_url = absolute(request, image.get_rendition(SHARE_IMAGE_SPEC).url) if image else ""
    canonical = page.get_full_url(request)
    alternates = [
        (code, translation.get_full_url(request))
        for code, translation in sorted(live_translations(page).items())
    ]
    data = page.structured_data(request) if hasattr(page, "structured_data") else None
    if data is None:
        data = {"@type": "WebPage", "name": page.title}
    data = {"@context": "https://schema.org", "url": canonical, **data}
    if image_url:
        data.setdefault("image", [image_url])
    return {
        "title": page.seo_title or page.title,
        "description": description_text(page.meta_description) or site_description(),
        "canonical": canonical,
        "alternates": alternates,
        "image_url": image_url,
        "og_type": "article" if data["@type"] == "NewsArticle" else "website",
        # Escape "<" so that text in the data can never close the script element.
        "json_ld": json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"),
    }
