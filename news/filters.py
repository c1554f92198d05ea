"""The theme, keyword and year filters of the news and publication lists."""

from dataclasses import dataclass, field

from django.db.models.functions import ExtractYear
from taggit.models import Tag

from core.keywords import localized_keywords
from core.privacy import visible
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


def apply_listing_filters(request, pages, locale_id, date_field, keyword_model):
    """Filter `pages` by the request's `theme`, `keyword` and `year` parameters.

    Unknown values are ignored rather than answered with an error: a visitor following an
    old link still sees the list. The options offered are those of this language: its
    themes, the keywords its pages carry, the years they were published. Three queries.
    Returns (filtered pages, ListingFilters).
    """
    params = request.GET
    chosen = ListingFilters()
    chosen.themes = list(visible(ThemePage.objects.filter(locale_id=locale_id)).order_by("title"))
    chosen.theme = next((t for t in chosen.themes if t.slug == params.get("theme")), None)
    if chosen.theme is not None:
        pages = pages.filter(theme_links__theme__translation_key=chosen.theme.translation_key)

    public_here = visible(pages.model.objects.filter(locale_id=locale_id))
    used_here = keyword_model.objects.filter(content_object__in=public_here).values("tag_id")
    chosen.keywords = list(
        localized_keywords(Tag.objects.filter(pk__in=used_here), locale_id).order_by("local_name")
    )
    wanted = params.get("keyword")
    chosen.keyword = next((k for k in chosen.keywords if wanted in (k.local_slug, k.slug)), None)
    if chosen.keyword is not None:
        pages = pages.filter(tagged_items__tag=chosen.keyword)

    chosen.years = list(
        public_here.annotate(year=ExtractYear(date_field))
        .values_list("year", flat=True)
        .order_by("-year")
        .distinct()
    )
    year = params.get("year", "")
    if year.isdigit() and int(year) in chosen.years:
        chosen.year = int(year)
        pages = pages.filter(**{f"{date_field}__year": chosen.year})
    return pages.distinct(), chosen
