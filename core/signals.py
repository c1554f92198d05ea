"""Signal wiring: cached shell fragments follow content (any publish, unpublish, move or
delete of a page, a change of privacy, or a change to site settings or texts, starts a new
content version), what is private is worked out afresh for each request and after each such
change, and new keywords get their name in the default language."""

from django.core.signals import request_started
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.cache import bump_content_version
from core.privacy import forget_private_roots
from core.purge import purge_pages_showing, purge_renamed_page


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
    """Called once, from CoreConfig.ready(). Receivers are module-level functions, which
    Django connects once however often this runs: no dispatch_uid is needed."""
    from taggit.models import Tag

    from core.keywords import name_new_tag
    from core.models import KeywordName, SiteSettings, SiteTexts

    post_save.connect(name_new_tag, sender=Tag)
    request_started.connect(forget_private_roots)
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed)
        # A cache in front of the site learns which addresses changed (core/purge.py).
        signal.connect(purge_pages_showing)
    page_slug_changed.connect(purge_renamed_page)
    post_delete.connect(page_deleted)
    for signal in (post_save, post_delete):
        signal.connect(content_changed, sender=PageViewRestriction)
    post_save.connect(settings_changed, sender=SiteSettings)
    post_save.connect(bump_content_version, sender=SiteTexts)
    # A keyword's name in a language shows on every page that carries it.
    for signal in (post_save, post_delete):
        signal.connect(bump_content_version, sender=KeywordName)
