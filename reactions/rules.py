"""Which pages take reactions, and until when."""

from django.db.models import Count
from django.utils import timezone

from core.cache import cached_for_content
from core.privacy import is_public
from reactions.models import Reaction, ReactionSettings

# Reactions belong under news items only (issue 14); other page types would be added here.
PAGE_TYPES_WITH_REACTIONS = ("news.newspage",)


def takes_reactions(page):
    """Whether `page` (specific) is of a type that has reactions and visitors may see it:
    a draft, an expired or a private page has none, shown or posted."""
    return page._meta.label_lower in PAGE_TYPES_WITH_REACTIONS and is_public(page)


def closes_on(page):
    """The first day on which `page` takes no more reactions (ReactionSettings). Kept per
    content version: a change of the settings or of an article's own period starts a new
    one (reactions/apps.py), so an article costs no query for it."""
    return cached_for_content(
        f"reactions-close:{page.pk}", lambda: ReactionSettings.load().closes_on(page)
    )


def is_open(page):
    """Whether `page` still takes new reactions today."""
    return timezone.localdate() < closes_on(page)


def shown_reactions(page):
    """The approved reactions under `page`, oldest first. Kept per content version, like
    an article's related items: approving, rejecting, editing or deleting a shown reaction
    starts a new one (reactions/moderation.py), so a cached article costs no query here."""
    return cached_for_content(
        f"reactions-shown:{page.pk}", lambda: list(Reaction.objects.shown_under(page))
    )


def reaction_counts():
    """{page id: its number of approved reactions}, for every page that has any. One
    aggregate query per content version (moderation starts a new one, as for
    `shown_reactions`), so a list of cards shows each item's count without a query per card.
    Keyed by the page in its own language: a translation counts only its own reactions."""

    def count():
        approved = Reaction.objects.approved().order_by().values("page_id")
        return dict(approved.annotate(count=Count("pk")).values_list("page_id", "count"))

    return cached_for_content("reactions-counts", count)
