"""Approving and rejecting reactions, and making the articles show the change.

An article is cached for anonymous visitors (core/page_cache.py) and, where one is set up,
by a cache in front (Varnish, core/purge.py). A reaction that appears or disappears changes
the article as a publish does, so it goes through the same invalidation as a publish: a
new content version for the app's page cache and a purge of the addresses showing the page.
Both wait for the commit, so that no cache refetches the page before the change is visible.
"""

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from core.purge import purge_pages_showing
from core.signals import content_changed
from reactions.models import Reaction


def moderate(reactions, status, user):
    """Give `reactions` the `status` (approved or rejected) on behalf of `user`; the
    articles whose shown reactions changed show it. Returns how many changed."""
    changed = [reaction for reaction in reactions if reaction.status != status]
    if not changed:
        return 0
    Reaction.objects.filter(pk__in=[reaction.pk for reaction in changed]).update(
        status=status, moderated_at=timezone.now(), moderated_by=user
    )
    # A pending reaction that is rejected was never shown: its article did not change.
    shown_before_or_after = Reaction.Status.APPROVED
    show_changes_on(
        {
            reaction.page_id
            for reaction in changed
            if shown_before_or_after in (reaction.status, status)
        }
    )
    return len(changed)


def show_changes_on(page_ids):
    """After the commit: the pages `page_ids` are served afresh, as after a publish."""
    if not page_ids:
        return

    def invalidate():
        content_changed()
        for page in Page.objects.filter(pk__in=page_ids):
            purge_pages_showing(instance=page)

    transaction.on_commit(invalidate)


def reaction_saved(sender, instance, created, **kwargs):
    """Staff edited a reaction in the admin (its text, name or status): its article may
    show a change. A visitor's new reaction is pending and changes nothing shown."""
    if not (created and instance.status == Reaction.Status.PENDING):
        show_changes_on({instance.page_id})


def reaction_deleted(sender, instance, **kwargs):
    if instance.status == Reaction.Status.APPROVED:
        show_changes_on({instance.page_id})
