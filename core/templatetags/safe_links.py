"""Template filters that keep unsafe links (javascript: and the like) off the page."""

from django import template
from django.utils.safestring import mark_safe

from core.links import safe_url_or_empty, without_unsafe_links

register = template.Library()


@register.filter
def safe_url(value):
    """A link from content, or an empty string when it is unsafe (core/links.py), so
    `{% if value|safe_url %}` leaves such a link out."""
    return safe_url_or_empty(value)


@register.filter
def safe_rich_text(rendered_html):
    """Rendered rich text with unsafe link attributes removed. It was marked safe by
    Wagtail's rich text rendering before; what we return is a subset of it."""
    return mark_safe(without_unsafe_links(rendered_html))  # noqa: S308 - sanitised HTML
