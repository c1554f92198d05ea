"""What a page tells search engines and social networks: canonical URL, alternates,
OpenGraph and Twitter cards, and JSON-LD."""

import json

from django.utils.html import strip_tags

from core.languages import live_translations

SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"


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
        "description": strip_tags(page.meta_description or "").strip(),
        "canonical": canonical,
        "alternates": alternates,
        "image_url": image_url,
        "og_type": "article" if data["@type"] == "NewsArticle" else "website",
        # Escape "<" so that text in the data can never close the script element.
        "json_ld": json.dumps(data, ensure_ascii=False).replace("<", "\\u003c"),
    }
