"""Keep the search index in step with the site, as it happens.

Publishing a page (a translation included) indexes it; unpublishing takes it out; a move
re-indexes the moved page and what lies under it (a private section may now hold it).
A deleted page leaves the index on pre_delete rather than post_delete: by post_delete the
database has already cascaded its entry away, and with it the words the vocabulary must
discount. Private sections and renamed keywords re-index the pages they touch.
"""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import indexing


def index_published_page(sender, instance, **kwargs):
    indexing.index_page(instance)


def unindex_unpublished_page(sender, instance, **kwargs):
    indexing.unindex_pages([instance.pk])


def reindex_moved_page(sender, instance, **kwargs):
    indexing.reindex_subtree(instance.pk)


def reindex_restricted_section(sender, instance, **kwargs):
    indexing.reindex_section_in_every_language(instance.page_id)


def unindex_deleted_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        indexing.unindex_pages([instance.pk])


def reindex_pages_with_keyword(sender, instance, raw=False, **kwargs):
    if not raw:
        indexing.reindex_keyword(instance.tag_id, instance.locale_id)


def connect():
    from core.models import KeywordName

    page_published.connect(index_published_page, dispatch_uid="search-index-on-publish")
    page_unpublished.connect(unindex_unpublished_page, dispatch_uid="search-unindex")
    post_page_move.connect(reindex_moved_page, dispatch_uid="search-reindex-on-move")
    pre_delete.connect(unindex_deleted_page, dispatch_uid="search-unindex-on-delete")
    for signal in (post_save, post_delete):
        signal.connect(
            reindex_restricted_section,
            sender=PageViewRestriction,
            dispatch_uid=f"search-restriction-{signal is post_save}",
        )
    post_save.connect(reindex_pages_with_keyword, sender=KeywordName, dispatch_uid="search-kw")
