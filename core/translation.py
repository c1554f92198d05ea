"""Translate pages through wagtail-localize's own records, as the admin's editor would.

The demo content and the tests use this, so English pages carry a TranslationSource and
string translations that staff can open, edit and sync, not unrelated copies.
"""

from django.utils.text import slugify
from wagtail.models import Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate_page(page, locale, strings, publish=True):
    """Create or update `page`'s translation into `locale` and return the translated page.

    `strings` maps source text (a title, a slug, a paragraph) to its translation; a key
    (field, text) applies to one field only, for when a name and a slug read the same.
    Text without an entry is copied unchanged, as wagtail-localize's fallback does.
    """
    source, _ = TranslationSource.update_or_create_from_instance(page)
    translation, _ = Translation.objects.update_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = segment.string.data
        target_text = strings.get((segment.context.path, text), strings.get(text))
        if target_text is not None and segment.context.path == "slug":
            # A name and its slug often read the same ("dementie"): one entry serves both.
            target_text = slugify(target_text, allow_unicode=True)
        if target_text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": target_text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                },
            )
    # wagtail-localize publishes a page translation when the transaction commits, from the
    # page object as it was then; if children were translated meanwhile, that stale object
    # resets the parent's child count and its children vanish from get_children(). So save
    # a draft and publish it here and now.
    is_page = isinstance(page, Page)
    translation.save_target(publish=publish and not is_page)
    translated = page.get_translation(locale)
    if publish and is_page:
        translated.get_latest_revision().publish()
        translated.refresh_from_db()
    return translated
