"""Signal wiring: cached shell fragments follow content (any publish, unpublish, move or
delete of a page, or a change to site settings or texts, starts a new content version), and new
keywords get their name in the default language."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version


def bump_on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        bump_content_version()


def connect():
    from taggit.models import Tag

    from core.keywords import name_new_tag
    from core.models import SiteSettings, SiteTexts

    post_save.connect(name_new_tag, sender=Tag, dispatch_uid="name-new-tag")
    page_published.connect(bump_content_version, dispatch_uid="bump-on-publish")
    page_unpublished.connect(bump_content_version, dispatch_uid="bump-on-unpublish")
    post_page_move.connect(bump_content_version, dispatch_uid="bump-on-move")
    post_delete.connect(bump_on_page_delete, dispatch_uid="bump-on-delete")
    post_save.connect(bump_content_version, sender=SiteSettings, dispatch_uid="bump-on-settings")
    post_save.connect(bump_content_version, sender=SiteTexts, dispatch_uid="bump-on-site-texts")
