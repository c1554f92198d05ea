"""A site-wide content version for cached fragments of the page shell and for summaries
of the whole archive.

The header, language switcher and footer are the same on many requests; they are cached
under a key that includes this version, and publishing anything bumps it. So are the
figures that cost a pass over the archive (a list's year and keyword facets, its number
of items): computed once per version, they stay in step with publishing. With several
processes, use a shared cache (Redis) so that every process sees the bump at once; with a
per-process cache, fragments expire after SHELL_CACHE_SECONDS at the latest.
"""

import uuid

from django.core.cache import cache, caches
from django.db import transaction

VERSION_KEY = "content-version"
SHELL_CACHE_SECONDS = 300


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    return version


def bump_content_version(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def bump_content_version_now_and_at_commit():
    """For writes inside a transaction: a request that reads between the write and its
    commit still sees the old rows, and would keep them under the new version; the second
    bump, once the rows are visible, leaves that copy behind."""
    bump_content_version()
    transaction.on_commit(bump_content_version)


def cached_for_content(key, compute):
    """`compute()`, kept until the content changes (or SHELL_CACHE_SECONDS pass).

    Kept in the "pages" cache, beside whole pages: one entry per list and news item, so a
    crawl of the archive cannot push the shell fragments or the content version out."""
    key = f"{key}:{content_version()}"
    return caches["pages"].get_or_set(key, compute, SHELL_CACHE_SECONDS)
