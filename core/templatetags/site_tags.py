"""Template tags for the shell around every page: navigation, language switcher, <head>."""

from django import template
from django.conf import settings
from django.urls import get_script_prefix
from django.utils.translation import get_language
from wagtail.models import Page, Site

from core.languages import language_links
from core.models import SiteTexts
from core.privacy import visible
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
    """The home page's children that staff marked 'Show in menus', in the visitor's
    language: one query, as the site's home pages are siblings, one per language."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return (
        visible(Page.objects)
        .in_menu()
        .filter(depth=site.root_page.depth + 1, locale__language_code=get_language())
        .order_by("path")
    )


@register.simple_tag
def home_url():
    """The home page of the visitor's language: '/' for Dutch, '/en/' for English."""
    language = get_language()
    prefix = "" if language == settings.LANGUAGE_CODE else f"{language}/"
    return f"{get_script_prefix()}{prefix}"


@register.simple_tag
def site_texts():
    """Footer and newsletter texts in the visitor's language (see SiteTexts)."""
    return SiteTexts.for_language(get_language())


@register.simple_tag(takes_context=True)
def head_meta(context):
    """Title, description, canonical, alternates, social cards and JSON-LD of the page."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not hasattr(page, "share_image"):
        return None
    return page_meta(page, request)
