"""Sending an issue to many confirmed subscribers over real SMTP, interrupted halfway and
resumed: everyone gets it once. 500 by default; NEWSLETTER_SEND_VOLUME=5000 for the figure
in the README (see there for the time)."""

import os
import time
from collections import Counter
from unittest import mock

import pytest

from newsletter import sending
from newsletter.models import NewsletterIssue
from newsletter.sending import send_issue
from tests.factories import make_news
from tests.newsletter.issues import make_issue, many_confirmed

pytestmark = pytest.mark.django_db

VOLUME = int(os.environ.get("NEWSLETTER_SEND_VOLUME", "500"))


def test_a_large_send_interrupted_halfway_reaches_everyone_once(sections, mailbox, capsys):
    many_confirmed(VOLUME)
    issue = make_issue([make_news(sections["news"], "Nieuws")])
    real_send = sending.issue_message

    def stopped_halfway(*args, **kwargs):
        if len(mailbox.messages) == VOLUME // 2:
            raise KeyboardInterrupt
        return real_send(*args, **kwargs)

    started = time.monotonic()
    with (
        mock.patch.object(sending, "issue_message", stopped_halfway),
        pytest.raises(KeyboardInterrupt),
    ):
        send_issue(issue, batch_size=100, pause=0)
    first_run = time.monotonic() - started
    NewsletterIssue.objects.filter(pk=issue.pk).update(lease_until=None)
    started = time.monotonic()
    issue = send_issue(issue, batch_size=100, pause=0)
    second_run = time.monotonic() - started

    counts = Counter(address for m in mailbox.messages for address in m.envelope_recipients)
    assert max(counts.values()) == 1
    assert (issue.sent_count, issue.failed_count) == (VOLUME - 1, 1)
    assert len(counts) == VOLUME - 1
    with capsys.disabled():
        rate = VOLUME / (first_run + second_run)
        print(
            f"\n{VOLUME} subscribers: {first_run:.1f} s until the interruption, "
            f"{second_run:.1f} s to resume and finish ({rate:.0f} mails/s)"
        )
