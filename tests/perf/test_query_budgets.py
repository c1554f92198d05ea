"""Every public page renders in at most 15 SQL queries, however many items it lists."""

from datetime import date, timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import SiteSettings
from tests.events.factories import days_from_now, make_agenda, make_event
from tests.factories import make_image, make_news, make_participant, make_publication, make_theme

pytestmark = pytest.mark.django_db
BUDGET = 15


def add_content(sections, theme, count, start):
    """`count` news items, publications, participants and events (every other one to come),
    each with an image and a theme."""
    for number in range(start, start + count):
        make_event(
            sections["events"],
            f"Bijeenkomst {number}",
            days_from_now((number + 1) * (1 if number % 2 else -1)),
            themes=[theme],
            image=make_image(f"Bijeenkomst {number}"),
        )
        participant = make_participant(
            sections["participants"],
            f"Organisatie {number}",
            ["GGZ", "Jeugdzorg", "Gehandicaptenzorg"][number % 3],
            region=["noord", "oost", "zuid", "west"][number % 4],
            themes=[theme],
            logo=make_image(f"Logo {number}"),
        )
        publication = make_publication(
            sections["publications"],
            f"Publicatie {number}",
            themes=[theme],
            keywords=["ggz", f"reeks-{number}"],
            date=date(2019, 1, 1) + timedelta(days=number * 20),
            cover=make_image(f"Omslag {number}"),
        )
        make_news(
            sections["news"],
            f"Bericht {number}",
            themes=[theme],
            keywords=["ggz", f"onderwerp-{number}"],
            date=date(2019, 1, 1) + timedelta(days=number * 20),
            image=make_image(f"Foto {number}"),
            participants=[participant],
            publication=publication,
        )


def query_counts(client, urls):
    # Warm up first: renditions are made on the first visit.
    for url in urls:
        assert client.get(url).status_code == 200, url
    counts = {}
    for url in urls:
        # Wagtail keeps renditions in a cache: empty, each card's rendition must come from
        # the one query that fetches them all, as after a restart or a new image.
        caches["renditions"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        counts[url] = len(queries)
    return counts


def test_page_query_counts_stay_within_budget_and_do_not_grow_with_items(
    client, sections, settings
):
    settings.PAGE_CACHE_SECONDS = 0  # the cost of rendering, not of the page cache
    SiteSettings.load()  # as on any real site; its creation would start a new content version
    home = sections["news"].get_parent()
    sections = {**sections, "events": make_agenda(home)}
    theme = make_theme(sections["themes"], "Voorbij sectoren", is_central=True, image=make_image())
    for number in range(5):
        make_theme(sections["themes"], f"Thema {number}", is_central=number < 3)
    add_content(sections, theme, 5, start=0)
    from events.models import EventPage
    from news.models import NewsPage, PublicationPage
    from participants.models import ParticipantPage

    def urls():
        return [
            home.url,
            sections["themes"].url,
            theme.url,
            sections["news"].url,
            sections["news"].url + "?theme=voorbij-sectoren&keyword=ggz&page=2",
            sections["news"].url + "?participant=organisatie-3",
            NewsPage.objects.get(title="Bericht 3").url,
            sections["publications"].url,
            PublicationPage.objects.get(title="Publicatie 3").url,
            sections["participants"].url,
            sections["participants"].url + "?region=noord&theme=voorbij-sectoren",
            ParticipantPage.objects.get(title="Organisatie 3").url,
            "/trefwoord/ggz/",
            "/nieuws/feed/",
            "/nieuws/feed/voorbij-sectoren/atom/",
            "/agenda/",
            "/agenda/?theme=voorbij-sectoren",
            EventPage.objects.get(title="Bijeenkomst 3").url,
            EventPage.objects.get(title="Bijeenkomst 3").url + "ics/",
            "/agenda/ics/",
        ]

    with_five = query_counts(client, urls())
    add_content(sections, theme, 45, start=5)
    with_fifty = query_counts(client, urls())

    over_budget = {url: count for url, count in with_fifty.items() if count > BUDGET}
    assert not over_budget, f"more than {BUDGET} queries: {over_budget}"
    grew = {
        url: (with_five[url], with_fifty[url])
        for url in with_five
        if with_fifty[url] != with_five[url]
    }
    assert not grew, f"query count grows with the number of items: {grew}"
