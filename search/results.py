"""The search page's content for one request: filters read from the query string, the
page of results with snippets, the filter options with their counts, promotions, a
suggestion, and the query counted in the log.

A constant number of queries, however many results: synonyms (1), themes (1), compounds
(1, Dutch), the ranking's statistics and the counts with the page's ids (2; elsewhere the
statistics come with the facets, also 2), the page's entries (1), the vocabulary for "did
you mean" (1 or 2), promotions (1) and the query log (1).
"""

import re
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils.formats import number_format
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.search.utils import normalise_query_string

from core.cache import cached_for_content
from core.languages import localized_pages
from core.listing import query_without_page
from core.privacy import visible
from search.documents import KINDS
from search.engine import DATE, RELEVANCE, Filters, engine_for
from search.query import add_compounds
from search.querylog import log_search
from search.snippets import Highlighter
from search.suggest import did_you_mean
from themes.models import ThemePage

RESULTS_PER_PAGE = 10
# A keyword's slug (Unicode allowed); anything else in the parameter is ignored.
KEYWORD_SLUG = re.compile(r"[-\w]{1,100}")
FILTER_PARAMETERS = ("type", "theme", "year", "keyword")


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    """One filter: its query parameter, the options to choose from, and the chosen one."""

    parameter: str
    label: str
    all_label: str
    options: list


@dataclass
class Result:
    url: str
    kind: str
    date: object
    title: str
    snippet: str


class ResultList:
    """The ordered results as the paginator sees them: a length, and slices of one page
    each. A page is always asked of the engine whole, as expected (the last page too,
    which the paginator slices shorter), so it can come with the counts."""

    def __init__(self, engine, filters, sort, total):
        self.engine, self.filters, self.sort, self.total = engine, filters, sort, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("results are fetched a page at a time")
        start, stop = index.start or 0, min(index.stop or self.total, self.total)
        if stop <= start:
            return []
        return self.engine.entries(self.filters, self.sort, start, RESULTS_PER_PAGE)[: stop - start]


def search_context(request, parsed, themes):
    """What search.html shows for `parsed` but the promotions (promotions_for); `themes`:
    the language's public theme pages (searchable_themes)."""
    context = results_context(request, parsed, themes)
    if not context["filters_active"] and not set(request.GET) & {"page", "sort"}:
        log_search(parsed.text, parsed.language, context["total"])
    context["suggestion"] = did_you_mean(parsed)
    return context


def results_context(request, parsed, themes):
    """The results of `parsed` as filtered, sorted and paged in the request, with the
    filters' options: without the log, the suggestion and promotions, as the search for a
    correction shows them (search/views.py)."""
    filters, sort = filters_from(request.GET, themes)
    parsed = add_compounds(parsed)
    engine = engine_for(parsed)
    engine.expect_page(sort, (requested_page(request) - 1) * RESULTS_PER_PAGE, RESULTS_PER_PAGE)
    counts = engine.counts(filters)
    results = ResultList(engine, filters, sort, counts.total)
    page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    highlighter = Highlighter(parsed)
    page.object_list = [result_for(request, entry, highlighter) for entry in page.object_list]
    return {
        "results": page,
        "total": shown_count(counts.total, counts.estimated),
        "estimated": counts.estimated,
        "facets": facets(filters, counts, themes),
        "filters_active": filters.active,
        "sort": sort,
        "filter_query": query_without_page(request),
        "clear_filters_query": urlencode({"q": parsed.text}),
    }


def searchable_themes(locale):
    """The public theme pages of `locale`, by title: the theme filter's options, kept per
    content version (only a publish, or a change of what is private, changes them)."""

    def public_themes():
        themes = visible(ThemePage.objects.filter(locale=locale)).order_by("title")
        return list(themes.only("title", "slug", "translation_key"))

    return cached_for_content(f"search-themes:{locale.pk}", public_themes)


def requested_page(request):
    """The page number asked for, if it is one; the paginator has the last word."""
    number = request.GET.get("page", "1")
    return int(number) if number.isascii() and number.isdigit() and 0 < int(number) < 10_000 else 1


def filters_from(params, themes):
    """The Filters and sort order in the query string; unknown values are ignored."""
    kind = params.get("type", "")
    year = params.get("year", "")
    theme = next((theme for theme in themes if theme.slug == params.get("theme")), None)
    keyword = params.get("keyword", "")
    filters = Filters(
        kind=kind if kind in KINDS else "",
        year=int(year) if year.isascii() and year.isdigit() and len(year) == 4 else None,
        theme=str(theme.translation_key) if theme else "",
        keyword=keyword if KEYWORD_SLUG.fullmatch(keyword) else "",
    )
    sort = DATE if params.get("sort") == DATE else RELEVANCE
    return filters, sort


def result_for(request, entry, highlighter):
    marked = highlighter.highlight(entry.title, entry.text)
    url = entry.page.get_url(request) or ""
    if url and marked.words:
        url = f"{url}?{urlencode({'highlight': ' '.join(marked.words)})}"
    return Result(
        url=url,
        kind=capfirst(KINDS[entry.kind]._meta.verbose_name) if entry.kind in KINDS else "",
        date=entry.date,
        title=marked.title,
        snippet=marked.snippet,
    )


def shown_count(number, estimated):
    """`number` as shown: an estimate to two significant digits (19,102 as 19,000), so
    that it does not claim a precision it lacks."""
    if not estimated or number < 100:
        return number
    return round(number, 2 - len(str(number)))


def facets(filters, counts, themes):
    """The four filters, each option with the number of results it would give."""

    def option(value, label, count, selected):
        if counts.estimated:
            shown = _("%(label)s (about %(count)s)") % {
                "label": label,
                "count": number_format(shown_count(count, estimated=True), force_grouping=True),
            }
        else:
            shown = f"{label} ({count})"
        return Option(str(value), shown, count, selected)

    kinds = [
        option(kind, capfirst(model._meta.verbose_name), counts.kinds[kind], kind == filters.kind)
        for kind, model in KINDS.items()
        if counts.kinds[kind] or kind == filters.kind
    ]
    theme_options = [
        option(theme.slug, theme.title, counts.themes[key], key == filters.theme)
        for theme in themes
        for key in [str(theme.translation_key)]
        if counts.themes[key] or key == filters.theme
    ]
    years = [
        option(year, year, counts.years[year], year == filters.year)
        for year in sorted(set(counts.years) | ({filters.year} - {None}), reverse=True)
    ]
    keywords = [
        option(slug, label, number, slug == filters.keyword)
        for slug, (label, number) in counts.keywords.items()
    ]
    if filters.keyword and filters.keyword not in counts.keywords:
        keywords.insert(0, option(filters.keyword, filters.keyword, 0, True))
    return [
        Facet("type", _("Type"), _("All types"), kinds),
        Facet("theme", _("Theme"), _("All themes"), theme_options),
        Facet("year", _("Year"), _("All years"), years),
        Facet("keyword", _("Keyword"), _("All keywords"), keywords),
    ]


def promotions_for(request, text, locale):
    """What staff pinned for this query (Promoted search results), in the visitor's
    language: a promoted page shows as its translation, or not at all."""
    promoted = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(text))
        .select_related("page")
        .order_by("sort_order")
    )
    pages = localized_pages([p.page for p in promoted if p.page_id], locale.pk)
    shown_here = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    shown = []
    for promotion in promoted:
        if promotion.page_id:
            page = shown_here.get(promotion.page.translation_key)
            if page is not None:
                shown.append(
                    {
                        "title": page.title,
                        "url": page.get_url(request),
                        "description": promotion.description,
                    }
                )
        elif promotion.external_link_url:
            shown.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return shown
