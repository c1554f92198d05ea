"""Sending an issue over real SMTP: only confirmed subscribers of its language get it,
once each, with tracking links and a one-click unsubscribe that stops the next one; a
crash halfway resumes without sending anyone the issue twice."""

from collections import Counter
from io import StringIO
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core.management import CommandError, call_command

from newsletter import sending
from newsletter.models import NewsletterIssue, Subscriber
from newsletter.sending import IssueBusy, send_issue
from tests.factories import make_news
from tests.newsletter.issues import confirmed, make_issue, many_confirmed
from tests.newsletter.smtp import first_link, unsubscribe_header_link

pytestmark = pytest.mark.django_db


def send(**options):
    out = StringIO()
    call_command("send_newsletter", "--pause", "0", stdout=out, **options)
    return out.getvalue()


def received_by(mailbox):
    return Counter(address for m in mailbox.messages for address in m.envelope_recipients)


def test_sign_up_confirm_receive_the_issue_then_one_click_unsubscribe_and_nothing_more(
    client, sections, mailbox, settings
):
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"
    news = make_news(sections["news"], "Bewegingen bundelen krachten")
    client.post("/nieuwsbrief/aanmelden/", {"email": "lezer@example.org", "language": "nl"})
    [confirmation] = mailbox.wait_for("lezer@example.org")
    client.get(urlsplit(first_link(confirmation, "/bevestigen/")).path)
    client.post("/nieuwsbrief/aanmelden/", {"email": "wacht@example.org", "language": "nl"})
    confirmed("reader@example.org", language="en")

    make_issue([news])
    assert "1 sent, 0 failed" in send()
    [digest] = mailbox.wait_for("lezer@example.org", count=2)[1:]
    assert digest["Subject"] == "Wetenswaardigheden #12"
    link = first_link(digest, "/nieuws/bewegingen-bundelen-krachten/")
    assert "utm_source=nieuwsbrief&utm_medium=email&utm_campaign=wetenswaardigheden-12" in link
    assert client.get(urlsplit(link).path + "?" + urlsplit(link).query).status_code == 200
    # Neither the unconfirmed address nor the English reader got the Dutch issue.
    assert len(mailbox.to("wacht@example.org")) == 1  # its confirmation mail only
    assert mailbox.to("reader@example.org") == []

    one_click = client.post(
        urlsplit(unsubscribe_header_link(digest)).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    make_issue([news], title="Wetenswaardigheden #13")
    send()
    assert len(mailbox.to("lezer@example.org")) == 2  # nothing after unsubscribing
    assert NewsletterIssue.objects.get(title="Wetenswaardigheden #13").status == "sent"


class Stop(BaseException):
    """The process is stopped (a deploy, the OOM killer, a power cut)."""


class MessageThatStopsTheProcess:
    """Wraps the 13th mail: the process stops before it leaves, or right after the mail
    server accepted it but before the sender could note that."""

    def __init__(self, message, after_sending):
        self.message, self.after_sending = message, after_sending

    def send(self):
        if self.after_sending:
            self.message.send()
        raise Stop


@pytest.mark.parametrize("after_sending", [False, True], ids=["before it left", "after it left"])
def test_a_crash_halfway_resumes_and_nobody_gets_the_issue_twice(sections, mailbox, after_sending):
    many_confirmed(30)
    issue = make_issue([make_news(sections["news"], "Nieuws")])
    real_message = sending.issue_message
    made = []

    def stopping_at_the_thirteenth(*args, **kwargs):
        made.append(1)
        message = real_message(*args, **kwargs)
        return MessageThatStopsTheProcess(message, after_sending) if len(made) == 13 else message

    with (
        mock.patch.object(sending, "issue_message", stopping_at_the_thirteenth),
        pytest.raises(Stop),
    ):
        send_issue(issue, batch_size=5, pause=0)
    assert len(mailbox.messages) == 12 + after_sending
    NewsletterIssue.objects.filter(pk=issue.pk).update(lease_until=None)  # the lease ran out

    send()
    counts = received_by(mailbox)
    assert max(counts.values()) == 1  # nobody twice
    issue.refresh_from_db()
    # The sender cannot know whether the mail in flight left: it counts it as failed and
    # never sends it again.
    assert (issue.sent_count, issue.failed_count) == (29, 1)
    assert len(counts) == 29 + after_sending
    assert issue.status == "sent"


def test_a_refused_address_is_counted_as_failed_and_the_others_still_get_it(sections, mailbox):
    many_confirmed(6)
    mailbox.refused.add("lezer00002@example.org")
    make_issue([make_news(sections["news"], "Nieuws")])
    assert "5 sent, 1 failed" in send(batch_size=2)
    assert "lezer00002@example.org" not in received_by(mailbox)
    assert len(received_by(mailbox)) == 5


def test_a_second_run_leaves_an_issue_alone_while_the_first_is_sending(sections, mailbox):
    confirmed("lezer@example.org")
    issue = make_issue([make_news(sections["news"], "Nieuws")])
    sending.take_lease(issue)
    with pytest.raises(IssueBusy):
        send_issue(issue)
    with pytest.raises(CommandError):
        send(issue=issue.pk)
    send()  # the timer's run skips it too
    assert mailbox.messages == []


def test_a_draft_is_not_sent_by_the_timer(sections, mailbox):
    confirmed("lezer@example.org")
    make_issue([make_news(sections["news"], "Nieuws")], status="draft")
    assert "Nothing to send." in send()
    assert mailbox.messages == []


def test_subscribers_who_unsubscribe_during_the_send_get_nothing_more(sections, mailbox):
    many_confirmed(4)
    issue = make_issue([make_news(sections["news"], "Nieuws")])
    real_send = sending.issue_message

    def unsubscribe_the_last_while_sending(*args, **kwargs):
        Subscriber.objects.filter(email="lezer00003@example.org").update(status="unsubscribed")
        return real_send(*args, **kwargs)

    with mock.patch.object(sending, "issue_message", unsubscribe_the_last_while_sending):
        send_issue(issue, batch_size=2, pause=0)
    assert "lezer00003@example.org" not in received_by(mailbox)
    assert len(received_by(mailbox)) == 3


def test_the_sender_pauses_between_batches_to_keep_the_mail_servers_rate(sections, mailbox):
    many_confirmed(5)
    issue = make_issue([make_news(sections["news"], "Nieuws")])
    with mock.patch.object(sending.time, "sleep") as sleep:
        send_issue(issue, batch_size=2, pause=1.5)
    # Batches of 2, 2 and 1: a pause after each full batch, none after the last.
    assert [call.args for call in sleep.call_args_list] == [(1.5,), (1.5,)]
    assert len(received_by(mailbox)) == 5
