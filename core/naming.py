"""Pages that list the latest items naming them (a theme, a participant), each list with a
link to its section's full list filtered by that page."""

from django.db.models import Q

from core.listing import first_pages, index_pages, prefetch_card_renditions
from core.privacy import visible


class LinkFromPage:
    """For an abstract link model from pages to one kind of page (ThemeLink, ParticipantLink):
    each app that links its pages subclasses it with a ParentalKey named `page`, so the
    linked page finds them without importing those apps."""

    @classmethod
    def concrete_models(cls):
        return [model for model in cls.__subclasses__() if not model._meta.abstract]

    @classmethod
    def page_model(cls):
        return cls._meta.get_field("page").related_model


def latest_items_naming(page, link_class, link_field, request, count):
    """For each page type that links to pages like `page`: its latest public items in
    `page`'s language that name `page` (in any language: links match by translation_key),
    and the address of that type's full list filtered by `page` (`?<link_field>=<slug>`).

    Which items is decided once per content version (core.listing.first_pages); their card
    images come in one query. Returns [{"model", "title", "items", "more_url"}, ...].
    """
    link_models = link_class.concrete_models()
    page_models = [link_model.page_model() for link_model in link_models]
    lists = []
    for link_model, page_model in zip(link_models, page_models, strict=True):
        naming = link_model.objects.filter(
            **{f"{link_field}__translation_key": page.translation_key}
        )
        items = page_model.objects.filter(locale_id=page.locale_id, pk__in=naming.values("page_id"))
        # A page type may keep items out of these lists in the query (events that took
        # place), so the first `count` are all ones to show.
        items = visible(items).filter(getattr(page_model, "listed_when_named", Q()))
        items = items.order_by(*page_model.listing_order)
        key = f"{link_field}-items:{page.pk}:{page_model._meta.label}"
        lists.append(first_pages(key, items, count))
    lists = prefetch_card_renditions(*lists)
    indexes = index_pages(page_models, page.locale_id)
    return [
        {
            "model": page_model,
            "title": page_model.listing_heading,
            "items": items,
            "more_url": (
                f"{indexes[page_model].get_url(request)}?{link_field}={page.slug}"
                if indexes[page_model]
                else None
            ),
        }
        for page_model, items in zip(page_models, lists, strict=True)
    ]
