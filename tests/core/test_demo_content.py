import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from home.models import HomePage


@pytest.mark.django_db
def test_demo_content_gives_a_dutch_home_and_its_english_translation(client):
    call_command("load_demo_content", stdout=io.StringIO())
    dutch = HomePage.objects.get(locale__language_code="nl")
    english = HomePage.objects.get(locale__language_code="en")
    assert english.translation_key == dutch.translation_key
    assert "care organisations" in english.intro
    assert client.get("/en/").status_code == 200


@pytest.mark.django_db
def test_loading_the_demo_content_twice_duplicates_nothing():
    call_command("load_demo_content", stdout=io.StringIO())
    pages_after_first = Page.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    assert Page.objects.count() == pages_after_first
    assert HomePage.objects.count() == 2
