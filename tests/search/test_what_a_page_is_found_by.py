"""What a page is found by and which of its words the search box offers: its title, lead,
body, summary, keywords in the page's language and a participant's sector; words worth
completing (not numbers, not two letters, not "de" or "het"), counted per page.
"""

import datetime

import pytest

from core.models import KeywordName
from search.models import SearchWord
from tests.events.factories import at, make_agenda, make_event
from tests.factories import make_news, make_participant, make_publication, make_theme
from tests.search.conftest import paragraph, result_titles, search

pytestmark = pytest.mark.django_db


def found(client, q, path="/zoeken/"):
    return result_titles(search(client, path, q=q))


def completions(client, typed):
    return client.get("/zoeken/autocomplete/", {"q": typed}).json()["completions"]


def frequency(word):
    found = SearchWord.objects.filter(language="nl", word=word).first()
    return found.frequency if found else 0


def test_each_page_type_is_found_by_the_text_it_shows(client, sections):
    theme = make_theme(sections["themes"], "Zorgzame wijken")  # intro "Over Zorgzame wijken."
    make_news(sections["news"], "Bericht", lead="Kort.", body=paragraph("Over klompen."))
    make_publication(sections["publications"], "Katern")  # "Samenvatting van Katern."
    make_participant(
        sections["participants"], "Stichting Oost", sector_name="Dagbesteding", city="Zwolle"
    )
    make_event(
        make_agenda(sections["news"].get_parent()), "Open dag", at(2024, 5, 1), location="Deventer"
    )
    assert found(client, "wijken") == [theme.title]
    assert found(client, "zwolle") == ["Stichting Oost"]
    assert found(client, "deventer") == ["Open dag"]
    assert found(client, "klompen") == ["Bericht"]
    assert found(client, "samenvatting") == ["Katern"]
    assert found(client, "dagbesteding") == ["Stichting Oost"]
    assert found(client, "stichting") == ["Stichting Oost"]


def test_a_keyword_finds_its_pages_by_the_name_staff_gave_it_in_that_language(client, sections):
    make_news(sections["news"], "Bericht", keywords=["zorgonderwijs"])
    name = KeywordName.objects.get(name="zorgonderwijs")
    name.name, name.slug = "zorg en onderwijs", "zorg-en-onderwijs"
    name.save()
    assert found(client, "onderwijs") == ["Bericht"]
    response = search(client, q="onderwijs")
    (facet,) = [f for f in response.context["facets"] if f.parameter == "keyword"]
    assert [option.label for option in facet.options] == ["zorg en onderwijs (1)"]


def test_a_page_found_by_a_keyword_shows_its_own_text_not_its_list_of_keywords(client, sections):
    make_news(sections["news"], "Bericht", lead="Kort nieuws.", keywords=["zorgonderwijs", "wijk"])
    (result,) = search(client, q="zorgonderwijs").context["results"]
    assert result.snippet == "Kort nieuws."


def test_the_search_box_offers_words_not_numbers_stopwords_or_two_letter_words(client, sections):
    make_news(sections["news"], "Open huis 2025", lead="Wij zijn er om 10 uur, ok?")
    assert completions(client, "20") == []
    assert completions(client, "ok") == []
    assert "open" in completions(client, "op")
    assert "wij" not in completions(client, "wi")  # a stopword
    assert completions(client, "huis") == ["huis"]
    assert completions(client, "uu") == ["uur"]  # three letters are enough


def test_a_word_is_counted_once_per_page_and_forgotten_with_the_last_page(client, sections):
    first = make_news(sections["news"], "Boerenkool", lead="Boerenkool met worst.")
    second = make_news(sections["news"], "Stamppot", lead="Boerenkool of zuurkool.")
    assert frequency("boerenkool") == 2
    second.lead = "Zuurkool met spek."
    second.save_revision().publish()
    assert frequency("boerenkool") == 1
    assert frequency("spek") == 1
    first.unpublish()
    assert frequency("boerenkool") == 0
    assert completions(client, "boerenk") == []


def test_undated_pages_sort_by_when_they_were_first_published(client, sections):
    make_news(
        sections["news"], "Vroeg bericht", lead="Over vlinders.", date=datetime.date(2000, 1, 1)
    )
    theme = make_theme(sections["themes"], "Vlinders in de wijk")
    # The theme was published today; the news item is dated long ago.
    assert result_titles(search(client, q="vlinders", sort="date")) == [
        theme.title,
        "Vroeg bericht",
    ]


def test_a_heading_is_found_by_its_words_not_by_the_name_of_its_block(client, sections):
    body = [
        ("heading", {"text": "Leren in de wijk", "level": "h2"}),
        *paragraph("Buurtbewoners geven elkaar les."),
    ]
    make_news(sections["news"], "Bericht", lead="Kort.", body=body)
    assert found(client, "leren") == ["Bericht"]
    for label in ("kop", "heading", "subkop", "h2"):
        assert result_titles(search(client, q=label, as_typed=1)) == [], label
    snippet = search(client, q="buurtbewoners").context["results"][0].snippet
    assert "Kop" not in snippet and "Heading" not in snippet
