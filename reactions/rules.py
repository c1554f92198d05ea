"""Which pages take reactions, and until when."""

from django.utils import timezone

from core.privacy import is_public
from reactions.models import ReactionSettings

# Reactions belong under news items only (issue 14); other page types would be added here.
PAGE_TYPES_WITH_REACTIONS = ("news.newspage",)


def takes_reactions(page):
    """Whether `page` (specific) is of a type that has reactions and visitors may see it:
    a draft, an expired or a private page has none, shown or posted."""
    return page._meta.label_lower in PAGE_TYPES_WITH_REACTIONS and is_public(page)


def is_open(page, request=None):
    """Whether `page` still takes new reactions today (ReactionSettings)."""
    settings = ReactionSettings.load(request_or_site=request)
    return timezone.localdate() < settings.closes_on(page)
