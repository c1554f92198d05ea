"""Helpers that listings share: card querysets, rendition prefetching,
safe pagination and filter query strings. Each keeps a listing's query count flat."""

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from wagtail.models import Page

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
    """{model: the public page in that locale that lists it}, in one query."""
    index_models = {model: model.index_model() for model in models}
    content_types = ContentType.objects.get_for_models(*index_models.values())  # cached
    found = {
        page.content_type_id: page
        for page in visible(Page.objects).filter(
            locale_id=locale_id, content_type__in=content_types.values()
        )
    }
    return {
        model: found.get(content_types[index_model].pk)
        for model, index_model in index_models.items()
    }


def paginate(request, items, per_page, cards=False):
    """The requested page of `items`; a page number that is not a number, or out of range,
    gives the first or last page instead of an error. With `cards`, the renditions of the
    page's card images come in one query."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    if cards:
        (page.object_list,) = prefetch_card_renditions(page.object_list)
    return page


def query_without_page(request):
    """The current query string without `page`, to keep filters in pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
