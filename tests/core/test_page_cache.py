"""Cached pages for anonymous visitors (core/page_cache.py): served from the cache, shared
across tracking parameters, renewed on every page that shows an item the moment it is
published or unpublished, and never used for anyone the site knows or anything personal."""

import pytest
from django.contrib.auth.models import User
from django.http import HttpResponse
from wagtail.models import PageViewRestriction

from core.page_cache import page_cache
from tests.factories import make_news

pytestmark = pytest.mark.django_db

NEWS_LISTS = ["/nieuws/", "/en/news/"]


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


def from_cache(response):
    return response.get("X-Page-Cache") == "hit"


def test_an_anonymous_page_is_rendered_once_then_served_from_the_cache(
    client, bilingual, django_assert_max_num_queries
):
    first = fetch(client, "/nieuws/")
    with django_assert_max_num_queries(0):
        second = fetch(client, "/nieuws/")
    assert not from_cache(first) and from_cache(second)
    assert second.content == first.content
    control = second["Cache-Control"]
    assert "public" in control and "s-maxage=300" in control
    assert "stale-while-revalidate=60" in control
    assert "Accept-Language" not in second.get("Vary", "")


def test_tracking_parameters_share_one_copy_and_other_parameters_do_not(client, bilingual):
    fetch(client, "/nieuws/?utm_source=nieuwsbrief&utm_campaign=12")
    assert from_cache(fetch(client, "/nieuws/?utm_medium=email&fbclid=abc"))
    assert from_cache(fetch(client, "/nieuws/"))
    assert not from_cache(fetch(client, "/nieuws/?page=2"))
    assert not from_cache(fetch(client, "/nieuws/?year=2025"))


def test_a_publish_shows_at_once_on_every_page_that_lists_the_item(client, bilingual):
    dutch, english = bilingual
    listing = [
        *NEWS_LISTS,
        "/",
        "/en/",
        dutch["theme"].url,
        english["theme"].url,
        "/nieuws/feed/",
        "/en/news/feed/",
    ]
    for url in listing:
        fetch(client, url)  # kept in the cache
    item = make_news(dutch["news"].get_parent(), "Nieuwe wijkteams", themes=[dutch["theme"]])
    for url in ["/nieuws/", "/", dutch["theme"].url, "/nieuws/feed/"]:
        assert "Nieuwe wijkteams" in fetch(client, url).content.decode(), url

    # Unpublished: gone from every page that showed it, in both languages.
    english_title = english["news"].title
    item.unpublish()
    english["news"].unpublish()
    for url in listing:
        html = fetch(client, url).content.decode()
        assert "Nieuwe wijkteams" not in html, url
        assert english_title not in html, url


def test_a_logged_in_visitor_is_never_served_or_stored(client, bilingual):
    staff = User.objects.create_superuser("redactie", "r@example.org", "x")
    client.force_login(staff)
    for _ in range(2):
        response = fetch(client, "/nieuws/")
        assert not from_cache(response)
        assert "wagtail-userbar" in response.content.decode()  # staff's own page
    assert "private" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    # What staff saw was not kept for anonymous visitors.
    client.logout()
    response = fetch(client, "/nieuws/")
    assert not from_cache(response)
    assert "wagtail-userbar" not in response.content.decode()


def test_a_visitor_with_a_waiting_message_is_not_served_from_the_cache(client, bilingual):
    fetch(client, "/nieuws/")
    client.cookies["messages"] = "something"
    response = fetch(client, "/nieuws/")
    assert not from_cache(response)
    assert "no-cache" in response["Cache-Control"]


def test_a_form_with_a_csrf_token_is_never_kept(client, bilingual):
    """A password-protected page answers with a form whose token is the visitor's own."""
    dutch, _ = bilingual
    PageViewRestriction.objects.create(
        page=dutch["news"], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    first = fetch(client, dutch["news"].url)
    second = fetch(client, dutch["news"].url)
    assert "csrfmiddlewaretoken" in second.content.decode()
    assert not from_cache(second) and "public" not in second["Cache-Control"]
    assert "public" not in first["Cache-Control"]


@pytest.mark.parametrize("sets_cookie", [False, True])
def test_an_answer_that_sets_a_cookie_is_not_kept(rf, sets_cookie):
    """Such as a form: Django sets the CSRF cookie whenever a page uses a token."""

    def view(request):
        response = HttpResponse("<form>…</form>")
        if sets_cookie:
            response.set_cookie("csrftoken", "the-visitors-own")
        return response

    served, url = page_cache(view), f"/aanmelden-{sets_cookie}/"
    served(rf.get(url))
    second = served(rf.get(url))
    assert from_cache(second) is not sets_cookie
    assert ("public" in second["Cache-Control"]) is not sets_cookie


@pytest.mark.parametrize("url", ["/zoeken/?q=zorg", "/admin/login/"])
def test_searches_and_staff_pages_are_not_cached(client, bilingual, url):
    fetch(client, url)
    response = fetch(client, url)
    assert not from_cache(response)
    assert "public" not in response["Cache-Control"]
