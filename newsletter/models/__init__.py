"""The newsletter's models: subscribers and the consent sentence (subscribers.py), and the
issues staff compose and send (issues.py)."""

from newsletter.models.issues import IssueItem, NewsletterIssue
from newsletter.models.subscribers import (
    DEFAULT_CONSENT,
    NAME_MAX_LENGTH,
    NewsletterSettings,
    Subscriber,
    SubscriberQuerySet,
)

__all__ = [
    "DEFAULT_CONSENT",
    "NAME_MAX_LENGTH",
    "IssueItem",
    "NewsletterIssue",
    "NewsletterSettings",
    "Subscriber",
    "SubscriberQuerySet",
]
