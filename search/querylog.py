"""The query log behind the staff report: per day and language, how often each query was
searched and how many results it found.

Nothing about the visitor is stored: no address, user, session or time of day. What
someone types can itself be personal (a name, an e-mail address, a phone number), so
e-mail addresses and long numbers are masked before a query is counted.

Anyone can search, so the log is kept small on purpose: text that is not a search (probes
such as `<script>` or `' or 1=1 --`, pasted paragraphs, a word of 200 a's) is not counted,
at most MAX_NEW_QUERIES_PER_DAY different queries a day and language are added, and rows
older than SEARCH_LOG_RETENTION_DAYS are deleted once a day (see `purge_if_due`).
"""

import datetime
import re

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import SearchQueryDay
from search.query import MAX_CLAUSES

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\d[\d\s-]{5,}\d")
MAX_LOGGED_LENGTH = 200

# What a search looks like: at most this long, with no more words than search reads
# (search.query uses only the first MAX_CLAUSES), none of them longer than a long Dutch
# compound, and few characters other than letters, digits and spaces.
MAX_SEARCH_LENGTH = 100
MAX_WORD_LENGTH = 40
MAX_SYMBOL_SHARE = 0.2
# Enough for every real query of a busy day; a flood of made-up words stops here, while
# the queries already counted that day go on being counted.
MAX_NEW_QUERIES_PER_DAY = 500

PURGE_CACHE_KEY = "search-log-purged:{day}"
# The day this process last purged: after the first search of a day, checking costs
# nothing (no cache or database round trip).
_purged_on = None


def normalise_for_log(text):
    """The query as it is counted: lowercase, single spaces, personal details masked."""
    text = EMAIL.sub("[e-mail]", text.lower())
    text = LONG_NUMBER.sub("[number]", text)
    return " ".join(text.split())[:MAX_LOGGED_LENGTH]


def looks_like_a_search(text):
    """Whether `text` (as typed) reads as words someone looked for, worth showing staff."""
    words = text.split()
    if not words or len(text) > MAX_SEARCH_LENGTH or len(words) > MAX_CLAUSES:
        return False
    if not any(char.isalpha() for char in text):
        return False
    if max(len(word) for word in words) > MAX_WORD_LENGTH:
        return False
    symbols = sum(1 for char in text if not (char.isalnum() or char.isspace()))
    return symbols <= max(2, MAX_SYMBOL_SHARE * len(text))


def log_search(text, language, result_count):
    """Count one search for `text` today: one query, two or three the first time of the
    day (the day's count of new queries, then the insert)."""
    today = timezone.localdate()
    purge_if_due(today)
    if not looks_like_a_search(text):
        return
    query = normalise_for_log(text)
    same = SearchQueryDay.objects.filter(day=today, language=language, query=query)
    if same.update(searches=F("searches") + 1, results=result_count):
        return
    day_so_far = SearchQueryDay.objects.filter(day=today, language=language)
    if day_so_far.count() >= MAX_NEW_QUERIES_PER_DAY:
        return
    try:
        with transaction.atomic():
            SearchQueryDay.objects.create(
                day=today, language=language, query=query, searches=1, results=result_count
            )
    except IntegrityError:  # another request counted it first
        same.update(searches=F("searches") + 1, results=result_count)


def purge_search_log(today=None):
    """Delete the days older than SEARCH_LOG_RETENTION_DAYS; returns how many rows went."""
    today = today or timezone.localdate()
    oldest_kept = today - datetime.timedelta(days=settings.SEARCH_LOG_RETENTION_DAYS)
    deleted, _ = SearchQueryDay.objects.filter(day__lt=oldest_kept).delete()
    return deleted


def purge_if_due(today):
    """Purge the log once a day, so that it needs no cron job. With a shared cache
    (Redis) one process of all does it; with per-process caches each does it once."""
    global _purged_on
    if _purged_on == today:
        return
    _purged_on = today
    if cache.add(PURGE_CACHE_KEY.format(day=today.isoformat()), True, timeout=2 * 86400):
        purge_search_log(today)
