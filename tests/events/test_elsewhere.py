"""Events beyond the agenda: picked in a newsletter issue (whose mail says when and where),
found by the site's search, listed in the sitemap, and purged from a cache in front on
publish, with their calendar files."""

import re

import pytest
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from newsletter.digest import render_issue
from newsletter.models import NewsletterIssue
from search.models import SearchEntry
from tests.conftest import SHARED_SITE
from tests.events.factories import days_from_now, make_event, translate_event
from tests.factories import make_news
from tests.newsletter.issues import make_issue

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures(SHARED_SITE)]

BASE = "https://www.radicalevernieuwing.nl"


def test_staff_pick_an_event_in_an_issue_beside_a_news_item(
    utrecht_meeting, sections, django_user_model
):
    event, _ = utrecht_meeting
    news = make_news(sections["news"], "Nieuws van de beweging")
    staff = Client()
    staff.force_login(django_user_model.objects.create_superuser("redactie", "r@example.org", "x"))
    data = nested_form_data(
        {
            "title": "Wetenswaardigheden #12",
            "language": "nl",
            "campaign": "",
            "introduction": "",
            "items": inline_formset([{"page": news.pk}, {"page": event.pk}]),
        }
    )
    answer = staff.post("/admin/newsletter/issues/new/", data)
    assert answer.status_code == 302, answer.content.decode()[:2000]
    issue = NewsletterIssue.objects.get()
    assert [page.title for page in issue.pages()] == [news.title, event.title]
    preview = staff.get(f"/admin/newsletter/issues/preview/{issue.pk}/")
    assert preview.status_code == 200
    assert "7 april 2022, 13.00–17.00 uur" in preview.content.decode()


def test_the_mail_gives_the_events_date_time_and_place_in_the_issues_language(utrecht_meeting):
    event, english = utrecht_meeting
    _subject, text, html = render_issue(make_issue([event]), BASE, unsubscribe_link=None)
    for part in (text, html):
        assert "7 april 2022, 13.00–17.00 uur" in part
        assert "Bar Beton, Utrecht" in part
    assert f"{BASE}{event.url}?utm_source=nieuwsbrief" in text

    english_issue = make_issue([english], title="Newsletter #12", language="en")
    _subject, text, html = render_issue(english_issue, BASE, unsubscribe_link=None)
    for part in (text, html):
        assert "7 April 2022, 13:00–17:00" in part and "Half-yearly meeting" in part
    assert "uur" not in text


def test_the_search_finds_events_in_their_language(client, utrecht_meeting):
    event, english = utrecht_meeting
    assert SearchEntry.objects.get(page_id=event.pk).kind == "event"
    answer = client.get("/zoeken/", {"q": "coördinatoren"})
    titles = [re.sub(r"<[^>]+>", "", result.title) for result in answer.context["results"]]
    assert titles == ["Halfjaarlijkse bijeenkomst"]
    answer = client.get("/en/search/", {"q": "coordinators"})
    titles = [re.sub(r"<[^>]+>", "", result.title) for result in answer.context["results"]]
    assert titles == ["Half-yearly meeting"]


def test_the_sitemap_lists_the_agenda_and_its_events_in_both_languages(client, utrecht_meeting):
    sitemap = client.get("/sitemap-pages.xml").content.decode()
    for path in (
        "/agenda/",
        "/agenda/halfjaarlijkse-bijeenkomst/",
        "/en/events/",
        "/en/events/half-yearly-meeting/",
    ):
        assert f"<loc>http://localhost{path}</loc>" in sitemap, path
    assert 'hreflang="en" href="http://localhost/en/events/half-yearly-meeting/"' in sitemap


@pytest.fixture
def purged(settings, monkeypatch):
    """The addresses a publish asks the cache in front to drop, and the keys it bans."""
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    addresses = set()

    def record(urls, **kwargs):
        addresses.update(urls)

    monkeypatch.setattr("core.purge.purge_urls_from_cache", record)
    monkeypatch.setattr("events.purge.purge_urls_from_cache", record)
    monkeypatch.setattr("core.purge.ban_pages_showing", lambda keys: None)
    return addresses


def test_publishing_an_event_purges_the_agenda_home_theme_pages_and_calendars(
    agendas, locales, bilingual, purged
):
    agenda, _ = agendas
    dutch, english = bilingual
    event = make_event(agenda, "Nieuwe bijeenkomst", days_from_now(9), themes=[dutch["theme"]])
    translate_event(event, locales[1], "New meeting", "new-meeting")
    purged.clear()

    event.save_revision().publish()

    base = "http://localhost"
    expected = {
        "/agenda/nieuwe-bijeenkomst/",
        "/agenda/",
        "/",
        "/en/events/new-meeting/",
        "/en/events/",
        "/en/",
        dutch["theme"].url,
        english["theme"].url,
        "/agenda/nieuwe-bijeenkomst/ics/",
        "/agenda/ics/",
        "/en/events/new-meeting/ics/",
        "/en/events/ics/",
    }
    assert {base + path for path in expected} <= purged

    purged.clear()
    event.unpublish()
    assert {f"{base}/agenda/ics/", f"{base}/agenda/"} <= purged
