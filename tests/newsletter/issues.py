"""Builders for the issue tests: subscribers and an issue with news items."""

from django.utils import timezone

from newsletter.models import IssueItem, NewsletterIssue, Subscriber


def confirmed(email, language="nl"):
    return Subscriber.objects.create(
        email=email, language=language, status="confirmed", confirmed_at=timezone.now()
    )


def many_confirmed(count, language="nl"):
    now = timezone.now()
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"lezer{number:05d}@example.org",
            language=language,
            status="confirmed",
            confirmed_at=now,
        )
        for number in range(count)
    )


def make_issue(pages, title="Wetenswaardigheden #12", language="nl", status="queued", **fields):
    issue = NewsletterIssue.objects.create(
        title=title, language=language, introduction=fields.pop("introduction", ""), **fields
    )
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=status)
    for order, page in enumerate(pages):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    issue.refresh_from_db()
    return issue
