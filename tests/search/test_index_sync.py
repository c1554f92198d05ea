"""The index follows the site at once: publishing, editing, unpublishing, moving,
deleting, translating and making a section private; and it can be rebuilt from scratch."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from news.models import NewsIndexPage
from search.models import SearchCorpus, SearchEntry, SearchFacet, SearchStem, SearchWord
from tests.factories import make_news, publish
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


def found(client, q, path="/zoeken/"):
    return result_titles(search(client, path, q=q))


def completions(client, typed):
    return client.get("/zoeken/autocomplete/", {"q": typed}).json()["completions"]


def test_a_published_page_is_found_at_once_and_an_unpublished_one_is_not(client, sections):
    page = make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    assert found(client, "kookclub") == ["Kookclub voor buurtgenoten"]
    assert completions(client, "kookc") == ["kookclub"]

    page.unpublish()
    assert found(client, "kookclub") == []
    assert completions(client, "kookc") == []


def test_an_edited_page_is_found_by_its_new_words_once_published(client, sections):
    page = make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    page.title = "Tuinclub voor buurtgenoten"
    revision = page.save_revision()
    assert found(client, "tuinclub") == []  # a draft is not public yet

    revision.publish()
    assert found(client, "tuinclub") == ["Tuinclub voor buurtgenoten"]
    assert found(client, "kookclub") == []
    assert completions(client, "kookc") == []


def test_a_deleted_page_leaves_the_index_and_its_words_the_vocabulary(client, sections):
    page = make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    make_news(sections["news"], "Koken met kinderen", lead="Samen koken met kinderen.")
    page.delete()
    assert found(client, "kookclub") == []
    assert not SearchEntry.objects.filter(pk=page.pk).exists()
    assert not SearchWord.objects.filter(word="kookclub").exists()
    assert SearchWord.objects.get(word="koken").frequency == 1


def test_a_translation_is_found_in_its_language_once_published(client, bilingual):
    dutch, english = bilingual
    assert found(client, "forces", "/en/search/") == ["Movements join forces"]
    assert found(client, "krachten") == ["Bewegingen bundelen krachten"]
    # The keyword is filtered and counted under its English name.
    response = search(client, "/en/search/", q="forces", keyword="care-education")
    assert result_titles(response) == ["Movements join forces"]
    assert SearchFacet.objects.filter(entry_id=english["news"].pk, label="care education")


def test_a_page_moved_into_a_private_section_leaves_search_and_comes_back(client, sections):
    page = make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    home = sections["news"].get_parent()
    private = publish(home, NewsIndexPage(title="Intern", slug="intern", locale=home.locale))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    page.move(private, pos="last-child")
    assert found(client, "kookclub") == []

    news_section = Page.objects.get(pk=sections["news"].pk)
    Page.objects.get(pk=page.pk).move(news_section, pos="last-child")
    assert found(client, "kookclub") == ["Kookclub voor buurtgenoten"]


def test_a_section_made_private_takes_its_pages_out_of_search(client, sections):
    make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    restriction = PageViewRestriction.objects.create(
        page=sections["news"], restriction_type="password", password="x"
    )
    assert found(client, "kookclub") == []
    restriction.delete()
    assert found(client, "kookclub") == ["Kookclub voor buurtgenoten"]


def test_only_content_pages_are_indexed(client, sections):
    make_news(sections["news"], "Kookclub voor buurtgenoten", lead="Samen koken.")
    assert list(SearchEntry.objects.values_list("kind", flat=True)) == ["news"]


def snapshot():
    """The index and the statistics the ranking reads (how many pages hold each stem; each
    language's pages and words), which publishing keeps and a rebuild counts afresh."""
    entries = list(
        SearchEntry.objects.order_by("pk").values_list(
            "pk", "language", "kind", "title", "year", "length"
        )
    )
    facets = sorted(SearchFacet.objects.values_list("entry_id", "name", "value", "label"))
    words = sorted(SearchWord.objects.values_list("language", "word", "stem", "frequency"))
    vectors = dict(SearchEntry.objects.values_list("pk", "vector"))
    stems = sorted(SearchStem.objects.values_list("language", "stem", "documents"))
    corpus = sorted(SearchCorpus.objects.values_list("language", "documents", "length"))
    return entries, facets, words, vectors, stems, corpus


def test_rebuilding_the_index_from_scratch_gives_the_same_index(client, bilingual):
    before = snapshot()
    assert before[4] and before[5]  # statistics to compare
    SearchEntry.objects.all().delete()
    assert found(client, "krachten") == []

    output = io.StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "Indexed 8 pages" in output.getvalue()
    assert snapshot() == before
    assert found(client, "krachten") == ["Bewegingen bundelen krachten"]
