"""`manage.py run_scheduler`: publish and unpublish scheduled pages every N seconds."""

import signal
import threading

from django.core.management.base import BaseCommand

from operations.scheduler import DEFAULT_INTERVAL_SECONDS, run

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class Command(BaseCommand):
    help = (
        "Publish and unpublish scheduled pages (Wagtail's publish_scheduled) every "
        "--interval seconds until stopped (SIGTERM or Ctrl-C). A database that cannot be "
        "reached is logged and tried again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=DEFAULT_INTERVAL_SECONDS)
        parser.add_argument(
            "--ticks", type=int, default=None, help="Stop after this many runs (for tests)."
        )

    def handle(self, *args, interval, ticks, **options):
        stop = threading.Event()

        def stop_now(signum, frame):
            stop.set()

        # systemd and `make run` stop it with SIGTERM; a terminal with SIGINT. Either ends
        # the wait between ticks at once, never a publish half-way.
        previous = {number: signal.signal(number, stop_now) for number in STOP_SIGNALS}
        self.stdout.write(f"Publishing scheduled pages every {interval:g} s.")
        try:
            run(interval, stop, ticks)
        finally:
            for number, handler in previous.items():
                signal.signal(number, handler)
