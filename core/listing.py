"""Helpers that listings share: card querysets, safe pagination and filter query strings."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from wagtail.images import get_image_model


def with_cards(queryset, model):
    """`queryset` with what its cards render (images and their renditions) fetched up front."""
    fields = model.card_related_fields()
    renditions = get_image_model().get_rendition_model().objects.all()
    return queryset.select_related(*fields).prefetch_related(
        *[Prefetch(f"{field}__renditions", queryset=renditions) for field in fields]
    )


def paginate(request, items, per_page):
    """The requested page of `items`; a page number that is not a number, or out of range,
    gives the first or last page instead of an error."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def query_without_page(request):
    """The current query string without `page`, to keep filters in pagination links."""
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()
