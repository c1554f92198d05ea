"""The theme, keyword and year filters of the news and publication lists."""

from dataclasses import dataclass, field

from django.db.models.functions import ExtractYear
from taggit.models import Tag

from themes.models import ThemePage


@dataclass
class ListingFilters:
    """What the visitor chose (from query parameters) and the options to choose from."""

    theme: ThemePage | None = None
    keyword: Tag | None = None
    year: int | None = None
    themes: list = field(default_factory=list)
    keywords: list = field(default_factory=list)
    years: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.theme or self.keyword or self.year)


def apply_listing_filters(request, pages, locale, date_field, keyword_model):
    """Filter `pages` by the request's `theme`, `keyword` and `year` parameters.

    Unknown values are ignored rather than answered with an error: a visitor following an
    old link still sees the list. Returns (filtered pages, ListingFilters).
    """
    chosen = ListingFilters()
    params = request.GET
    chosen.theme = ThemePage.objects.live().filter(locale=locale, slug=params.get("theme")).first()
    if chosen.theme is not None:
        pages = pages.filter(theme_links__theme__translation_key=chosen.theme.translation_key)
    chosen.keyword = Tag.objects.filter(slug=params.get("keyword", "")).first()
    if chosen.keyword is not None:
        pages = pages.filter(tagged_items__tag=chosen.keyword)
    year = params.get("year", "")
    if year.isdigit() and len(year) == 4:
        chosen.year = int(year)
        pages = pages.filter(**{f"{date_field}__year": chosen.year})

    chosen.themes = list(ThemePage.objects.live().filter(locale=locale).order_by("title"))
    used_here = keyword_model.objects.filter(
        content_object__live=True, content_object__locale=locale
    ).values("tag_id")
    chosen.keywords = list(Tag.objects.filter(pk__in=used_here).order_by("name"))
    chosen.years = list(
        pages.model.objects.live()
        .filter(locale=locale)
        .annotate(year=ExtractYear(date_field))
        .values_list("year", flat=True)
        .order_by("-year")
        .distinct()
    )
    return pages.distinct(), chosen
