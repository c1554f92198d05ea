"""WordPress categories as the site's themes, tags as its keywords, and tags or categories
that name a participating organisation as a link to that participant.

A category finds its theme by slug or by name (case and accents as written), or through a
small TOML mapping file for the rest:

    fallback_theme = "mensen-en-initiatieven"   # optional: for posts with no theme at all
    [categories]
    "vvt" = ""                                  # deliberately no theme (not reported)
    "Nieuws uit de regio" = "zorgzame-gemeenschappen"
"""

import tomllib

from taggit.models import Tag

from participants.models import ParticipantPage
from themes.models import ThemePage

TAG_NAME_MAX_LENGTH = Tag._meta.get_field("name").max_length


class MappingError(Exception):
    """The mapping file cannot be read or names a theme the site does not have."""


def read_theme_map(path):
    """{category slug or name (lower case): theme slug or title, or ""}, and the fallback."""
    try:
        with open(path, "rb") as file:
            data = tomllib.load(file)
    except OSError as error:
        raise MappingError(f"{path}: {error.strerror}") from None
    except tomllib.TOMLDecodeError as error:
        raise MappingError(f"{path}: {error}") from None
    categories = data.get("categories", {})
    if not isinstance(categories, dict) or not all(
        isinstance(value, str) for value in categories.values()
    ):
        raise MappingError(f'{path}: [categories] maps names to theme slugs: "name" = "slug".')
    mapping = {key.casefold(): value for key, value in categories.items()}
    return mapping, str(data.get("fallback_theme", ""))


class ThemeMatcher:
    def __init__(self, locale, mapping=None, fallback=""):
        self.themes = {}
        for theme in ThemePage.objects.filter(locale=locale).only("id", "title", "slug"):
            self.themes.setdefault(theme.slug.casefold(), theme)
            self.themes.setdefault(theme.title.casefold(), theme)
        self.mapping = mapping or {}
        unknown = [
            value
            for value in [*self.mapping.values(), fallback]
            if value and not self._theme(value)
        ]
        if unknown:
            raise MappingError(
                "The mapping names themes the site does not have in this language: "
                + ", ".join(sorted(set(unknown)))
            )
        self.fallback = self._theme(fallback) if fallback else None

    def _theme(self, name):
        return self.themes.get(name.strip().casefold())

    def theme_for(self, slug, name):
        """(theme or None, whether the category was accounted for)."""
        for key in (slug.casefold(), name.casefold()):
            if key in self.mapping:
                target = self.mapping[key]
                return (self._theme(target) if target else None), True
        theme = self._theme(slug) or self._theme(name)
        return theme, theme is not None

    def themes_for(self, categories, report):
        """The themes of a post's categories, in order and once each; categories with no
        theme are counted in the report."""
        found = {}
        for slug, name in categories:
            theme, accounted_for = self.theme_for(slug, name)
            if theme is not None:
                found.setdefault(theme.pk, theme)
            elif not accounted_for:
                report.unmapped_categories[name or slug] += 1
        if not found and self.fallback is not None:
            found[self.fallback.pk] = self.fallback
        return list(found.values())


class ParticipantMatcher:
    def __init__(self, locale):
        self.participants = {
            participant.title.casefold(): participant
            for participant in ParticipantPage.objects.filter(locale=locale).only("id", "title")
        }

    def participants_for(self, names):
        found = {}
        for name in names:
            participant = self.participants.get(name.strip().casefold())
            if participant is not None:
                found.setdefault(participant.pk, participant)
        return list(found.values())


def tags_named(names):
    """Taggit tags for these names, existing ones matched regardless of case, so that
    'Zorgonderwijs' on the old site joins the site's keyword 'zorgonderwijs'."""
    tags = {}
    for name in names:
        name = " ".join(name.split())[:TAG_NAME_MAX_LENGTH]
        if not name or name.casefold() in tags:
            continue
        tag = Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)
        tags[name.casefold()] = tag
    return list(tags.values())
