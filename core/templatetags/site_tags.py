from django import template
from wagtail.models import Site

from core.languages import language_links
from core.seo import page_meta

register = template.Library()


@register.simple_tag(takes_context=True)
def language_switcher(context):
    """Links to the current page (or path) in every other language."""
    request = context.get("request")
    if request is None:
        return []
    return language_links(request, context.get("page"))


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The localized home page's children that staff marked 'Show in menus'."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    home = site.root_page.localized
    return home.get_children().live().in_menu().specific(defer=True)


@register.simple_tag(takes_context=True)
def home_url(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return "/"
    return site.root_page.localized.get_url(request) or "/"


@register.simple_tag(takes_context=True)
def head_meta(context):
    """Title, description, canonical, alternates, social cards and JSON-LD of the page."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not hasattr(page, "share_image"):
        return None
    return page_meta(page, request)
