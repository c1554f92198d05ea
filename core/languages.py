"""Where the language switcher leads: the same page in each language, or its nearest
translated ancestor, or that language's home page."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Locale, Page


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    # False when the page has no live translation and the link leads to an ancestor instead.
    is_exact: bool


def _nearest_live_translation(page, locale):
    """The page's live translation in `locale`, else that of its nearest translated ancestor."""
    for candidate in [page, *reversed(page.get_ancestors()[1:])]:
        translation = (
            Page.objects.live().filter(translation_key=candidate.translation_key, locale=locale)
        ).first()
        if translation is not None:
            return translation, candidate.pk == page.pk
    return None, False


def language_links(request, page=None):
    """One link per configured language for the switcher, current language first-class."""
    current = get_language()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    links = []
    for code, name in settings.LANGUAGES:
        if code == current:
            links.append(LanguageLink(code, name, request.get_full_path(), True, True))
            continue
        target, is_exact = (None, False)
        if page is not None and code in locales:
            target, is_exact = _nearest_live_translation(page, locales[code])
        if target is not None:
            url = target.get_url(request)
        else:
            # Not a page (a 404, say): the same path in the other language, which falls
            # back to that language's home when nothing matches.
            url = translate_url(request.path, code)
            is_exact = page is None
        links.append(LanguageLink(code, name, url, False, is_exact))
    return links


def localized_pages(pages):
    """`pages` in the active language, where a live translation exists, in one query.

    The batch version of Wagtail's `page.localized`, for lists of related pages.
    """
    if not pages:
        return []
    locale = Locale.get_active()
    model = type(pages[0])
    translations = {
        page.translation_key: page
        for page in model.objects.live().filter(
            locale=locale, translation_key__in={page.translation_key for page in pages}
        )
    }
    return [translations.get(page.translation_key, page) for page in pages]


def live_translations(page):
    """`page` and its live translations, for hreflang alternates."""
    return (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )
