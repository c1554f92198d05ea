"""The newsletter sender at 5,000 confirmed subscribers, as it runs in production: the
command `manage.py send_newsletter` in a process of its own, talking SMTP over a socket to
a mail server in another process (aiosmtpd on 127.0.0.1, which writes down every
recipient). The sender is killed with SIGKILL (no clean-up at all, as the OOM killer or
a power cut would) once about half the mails arrived, in the middle of a batch, then
started again; the mail server's own list then shows who received the issue how often.

    .venv/bin/python bench/newsletter_send.py [--subscribers 5000] [--pause 0 1]

Each pause (seconds between batches of 100; 1 is the command's default) sends a new issue
to all subscribers. The site is the demo content (production settings) in a temporary
SQLite file and media folder, or in DATABASE_URL when set (an empty database, e.g. under
scripts/with-throwaway-postgres). Prints, per pause: the time until the kill, the time of
the run that finished, mails a second, and the duplicates and missing addresses counted by
the mail server.
"""

import argparse
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_smtp(port, log_path):
    """The mail server: accepts everything and writes one line per recipient."""
    from aiosmtpd.controller import Controller

    class Recorder:
        def __init__(self, log):
            self.log = log

        async def handle_DATA(self, server, session, envelope):
            for address in envelope.rcpt_tos:
                self.log.write(address + "\n")
            return "250 Message accepted for delivery"

    with open(log_path, "a", buffering=1) as log:  # a line per recipient, written at once
        Controller(Recorder(log), hostname="127.0.0.1", port=port).start()
        while True:  # until the bench terminates this process
            time.sleep(3600)


def received(log_path):
    if not log_path.exists():
        return Counter()
    return Counter(line.strip() for line in log_path.read_text().splitlines() if line.strip())


def manage(env, *args, **kwargs):
    return subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs)


def prepare(env, subscribers):
    """Migrations, demo content, and `subscribers` confirmed Dutch subscribers."""
    manage(env, "migrate", "--noinput", stdout=subprocess.DEVNULL)
    manage(env, "load_demo_content", stdout=subprocess.DEVNULL)
    from django.utils import timezone

    from newsletter.models import Subscriber

    Subscriber.objects.all().delete()
    now = timezone.now()
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"lezer{number:05d}@example.org",
            language="nl",
            status=Subscriber.Status.CONFIRMED,
            confirmed_at=now,
        )
        for number in range(subscribers)
    )


def queue_issue(title):
    """An issue of the three latest Dutch news items, an event and a publication, queued."""
    from events.models import EventPage
    from news.models import NewsPage, PublicationPage
    from newsletter.models import IssueItem, NewsletterIssue

    issue = NewsletterIssue.objects.create(title=title, language="nl", introduction="Welkom.")
    pages = [
        *NewsPage.objects.live().filter(locale__language_code="nl").order_by("-date")[:3],
        *EventPage.objects.live().filter(locale__language_code="nl")[:1],
        *PublicationPage.objects.live().filter(locale__language_code="nl")[:1],
    ]
    for order, page in enumerate(pages):
        IssueItem.objects.create(issue=issue, page=page, sort_order=order)
    NewsletterIssue.objects.filter(pk=issue.pk).update(status=NewsletterIssue.Status.QUEUED)
    return issue, len(pages)


def send_with_a_kill(env, log_path, subscribers, pause):
    """Run the sender, SIGKILL it once half the mails arrived, run it again to the end."""
    from newsletter.models import NewsletterIssue

    issue, items = queue_issue(f"Wetenswaardigheden pauze {pause}")
    command = [PYTHON, "manage.py", "send_newsletter", "--pause", str(pause)]
    log_path.write_text("")  # emptied, not removed: the mail server keeps it open
    started = time.monotonic()
    sender = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    kill_at = subscribers // 2 + 37  # about half, in the middle of a batch of 100
    while sum(received(log_path).values()) < kill_at:
        if sender.poll() is not None:
            raise SystemExit(f"the sender ended before it was killed: {sender.stdout.read()}")
        time.sleep(0.005)
    sender.send_signal(signal.SIGKILL)
    sender.wait()
    first = time.monotonic() - started
    at_kill = sum(received(log_path).values())
    # A killed run keeps its lease (5 minutes), so the timer's next run after that takes
    # the issue over; here the wait is skipped.
    NewsletterIssue.objects.filter(pk=issue.pk).update(lease_until=None)

    started = time.monotonic()
    finished = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    second = time.monotonic() - started
    issue.refresh_from_db()
    counts = received(log_path)
    return {
        "pause": pause,
        "items": items,
        "first": first,
        "at_kill": at_kill,
        "second": second,
        "rate": sum(counts.values()) / (first + second),
        "duplicates": sum(1 for n in counts.values() if n > 1),
        "missing": subscribers - len(counts),
        "received": sum(counts.values()),
        "sent": issue.sent_count,
        "failed": issue.failed_count,
        "status": issue.status,
        "output": finished.stdout.strip(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=5000)
    parser.add_argument("--pause", type=float, nargs="+", default=[0.0, 1.0])
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="rv-newsletter-bench-"))
    log_path = work / "received.txt"
    port = free_port()
    server = multiprocessing.Process(target=serve_smtp, args=(port, log_path), daemon=True)
    server.start()

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only"),
        "DATABASE_URL": os.environ.get("DATABASE_URL", f"sqlite:///{work}/db.sqlite3"),
        "MEDIA_ROOT": str(work / "media"),
        "WAGTAILADMIN_BASE_URL": "https://www.radicalevernieuwing.nl",
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(port),
        "EMAIL_USE_TLS": "false",
        "LOG_LEVEL": "ERROR",
    }
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    try:
        started = time.monotonic()
        prepare(env, options.subscribers)
        database = env["DATABASE_URL"].split(":", 1)[0]
        print(
            f"{options.subscribers} confirmed subscribers, demo content on {database} "
            f"(prepared in {time.monotonic() - started:.0f} s), load {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores"
        )
        for pause in options.pause:
            result = send_with_a_kill(env, log_path, options.subscribers, pause)
            print(
                "pause {pause:g} s, {items} items: killed after {at_kill} mails at "
                "{first:.1f} s, resumed and finished in {second:.1f} s, {rate:.0f} mails/s; "
                "received {received}, duplicates {duplicates}, missing {missing}; "
                "issue: {sent} sent, {failed} failed, {status}".format(**result)
            )
    finally:
        server.terminate()
        server.join()
        subprocess.run(["rm", "-rf", str(work)], check=False)


if __name__ == "__main__":
    main()
