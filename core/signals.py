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
from core.purge import purge_pages_showing


def content_changed(**kwargs):
    forget_private_roots()
    bump_content_version()


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        content_changed()


def settings_changed(created=False, **kwargs):
    # The first page to read the settings creates them with their defaults, which every
    # page already showed: only a later save by staff changes what visitors see.
    if not created:
        bump_content_version()


def connect():
    from taggit.models import Tag

    from core.keywords import name_new_tag
    from core.models import SiteSettings, SiteTexts

    post_save.connect(name_new_tag, sender=Tag, dispatch_uid="name-new-tag")
    request_started.connect(forget_private_roots, dispatch_uid="privacy-per-request")
    page_published.connect(content_changed, dispatch_uid="bump-on-publish")
    # A cache in front of the site learns which addresses changed (core/purge.py).
    for name, signal in [
        ("publish", page_published),
        ("unpublish", page_unpublished),
        ("move", post_page_move),
    ]:
        signal.connect(purge_pages_showing, dispatch_uid=f"purge-on-{name}")
    page_unpublished.connect(content_changed, dispatch_uid="bump-on-unpublish")
    post_page_move.connect(content_changed, dispatch_uid="bump-on-move")
    post_delete.connect(page_deleted, dispatch_uid="bump-on-delete")
    for signal in (post_save, post_delete):
        signal.connect(
            content_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"bump-on-privacy-{signal is post_save}",
        )
    post_save.connect(settings_changed, sender=SiteSettings, dispatch_uid="bump-on-settings")
    post_save.connect(bump_content_version, sender=SiteTexts, dispatch_uid="bump-on-site-texts")
