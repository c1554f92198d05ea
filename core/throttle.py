"""A throttle for the site's public forms (newsletter sign-up, reactions, ...): at most
`limit` submissions per `period` from one visitor address for one form.

It counts in the default cache (shared by every process once CACHE_URL points at Redis),
under a salted hash of the address and the form's scope, so no address is stored. The
admin login has its own lockout (django-axes, core/login_lockout.py); both answer with the
same 429 page.
"""

import math
from functools import wraps

from django.core.cache import cache
from django.shortcuts import render
from django.utils.crypto import salted_hmac

from core.client_address import client_address


def throttle_key(request, scope):
    """The cache key of this visitor's count for `scope`: no address in it, and not
    reversible without the site's SECRET_KEY."""
    digest = salted_hmac("core.throttle", f"{scope}|{client_address(request)}").hexdigest()
    return f"throttle:{scope}:{digest}"


def is_over_limit(request, scope, limit, period):
    """Count this request against the visitor's budget for `scope` and say whether it is
    spent. The budget is a fixed window of `period` (a timedelta) from the first request."""
    key = throttle_key(request, scope)
    seconds = max(1, int(period.total_seconds()))
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:  # the window ended between add() and incr()
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count > limit


def too_many_requests(request, retry_after, login=False):
    """The 429 page in the visitor's language, with Retry-After; `login` for the admin
    login's lockout, whose page also points to the webmaster."""
    seconds = max(1, int(retry_after.total_seconds()))
    context = {"minutes": math.ceil(seconds / 60), "login": login}
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response


def throttle_posts(scope, limit, period):
    """View decorator: a form's POSTs beyond `limit` per `period` from one address get the
    429 page instead of the view. GETs (showing the form) are never counted.

        @throttle_posts("newsletter", limit=5, period=timedelta(hours=1))
        def newsletter_signup(request): ...

    A page's own `serve()` calls `is_over_limit` and `too_many_requests` directly.
    """

    def decorator(view):
        @wraps(view)
        def throttled_view(request, *args, **kwargs):
            if request.method == "POST" and is_over_limit(request, scope, limit, period):
                return too_many_requests(request, period)
            return view(request, *args, **kwargs)

        return throttled_view

    return decorator
