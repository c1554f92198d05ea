"""Whole pages for anonymous visitors, from the cache, and the Cache-Control of every answer.

A visitor without a session (no login, no password passed, no pending message) sees the
same page as any other, so it is rendered once and then served from the "pages" cache
(Redis where CACHE_URL is set, so every process shares it). The key holds the content
version (core/cache.py): a publish, unpublish, move, delete or privacy change anywhere
starts a new version, so no page that shows the item is served stale afterwards. Tracking
parameters (utm_*, fbclid, ...) are left out of the key: a newsletter's links share the
cached page rather than each making its own.

What is never stored or marked public: anything for a visitor with a session, the admin
and its previews, documents (whose privacy is checked on each request), answers that set
a cookie or carry a CSRF token (forms), errors, and answers whose view set its own
Cache-Control (the download counter says `no-cache`, so each download reaches it).
"""

import hashlib
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import caches
from django.utils.cache import add_never_cache_headers, patch_cache_control

from core.cache import content_version
from core.shown import add_shows_header

TRACKING_PARAMETER = re.compile(r"^(utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid|_ga|_gl)$")
# Not redirects: their Location carries the query string, tracking parameters included,
# which the key leaves out (wordpress/ keeps utm_* through a redirect). Not errors: a crawl
# of made-up addresses would fill the cache with "not found".
STORED_STATUSES = {200}
# Browsers keep a page a minute; shared caches (Varnish, a CDN) five, as they are purged on
# publish (core/purge.py); either may show the old page a little longer while refetching.
BROWSER_SECONDS = 60
SHARED_SECONDS = 300
STALE_SECONDS = 60


def page_cache(get_response):
    def middleware(request):
        if not is_anonymous_page_request(request):
            response = get_response(request)
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
            return response
        key = page_key(request)
        cached = caches["pages"].get(key)
        if cached is not None:
            cached["X-Page-Cache"] = "hit"
            return cached
        response = get_response(request)
        if is_shareable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=BROWSER_SECONDS,
                s_maxage=SHARED_SECONDS,
                stale_while_revalidate=STALE_SECONDS,
            )
            add_shows_header(request, response)  # for a cache in front to purge by
            if request.method == "GET":
                # One piece: a feed is written in thousands of small ones, which the server
                # would send one by one on every hit (a fifth of the speed of a page).
                response.content = response.content
                caches["pages"].set(key, response, settings.PAGE_CACHE_SECONDS)
        elif not response.has_header("Cache-Control"):
            add_never_cache_headers(response)
        return response

    return middleware


def is_anonymous_page_request(request):
    """A GET or HEAD of a public address by a visitor whom the site does not know."""
    if request.method not in ("GET", "HEAD") or not settings.PAGE_CACHE_SECONDS:
        return False
    if any(name in request.COOKIES for name in settings.PERSONAL_COOKIES):
        return False
    return not request.path.startswith(settings.NEVER_CACHED_PATHS)


def is_shareable(request, response):
    """Whether `response` is the same for every anonymous visitor and may be kept."""
    return (
        response.status_code in STORED_STATUSES
        and not response.streaming
        # Django sets the CSRF cookie again whenever a page uses a token, so this also
        # keeps out forms, whose token belongs to one visitor.
        and not response.cookies
        and not response.has_header("Cache-Control")
    )


def page_key(request):
    """The cache key of an anonymous page: the version, and the host, path and query string
    with its tracking parameters left out and the rest in a fixed order."""
    kept = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if not TRACKING_PARAMETER.match(name)
        for value in values
    )
    address = f"{request.get_host()}{request.path}?{urlencode(kept)}"
    # Hashed: an address may be longer than a cache key should be.
    return f"page:{content_version()}:{hashlib.sha256(address.encode()).hexdigest()}"
