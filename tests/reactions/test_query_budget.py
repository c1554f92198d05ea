"""A news item with reactions stays within the public pages' query budget (tests/perf/), and
its cost does not grow with the number of reactions."""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteSettings
from reactions.models import Reaction
from tests.conftest import SHARED_SITE
from tests.perf.test_query_budgets import BUDGET
from tests.reactions.conftest import react

pytestmark = pytest.mark.usefixtures(SHARED_SITE)


def queries_for(client, url):
    client.get(url)  # renditions and settings are made on the first visit
    caches["renditions"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in queries]


def test_a_news_item_with_reactions_stays_within_budget_however_many_it_has(
    client, articles, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0  # the cost of rendering, not of the page cache
    SiteSettings.load()
    dutch, _ = articles
    for number in range(2):
        react(dutch, text=f"Reactie {number}.")
    react(dutch, Reaction.Status.PENDING)
    with_two = queries_for(client, dutch.url)
    with django_capture_on_commit_callbacks(execute=True):  # approved: the article changes
        for number in range(2, 30):
            react(dutch, text=f"Reactie {number}.")
    with_thirty = queries_for(client, dutch.url)
    assert "30 reacties" in client.get(dutch.url).content.decode()
    assert len(with_thirty) <= BUDGET, f"{len(with_thirty)} queries"
    assert len(with_thirty) == len(with_two)
    # Kept per content version: an article read again reads no reaction from the database.
    assert not [sql for sql in with_thirty if "reactions_" in sql]
