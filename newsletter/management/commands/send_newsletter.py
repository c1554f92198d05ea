"""manage.py send_newsletter: send the issues staff queued in the admin (or one by id).

Run it from cron or a systemd timer every few minutes (README, "Newsletter"); it is safe to
start again at any time: an issue halfway resumes where it stopped, and an issue another
run is sending is left alone.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from newsletter.models import NewsletterIssue
from newsletter.sending import IssueBusy, send_issue, send_queued_issues


class Command(BaseCommand):
    help = "Send queued newsletter issues (or --issue ID) to their confirmed subscribers."

    def add_arguments(self, parser):
        parser.add_argument("--issue", type=int, help="Send this issue, queued or not.")
        parser.add_argument("--batch-size", type=int, default=100, help="Mails per connection.")
        parser.add_argument(
            "--pause", type=float, default=1.0, help="Seconds between batches (default 1)."
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        started = time.monotonic()
        settings = {
            "batch_size": options["batch_size"],
            "pause": options["pause"],
            "progress": self.report_progress,
        }
        if options["issue"]:
            issue = NewsletterIssue.objects.filter(pk=options["issue"]).first()
            if issue is None:
                raise CommandError(f"No newsletter issue {options['issue']}.")
            try:
                done = [send_issue(issue, **settings)]
            except IssueBusy:
                raise CommandError(f"Issue {issue.pk} is being sent by another run.") from None
        else:
            done = send_queued_issues(**settings)
        for issue in done:
            self.stdout.write(
                f"{issue}: {issue.sent_count} sent, {issue.failed_count} failed "
                f"({time.monotonic() - started:.1f} s)"
            )
        if not done:
            self.stdout.write("Nothing to send.")

    def report_progress(self, issue):
        if self.verbosity > 1:
            self.stdout.write(f"{issue}: {issue.sent_count} sent, {issue.failed_count} failed")
