"""Each language searches only its own pages, even for words Dutch and English spell and
stem alike ("project", "team", "model"); and what is not public (a draft, an expired page,
a page in a restricted section, a translation of a restricted page) is never found or
offered as a completion, in either language.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from core.translation import translate_page
from news.models import NewsIndexPage
from search.indexing import index_page
from search.models import SearchEntry
from search.stemming import stem
from tests.factories import make_news, publish
from tests.search.conftest import build_site, result_titles, search
from tests.shared_data import built_once_per_module

pytestmark = pytest.mark.django_db

DUTCH, ENGLISH = "/zoeken/", "/en/search/"


def build_pages():
    sections, english = build_site()
    news = sections["news"]
    shared = make_news(
        news,
        "Het project van het team",
        lead="Een model voor het netwerk, met projecten in elk dorp.",
        date=datetime.date(2024, 2, 1),
    )
    shared_en = translate_page(
        shared,
        english,
        {
            shared.title: "The project of the team",
            shared.slug: "the-project-of-the-team",
            shared.lead: "A model for the network, with projects in every village.",
        },
    )
    secret = make_news(news, "Geheim kwartiermaken", lead="Kwartiermakers aan het werk.")
    secret_en = translate_page(
        secret,
        english,
        {
            secret.title: "Secret kwartiermaken",
            secret.slug: "secret-kwartiermaken",
            secret.lead: "Kwartiermakers at work.",
        },
    )
    return SimpleNamespace(
        sections=sections,
        english=english,
        shared=shared,
        shared_en=shared_en,
        secret=secret,
        secret_en=secret_en,
    )


pages = built_once_per_module(build_pages)


def found(client, path, q, **params):
    return result_titles(search(client, path, q=q, **params))


def completions(client, path, typed):
    response = client.get(f"{path}autocomplete/", {"q": typed})
    assert response.status_code == 200
    return response.json()["completions"]


@pytest.mark.parametrize("word", ["project", "team", "model"])
def test_a_word_both_languages_share_finds_only_the_page_in_the_visitors_language(
    client, pages, word
):
    # The premise: both stemmers reduce it alike, so only the language keeps them apart.
    assert stem(word, "nl") == stem(word, "en")
    assert found(client, DUTCH, word) == ["Het project van het team"]
    assert found(client, ENGLISH, word) == ["The project of the team"]


def test_a_word_of_the_other_language_finds_nothing_of_that_language(client, pages):
    assert found(client, DUTCH, "network", as_typed=1) == []
    assert found(client, ENGLISH, "netwerk", as_typed=1) == []
    assert found(client, ENGLISH, "projecten", as_typed=1) == []
    # Searched for its correction in the visitor's language ("netwerk"), it finds only the
    # page in that language.
    assert found(client, DUTCH, "network") == ["Het project van het team"]


def test_completions_come_from_the_visitors_language_only(client, pages):
    dutch, english = completions(client, DUTCH, "projec"), completions(client, ENGLISH, "projec")
    assert "projecten" in dutch and "projects" not in dutch
    assert "projects" in english and "projecten" not in english


def test_the_pages_to_hide_are_found_while_they_are_public(client, pages):
    # Without this, the tests below would pass on a word that is never indexed.
    assert found(client, DUTCH, "kwartiermakers") == ["Geheim kwartiermaken"]
    assert found(client, ENGLISH, "kwartiermakers") == ["Secret kwartiermaken"]
    assert "kwartiermakers" in completions(client, DUTCH, "kwartierm")


def fresh(page):
    """`page` as it is in the database: an earlier test may have changed the shared instance
    (a revision that its rollback took away)."""
    return type(page).objects.get(pk=page.pk)


def assert_hidden_in_both_languages(client):
    for path in (DUTCH, ENGLISH):
        assert found(client, path, "kwartiermakers") == [], path
        assert completions(client, path, "kwartierm") == [], path


def test_restricting_the_english_translation_hides_both_languages(client, pages):
    PageViewRestriction.objects.create(
        page=pages.secret_en, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert_hidden_in_both_languages(client)


@pytest.mark.parametrize("kind", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_a_restricted_section_hides_its_pages_in_both_languages(client, pages, kind):
    PageViewRestriction.objects.create(page=pages.sections["news"], restriction_type=kind)
    assert_hidden_in_both_languages(client)
    assert found(client, DUTCH, "project") == []


def test_an_expired_page_is_not_found_even_before_it_is_unpublished(client, pages):
    for page in (fresh(pages.secret), fresh(pages.secret_en)):
        page.expire_at = timezone.now() - datetime.timedelta(minutes=1)
        page.save_revision().publish()
    assert fresh(pages.secret).live  # no job has unpublished it yet
    assert_hidden_in_both_languages(client)


def test_an_unpublished_page_and_its_unpublished_translation_are_not_found(client, pages):
    fresh(pages.secret).unpublish()
    fresh(pages.secret_en).unpublish()
    assert_hidden_in_both_languages(client)


def test_a_draft_is_not_found_until_it_is_published(client, pages):
    draft = make_news(pages.sections["news"], "Concept over stiltecoupes", lead="Nog niet af.")
    draft.unpublish()
    draft.lead = "Stiltecoupes in de trein."
    draft.save_revision()
    assert found(client, DUTCH, "stiltecoupes") == []
    assert completions(client, DUTCH, "stilte") == []


def test_indexing_a_page_inside_a_private_section_leaves_it_out_of_the_index(client, pages):
    home = pages.sections["news"].get_parent()
    private = publish(home, NewsIndexPage(title="Intern", slug="intern", locale=home.locale))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    page = make_news(private, "Vergaderverslag", lead="Besluiten over kwartiermakers.")
    index_page(page)
    assert not SearchEntry.objects.filter(page=page).exists()
    assert found(client, DUTCH, "vergaderverslag") == []
    # A public page indexed the same way is in the index: the call itself works.
    index_page(fresh(pages.shared))
    assert SearchEntry.objects.filter(page=pages.shared).exists()
    # Given as a plain Page, as a walk of the tree gives it, it is indexed as its own type.
    SearchEntry.objects.filter(page=pages.shared).delete()
    index_page(Page.objects.get(pk=pages.shared.pk))
    assert SearchEntry.objects.get(page=pages.shared).kind == "news"
