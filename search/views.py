"""The site search page and the keyword pages: finding things across every content type."""

from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Locale, Page

from core.keywords import localized_keywords, tag_for_slug
from core.listing import paginate, visible, with_cards
from news.models import NewsPage, PublicationPage

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10
KEYWORD_ITEMS_PER_PAGE = 12


def search(request):
    query = request.GET.get("q", "").strip()
    message = ""
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH]
        message = _("Your search was long, so we used only its first %(count)d characters.") % {
            "count": MAX_QUERY_LENGTH
        }
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(query)
        )
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "message": message,
            "results": paginate(request, results, RESULTS_PER_PAGE),
        },
    )


def keyword(request, slug):
    """Everything in the visitor's language that carries one keyword, newest first."""
    locale = Locale.get_active()
    tag = tag_for_slug(slug, locale.pk)
    if tag is None:
        raise Http404("No such keyword")
    (tag,) = localized_keywords(Tag.objects.filter(pk=tag.pk), locale.pk)
    items = []
    for model in (NewsPage, PublicationPage):
        tagged = visible(model.objects.filter(locale=locale, tagged_items__tag=tag))
        items.extend(with_cards(tagged, model))
    items.sort(key=lambda item: (item.date, item.pk), reverse=True)
    return render(
        request,
        "search/keyword.html",
        {"keyword": tag, "items": paginate(request, items, KEYWORD_ITEMS_PER_PAGE, cards=True)},
    )
