"""Helpers that listings share: card querysets, rendition prefetching,
safe pagination and filter query strings. Each keeps a listing's query count flat, and
its cost flat as the archive grows."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from core.cache import cached_for_content
from core.privacy import visible


def with_cards(queryset, model):
    """`queryset` with the images its cards show joined in."""
    return queryset.select_related(*model.card_related_fields())


def prefetch_card_renditions(*card_lists):
    """Fetch the renditions of every card image in `card_lists` in one query.

    Returns the lists evaluated, so a template does not query them again.
    """
    evaluated = [list(cards) for cards in card_lists]
    images = [card.card_image for cards in evaluated for card in cards if card.card_image]
    prefetch_related_objects(images, "renditions")
    return evaluated


def index_pages(models, locale_id):
    """{model: the public page in that locale that lists it}, in one query, kept per
    content version (publishing, moving or restricting a page starts a new one)."""
    index_models = {model: model.index_model() for model in models}
    content_types = ContentType.objects.get_for_models(*index_models.values())  # cached
    wanted = sorted(content_type.pk for content_type in content_types.values())

    def public_index_pages():
        pages = visible(Page.objects).filter(locale_id=locale_id, content_type__in=wanted)
        return {page.content_type_id: page for page in pages}

    key = f"index-pages:{locale_id}:{'-'.join(map(str, wanted))}"
    found = cached_for_content(key, public_index_pages)
    return {
        model: found.get(content_types[index_model].pk)
        for model, index_model in index_models.items()
    }


def paginate(request, key, ordered_ids, per_page):
    """The requested page of a list that grows with the archive, as a Django Page of ids.

    `ordered_ids()` gives the ids of the whole list in order; they are kept per content
    version under `key` (one pass over the archive after each publish), so counting the
    list and opening page 500 cost a cache read, not a pass. A page number that is not a
    number, or out of range, gives the first or last page instead of an error.
    """
    ids = cached_for_content(key, lambda: list(ordered_ids()))
    return Paginator(ids, per_page).get_page(request.GET.get("page"))


def pages_in_order(page_ids, querysets):
    """The pages `page_ids` from `querysets` (one per page type), in that order, with what
    their cards show. Each queryset applies its own conditions again: a page that stopped
    being public since the ids were kept is left out."""
    found = {}
    for pages in querysets:
        found.update(with_cards(pages.filter(pk__in=page_ids), pages.model).in_bulk())
    return [found[pk] for pk in page_ids if pk in found]


def cards_in_order(page_ids, querysets):
    """`pages_in_order`, with the renditions of their card images."""
    (cards,) = prefetch_card_renditions(pages_in_order(page_ids, querysets))
    return cards


def first_pages(key, items, count):
    """The first `count` pages of `items` (a queryset in listing order): which ones is
    decided once per content version under `key`, so the latest items of a theme or of
    the home page cost a lookup by id, not a search through the archive."""
    ids = cached_for_content(key, lambda: list(items.values_list("pk", flat=True)[:count]))
    return pages_in_order(ids, [items])


def paginate_cards(request, key, items, per_page):
    """`paginate` for one queryset of cards in its listing order: the page's cards loaded."""
    page = paginate(request, key, lambda: items.values_list("pk", flat=True), per_page)
    page.object_list = cards_in_order(list(page.object_list), [items])
    return page


def query_without_page(request):
    """The current query string without `page`, to keep filters in pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
