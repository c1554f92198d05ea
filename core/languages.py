"""Pages across languages: the language switcher, hreflang alternates, and related pages
shown in the visitor's language. Written to cost one query where Wagtail's per-page
helpers would cost one per page."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from core.privacy import visible


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation and the link leads to an ancestor instead.
    is_exact: bool


def live_translations(page):
    """{language code: public page} for `page` and its translations; one query, kept on
    the page so the switcher and the hreflang alternates share it."""
    if not hasattr(page, "_live_translations"):
        page._live_translations = {
            translation.locale.language_code: translation
            for translation in visible(Page.objects)
            .filter(translation_key=page.translation_key)
            .select_related("locale")
        }
    return page._live_translations


def _nearest_translated_ancestor(page, language_code):
    """The nearest public ancestor of `page` that has a translation in `language_code`."""
    ancestor_keys = [ancestor.translation_key for ancestor in page.get_ancestors()[1:]]
    candidates = {
        candidate.translation_key: candidate
        for candidate in visible(Page.objects).filter(
            translation_key__in=ancestor_keys, locale__language_code=language_code
        )
    }
    for key in reversed(ancestor_keys):
        if key in candidates:
            return candidates[key]
    return None


def language_links(request, page=None):
    """One link per configured language for the switcher, the current one marked."""
    current = get_language()
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            links.append(LanguageLink(code, name, request.get_full_path(), True, True))
            continue
        target = live_translations(page).get(code) if page is not None else None
        is_exact = target is not None
        if page is not None and target is None:
            target = _nearest_translated_ancestor(page, code)
        if target is not None:
            url = target.get_url(request)
        else:
            # Not a page (a 404, say): the same path in the other language, which falls
            # back to that language's home when nothing matches.
            url = translate_url(request.path, code)
            is_exact = page is None
        links.append(LanguageLink(code, name, url, False, is_exact))
    return links


def localized_pages(pages, locale_id):
    """The public ones of `pages`, each in the locale `locale_id` where it is translated.

    The batch version of Wagtail's `page.localized` that also drops what the public may not
    see (a link to a theme that has since been made private, say): one query.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return []
    public = {
        (page.translation_key, page.locale_id): page
        for page in visible(type(pages[0]).objects).filter(
            translation_key__in={page.translation_key for page in pages}
        )
    }
    found = (
        public.get((page.translation_key, locale_id))
        or public.get((page.translation_key, page.locale_id))
        for page in pages
    )
    return [page for page in found if page is not None]
