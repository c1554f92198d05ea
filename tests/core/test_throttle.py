"""The throttle for public forms: a visitor who sends a form too often gets a polite 429
page in their language; nobody else is held back, and no address is stored."""

import time
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from core.throttle import throttle_posts


@throttle_posts("newsletter", limit=3, period=timedelta(hours=1))
def newsletter_signup(request):
    return HttpResponse("Aangemeld")


@throttle_posts("reactions", limit=3, period=timedelta(hours=1))
def reaction(request):
    return HttpResponse("Reactie geplaatst")


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def send(view, method="post", address="203.0.113.5"):
    request = getattr(RequestFactory(), method)("/aanmelden/", REMOTE_ADDR=address)
    request.user = AnonymousUser()
    return view(request)


def test_the_fourth_sign_up_within_an_hour_gets_a_dutch_page_asking_to_wait(home_pages):
    # LocaleMiddleware sets the visitor's language before a view runs; here it is Dutch.
    with translation.override("nl"):
        assert [send(newsletter_signup).status_code for _ in range(3)] == [200, 200, 200]
        refused = send(newsletter_signup)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    text = refused.content.decode()
    assert "Te veel pogingen" in text
    assert "Probeer het over 60 minuten opnieuw" in text


def test_the_page_is_english_for_an_english_visitor(home_pages):
    with translation.override("en"):
        for _ in range(3):
            send(newsletter_signup)
        text = send(newsletter_signup).content.decode()
    assert "Please try again in 60 minutes" in text


def test_showing_the_form_is_never_counted(home_pages):
    for _ in range(10):
        assert send(newsletter_signup, method="get").status_code == 200
    assert send(newsletter_signup).status_code == 200


def test_other_visitors_and_other_forms_are_not_held_back(home_pages):
    for _ in range(4):
        send(newsletter_signup)
    assert send(newsletter_signup, address="198.51.100.66").status_code == 200
    assert send(reaction).status_code == 200


def test_after_the_hour_the_visitor_may_sign_up_again(home_pages):
    for _ in range(4):
        send(newsletter_signup)
    with mock.patch("time.time", return_value=time.time() + 3601):
        assert send(newsletter_signup).status_code == 200


def test_no_address_is_kept_in_the_cache(home_pages):
    send(newsletter_signup, address="203.0.113.5")
    stored = repr(list(cache._cache.items()))  # the local-memory cache of the tests
    assert "throttle:newsletter:" in stored
    assert "203.0.113.5" not in stored and "203-0-113-5" not in stored
