"""The theme, keyword and year filters of the news and publication lists, and the participant
filter that a participant's page links to."""

from dataclasses import dataclass, field

from django.db.models.functions import ExtractYear
from taggit.models import Tag

from core.cache import cached_for_content
from core.keywords import localized_keywords
from core.privacy import visible
from participants.models import ParticipantPage
from themes.models import ThemePage


@dataclass
class ListingFilters:
    """What the visitor chose (from query parameters) and the options to choose from."""

    theme: ThemePage | None = None
    keyword: Tag | None = None
    year: int | None = None
    participant: ParticipantPage | None = None
    themes: list = field(default_factory=list)
    keywords: list = field(default_factory=list)
    years: list = field(default_factory=list)

    @property
    def active(self):
        return bool(self.theme or self.keyword or self.year or self.participant)

    def cache_key(self, index_page):
        """A name for the list `index_page` shows with these filters (see core.listing)."""
        chosen = [getattr(self.theme, "pk", ""), getattr(self.keyword, "pk", ""), self.year or ""]
        if self.participant is not None:
            chosen.append(f"p{self.participant.pk}")
        return f"list-ids:{index_page.pk}:" + ":".join(map(str, chosen))


def apply_listing_filters(request, pages, locale_id, date_field, keyword_model):
    """Filter `pages` by the request's `theme`, `keyword` and `year` parameters.

    Unknown values are ignored rather than answered with an error: a visitor following an
    old link still sees the list. The options offered are those of this language: its
    themes, the keywords its pages carry, the years they were published. Three queries, the
    last two over the whole archive and therefore kept per content version (core/cache.py).
    The filters are semi-joins (`pk IN (...)`), so the list needs no DISTINCT and stays an
    indexed walk in date order. Returns (filtered pages, ListingFilters).
    """
    params = request.GET
    chosen = ListingFilters()
    chosen.themes = list(visible(ThemePage.objects.filter(locale_id=locale_id)).order_by("title"))
    chosen.theme = next((t for t in chosen.themes if t.slug == params.get("theme")), None)
    if chosen.theme is not None:
        pages = pages.filter(pk__in=pages_naming_theme(pages.model, chosen.theme))

    model = pages.model
    chosen.keywords = cached_for_content(
        f"keyword-facet:{model._meta.label}:{locale_id}",
        lambda: keywords_in_use(model, keyword_model, locale_id),
    )
    wanted = params.get("keyword")
    chosen.keyword = next((k for k in chosen.keywords if wanted in (k.local_slug, k.slug)), None)
    if chosen.keyword is not None:
        tagged = keyword_model.objects.filter(tag=chosen.keyword).values("content_object_id")
        pages = pages.filter(pk__in=tagged)

    chosen.years = cached_for_content(
        f"year-facet:{model._meta.label}:{locale_id}",
        lambda: years_published(model, date_field, locale_id),
    )
    year = params.get("year", "")
    if year.isdigit() and int(year) in chosen.years:
        chosen.year = int(year)
        pages = pages.filter(**{f"{date_field}__year": chosen.year})

    # Only from a participant's page ("all news about …"): no menu, one lookup when asked.
    if params.get("participant") and has_participant_links(model):
        chosen.participant = (
            visible(ParticipantPage.objects.filter(locale_id=locale_id))
            .filter(slug=params["participant"])
            .first()
        )
    if chosen.participant is not None:
        pages = pages.filter(pk__in=pages_naming_participant(model, chosen.participant))
    return pages, chosen


def pages_naming_theme(model, theme):
    """The ids of `model`'s pages that name `theme`, in any of its languages: a subquery."""
    links = model._meta.get_field("theme_links").related_model.objects
    return links.filter(theme__translation_key=theme.translation_key).values("page_id")


def has_participant_links(model):
    return any(field.name == "participant_links" for field in model._meta.related_objects)


def pages_naming_participant(model, participant):
    """The ids of `model`'s pages that name `participant`, in any of its languages."""
    links = model._meta.get_field("participant_links").related_model.objects
    return links.filter(participant__translation_key=participant.translation_key).values("page_id")


def keywords_in_use(model, keyword_model, locale_id):
    """The keywords that public pages of `model` carry in this language, by local name."""
    public_here = visible(model.objects.filter(locale_id=locale_id))
    used_here = keyword_model.objects.filter(content_object__in=public_here).values("tag_id")
    return list(
        localized_keywords(Tag.objects.filter(pk__in=used_here), locale_id).order_by("local_name")
    )


def years_published(model, date_field, locale_id):
    """The years in which public pages of `model` in this language are dated, newest first."""
    public_here = visible(model.objects.filter(locale_id=locale_id))
    return list(
        public_here.annotate(year=ExtractYear(date_field))
        .values_list("year", flat=True)
        .order_by("-year")
        .distinct()
    )
