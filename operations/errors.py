"""Error reports mailed to ADMINS: Django's report, with more of what must stay secret
left out, and one mail for a run of the same error."""

import logging
import re
import time

from django.views.debug import SafeExceptionReporterFilter


class SiteExceptionReporterFilter(SafeExceptionReporterFilter):
    """Django's filter hides settings and request headers named like secrets (KEY, PASS,
    TOKEN, ...). Also hidden: connection URLs, which carry passwords (`DATABASE_URL` appears in
    the request's META under runserver, a Redis URL in `CACHES[...]["LOCATION"]`), and the
    session cookie, with which a reader of the mail could take over the session."""

    hidden_settings = re.compile(
        "API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE|SESSION|_URL$|LOCATION",
        flags=re.IGNORECASE,
    )


class OncePerInterval(logging.Filter):
    """Let the same error through once per interval in a process. A stopped database fails
    every request in the same place, and should not send a mail for each (nor make each
    visitor wait for the mail server). Errors raised elsewhere still get their own mail."""

    def __init__(self, seconds=600):
        super().__init__()
        self.seconds = seconds
        self.last_sent = {}

    def filter(self, record):
        key = self.error_site(record)
        now = time.monotonic()
        if now - self.last_sent.get(key, -self.seconds) < self.seconds:
            return False
        self.last_sent[key] = now
        return True

    @staticmethod
    def error_site(record):
        """The exception type and the line that raised it, or else the message."""
        if record.exc_info and record.exc_info[2]:
            exception_type, _, trace = record.exc_info
            while trace.tb_next:
                trace = trace.tb_next
            return exception_type, trace.tb_frame.f_code.co_filename, trace.tb_lineno
        return record.name, record.getMessage()
