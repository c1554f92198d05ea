"""Signal wiring: cached shell fragments follow content (any publish, unpublish, move or
delete of a page, a change of privacy, or a change to site settings or texts, starts a new
content version), what is private is worked out afresh for each request and after each such
change, and new keywords get their name in the default language."""

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.privacy import forget_private_roots


def content_changed(**kwargs):
    forget_private_roots()
    bump_content_version()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def connect():
    from taggit.models import Tag

    from core.keywords import name_new_tag
    from core.models import SiteSettings, SiteTexts

    post_save.connect(name_new_tag, sender=Tag, dispatch_uid="name-new-tag")
    request_started.connect(forget_private_roots, dispatch_uid="privacy-per-request")
    page_published.connect(content_changed, dispatch_uid="bump-on-publish")
    page_unpublished.connect(content_changed, dispatch_uid="bump-on-unpublish")
    post_page_move.connect(content_changed, dispatch_uid="bump-on-move")
    post_delete.connect(page_deleted, dispatch_uid="bump-on-delete")
    for signal in (post_save, post_delete):
        signal.connect(
            content_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"bump-on-privacy-{signal is post_save}",
        )
    post_save.connect(bump_content_version, sender=SiteSettings, dispatch_uid="bump-on-settings")
    post_save.connect(bump_content_version, sender=SiteTexts, dispatch_uid="bump-on-site-texts")
