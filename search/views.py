"""The site search page, its completions endpoint, and the keyword pages."""

from django.http import Http404, JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe
from taggit.models import Tag
from wagtail.models import Locale

from core.keywords import localized_keywords, tag_for_slug
from core.listing import cards_in_order, paginate
from core.privacy import visible
from news.models import NewsPage, PublicationPage
from search.query import MAX_QUERY_LENGTH, parse, synonym_groups
from search.results import (
    promotions_for,
    results_context,
    search_context,
    searchable_themes,
)
from search.suggest import completions

KEYWORD_ITEMS_PER_PAGE = 12
# In a link back from the corrected results: search for the words exactly as typed.
AS_TYPED = "as_typed"
KEYWORD_PAGE_MODELS = (NewsPage, PublicationPage)


@require_safe
@never_cache  # every search reaches the query log (the "Most searched" report)
def search(request):
    """Results in the visitor's language for `q`, filtered, sorted and paged."""
    language = get_language()
    synonyms = synonym_groups(language)
    parsed = parse(request.GET.get("q", ""), language, synonyms)
    # A query of only punctuation has text but no words: it finds nothing, without error.
    context = {"query": parsed.text, "max_length": MAX_QUERY_LENGTH, "total": 0}
    if parsed.truncated:
        context["message"] = _(
            "Your search was long, so we used only its first %(count)d characters."
        ) % {"count": MAX_QUERY_LENGTH}
    if parsed:
        locale = Locale.get_active()
        themes = searchable_themes(locale)
        found = search_context(request, parsed, themes)
        if not found["total"] and wants_correction(request, found):
            corrected = parse(found["suggestion"], language, synonyms)
            found = corrected_search(request, parsed, corrected, themes) or found
        elif found["results"].number == 1:
            found["promotions"] = promotions_for(request, parsed.text, locale)
        context.update(found)
    return render(request, "search/search.html", context)


def wants_correction(request, found):
    """A misspelt query found nothing: its correction is searched at once, rather than
    leaving the visitor to click "Did you mean" on an empty page. Not when the visitor
    chose filters, or came back asking for the words as typed."""
    return found["suggestion"] and not found["filters_active"] and AS_TYPED not in request.GET


def corrected_search(request, parsed, corrected, themes):
    """The context of the search for the `corrected` query, saying so; None when it finds
    nothing either. Only the query as typed is counted in the log: staff see what visitors
    type."""
    results = results_context(request, corrected, themes)
    if not results["total"]:
        return None
    return {
        **results,
        "query": corrected.text,
        "suggestion": None,
        "typed_query": parsed.text,
        "as_typed_query": urlencode({"q": parsed.text, AS_TYPED: 1}),
    }


@require_safe
@cache_control(public=True, max_age=300)
def autocomplete(request):
    """Completions for what is typed in a search box, as JSON: {"completions": [...]}."""
    return JsonResponse({"completions": completions(request.GET.get("q", ""), get_language())})


def keyword(request, slug):
    """Everything in the visitor's language that carries one keyword, newest first."""
    locale = Locale.get_active()
    tag = tag_for_slug(slug, locale.pk)
    if tag is None:
        raise Http404("No such keyword")
    (tag,) = localized_keywords(Tag.objects.filter(pk=tag.pk), locale.pk)
    tagged = [
        visible(model.objects.filter(locale=locale, tagged_items__tag=tag))
        for model in KEYWORD_PAGE_MODELS
    ]

    def newest_first():
        # The database sorts the (pk, date) of both types together.
        both = (
            tagged[0]
            .order_by()
            .values_list("pk", "date")
            .union(*(pages.order_by().values_list("pk", "date") for pages in tagged[1:]))
            .order_by("-date", "-pk")
        )
        return [pk for pk, _ in both]

    items = paginate(
        request, f"keyword-ids:{locale.pk}:{tag.pk}", newest_first, KEYWORD_ITEMS_PER_PAGE
    )
    if not items.paginator.count:
        raise Http404("Nothing public carries this keyword")
    items.object_list = cards_in_order(list(items.object_list), tagged)
    return render(request, "search/keyword.html", {"keyword": tag, "items": items})
