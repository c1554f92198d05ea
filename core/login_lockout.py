"""The admin login's lockout (django-axes): how failures are counted, what a locked-out
visitor sees, and which lockouts are current (for the staff screen in lockout_admin.py)."""

import threading
import time
from functools import cache

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import OuterRef, Subquery, Sum
from django.urls import reverse
from django.utils import timezone

from core.throttle import too_many_requests


class UserAtAddressHandler(AxesDatabaseHandler):
    """Axes' database handler with two budgets: AXES_FAILURE_LIMIT wrong passwords for one
    user name at one address, LOGIN_ADDRESS_FAILURE_LIMIT for all user names at one address
    (AXES_LOCKOUT_PARAMETERS lists the two in that order).

    Axes compares a single count with AXES_FAILURE_LIMIT, so the address's count is scaled
    to reach that limit exactly when it reaches its own.
    """

    def get_failures(self, request, credentials=None):
        user_at_address, whole_address = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        scaled = whole_address * settings.AXES_FAILURE_LIMIT // settings.LOGIN_ADDRESS_FAILURE_LIMIT
        return max(user_at_address, scaled)


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the site's 429 page in the visitor's language, saying how long
    to wait and whom to ask, instead of axes' bare text."""
    return too_many_requests(request, get_cool_off(request), login=True)


@cache
def admin_login_path():
    return reverse("wagtailadmin_login")


def refuse_locked_out_logins(get_response):
    """Middleware: a login from a locked-out client is refused before CSRF, authentication
    and the login view do any work (axes' backend would refuse it too, but only after the
    login form was built and rendered), and after a pause that slows a script hammering the
    form down to about one attempt a second per connection: a flood then costs the site
    little CPU instead of as much as it can send."""
    # At most this many threads per process pause at once, so visitors always find threads
    # free; beyond it, refusals are answered at once. Single-threaded servers never pause.
    pausing = threading.BoundedSemaphore(settings.LOGIN_TARPIT_THREADS)

    def refuse_or_continue(request):
        if (
            settings.AXES_ENABLED
            and request.method == "POST"
            and request.path_info == admin_login_path()
            and not AxesProxyHandler.is_allowed(request)
        ):
            if request.META.get("wsgi.multithread") and pausing.acquire(blocking=False):
                try:
                    time.sleep(settings.LOGIN_TARPIT_SECONDS)
                finally:
                    pausing.release()
            return lockout_response(request)
        return get_response(request)

    return refuse_or_continue


def current_login_failures():
    """Failed logins still within the cool-off, newest first, each with the totals that
    decide a lockout: `user_failures` (this user name at this address) and
    `address_failures` (every user name at this address)."""
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )

    def total(**same):
        return Subquery(
            recent.filter(**same)
            .order_by()
            .values("ip_address")
            .annotate(total=Sum("failures_since_start"))
            .values("total")[:1]
        )

    return recent.annotate(
        user_failures=total(ip_address=OuterRef("ip_address"), username=OuterRef("username")),
        address_failures=total(ip_address=OuterRef("ip_address")),
    ).order_by("-attempt_time")


def locked_until(attempt):
    """When the lockout that `attempt` (from current_login_failures) is part of ends, or
    None when it locks nothing."""
    if (
        attempt.user_failures >= settings.AXES_FAILURE_LIMIT
        or attempt.address_failures >= settings.LOGIN_ADDRESS_FAILURE_LIMIT
    ):
        return attempt.attempt_time + settings.AXES_COOLOFF_TIME
    return None
