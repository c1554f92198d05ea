"""Keywords in the visitor's language: taggit tags named through KeywordName."""

from django.db.models import OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from taggit.models import Tag
from wagtail.models import Locale

from core.models import KeywordName


def localized_keywords(tags, locale_id):
    """`tags` with `local_name` and `local_slug`: their name and slug in the locale, or
    the tag's own where no translation exists. No extra query: it is one subquery."""
    if not isinstance(tags, QuerySet):  # a page preview holds its tags in memory
        for tag in tags:
            tag.local_name, tag.local_slug = tag.name, tag.slug
        return list(tags)
    names = KeywordName.objects.filter(tag=OuterRef("pk"), locale_id=locale_id)
    return tags.annotate(
        local_name=Coalesce(Subquery(names.values("name")[:1]), "name"),
        local_slug=Coalesce(Subquery(names.values("slug")[:1]), "slug"),
    )


def tag_for_slug(slug, locale_id):
    """The tag whose name in the locale has this slug, else the tag with this slug."""
    named = KeywordName.objects.filter(slug=slug, locale_id=locale_id).select_related("tag")
    keyword = named.first()
    return keyword.tag if keyword else Tag.objects.filter(slug=slug).first()


def name_new_tag(sender, instance, created, raw=False, **kwargs):
    """Give every new tag its name in the default language: the source that staff
    translate from."""
    if created and not raw:
        KeywordName.objects.get_or_create(
            tag=instance,
            locale=Locale.get_default(),
            defaults={"name": instance.name, "slug": instance.slug},
        )
