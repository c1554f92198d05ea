"""The query log behind the staff report: per day and language, how often each query was
searched and how many results it found.

Nothing about the visitor is stored: no address, user, session or time of day. What
someone types can itself be personal (a name, an e-mail address, a phone number), so
e-mail addresses and long numbers are masked before a query is counted.
"""

import re

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from search.models import SearchQueryDay

EMAIL = re.compile(r"\S+@\S+")
LONG_NUMBER = re.compile(r"\d[\d\s-]{5,}\d")
MAX_LOGGED_LENGTH = 200


def normalise_for_log(text):
    """The query as it is counted: lowercase, single spaces, personal details masked."""
    text = EMAIL.sub("[e-mail]", text.lower())
    text = LONG_NUMBER.sub("[number]", text)
    return " ".join(text.split())[:MAX_LOGGED_LENGTH]


def log_search(text, language, result_count):
    """Count one search for `text` today; one query, two the first time of the day."""
    query = normalise_for_log(text)
    if not query:
        return
    today = timezone.localdate()
    same = SearchQueryDay.objects.filter(day=today, language=language, query=query)
    if same.update(searches=F("searches") + 1, results=result_count):
        return
    try:
        with transaction.atomic():
            SearchQueryDay.objects.create(
                day=today, language=language, query=query, searches=1, results=result_count
            )
    except IntegrityError:  # another request counted it first
        same.update(searches=F("searches") + 1, results=result_count)
