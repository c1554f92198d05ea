"""Sending an issue to the confirmed subscribers of its language: in batches over one SMTP
connection each, throttled, resumable, and never twice to the same person.

How it resumes without duplicates: subscribers are taken in id order, and before a mail is
handed to the mail server the issue records that subscriber as in flight (and as its place)
in one write. A crash leaves that mark; the next run counts that one mail as failed, since
it may or may not have left, and goes on after it. So a crash can cost one mail, never send
one twice. A refused address counts as failed and the run goes on; a mail server that
cannot be reached stops the run before anyone is marked, and the next run starts there.

Only one run sends an issue at a time: a run holds the issue for LEASE and renews that
every batch, so a second run (or a cron that fires again) leaves it alone, and a crashed
run's issue is taken over once its lease ran out.
"""

import smtplib
import time
from datetime import timedelta

from django.core.mail import get_connection
from django.db.models import F, Q
from django.utils import timezone

from newsletter.digest import issue_message, render_issue, site_base_url
from newsletter.models import NewsletterIssue, Subscriber

LEASE = timedelta(minutes=5)


class IssueBusy(Exception):
    """Another run is sending this issue (its lease has not run out)."""


def recipients_after(issue, batch_size):
    return list(
        Subscriber.objects.confirmed()
        .filter(language=issue.language, pk__gt=issue.last_subscriber_id)
        .order_by("pk")[:batch_size]
    )


def take_lease(issue):
    now = timezone.now()
    taken = (
        NewsletterIssue.objects.filter(pk=issue.pk)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .exclude(status=NewsletterIssue.Status.SENT)
        .update(lease_until=now + LEASE, status=NewsletterIssue.Status.SENDING)
    )
    if not taken:
        raise IssueBusy(issue.pk)


def settle_crashed_mail(issue):
    """A mark left by a crash: that mail is counted as failed, not sent again."""
    NewsletterIssue.objects.filter(pk=issue.pk, in_flight_subscriber_id__isnull=False).update(
        in_flight_subscriber_id=None, failed_count=F("failed_count") + 1
    )


def send_issue(issue, batch_size=100, pause=1.0, base_url=None, progress=None):
    """Send `issue` to every confirmed subscriber of its language not yet handled; returns
    the issue with its counts. `pause` seconds between batches keep the mail server's rate."""
    base_url = base_url or site_base_url()
    take_lease(issue)
    settle_crashed_mail(issue)
    issue.refresh_from_db()
    rendered = render_issue(issue, base_url)
    while batch := recipients_after(issue, batch_size):
        with get_connection() as connection:
            send_batch(issue, batch, base_url, rendered, connection)
        issue.refresh_from_db()
        if progress:
            progress(issue)
        if pause and len(batch) == batch_size:
            time.sleep(pause)
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        status=NewsletterIssue.Status.SENT, sent_at=timezone.now(), lease_until=None
    )
    issue.refresh_from_db()
    return issue


def send_batch(issue, batch, base_url, rendered, connection):
    """One write per mail: the outcome of the previous mail together with the place and
    the in-flight mark of this one, before it leaves. Each write is a commit, which costs
    the database a flush to disk, so this halves the time a send spends waiting on it
    (bench/newsletter_send.py); what a crash leaves is the same as with two writes."""
    outcome = {}
    for subscriber in batch:
        NewsletterIssue.objects.filter(pk=issue.pk).update(
            last_subscriber_id=subscriber.pk, in_flight_subscriber_id=subscriber.pk, **outcome
        )
        outcome = {"sent_count": F("sent_count") + 1}
        try:
            issue_message(issue, subscriber, base_url, rendered, connection).send()
        except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused):
            # This address (or this mail to it) was refused; the others may still go.
            outcome = {"failed_count": F("failed_count") + 1}
    NewsletterIssue.objects.filter(pk=issue.pk).update(
        in_flight_subscriber_id=None, lease_until=timezone.now() + LEASE, **outcome
    )


def send_queued_issues(**options):
    """Every issue staff asked to send, and any whose run stopped halfway."""
    waiting = NewsletterIssue.objects.filter(
        status__in=[NewsletterIssue.Status.QUEUED, NewsletterIssue.Status.SENDING]
    ).order_by("pk")
    done = []
    for issue in waiting:
        try:
            done.append(send_issue(issue, **options))
        except IssueBusy:
            continue
    return done
