"""The order and the numbers of the filter options a visitor is offered with the results:
keywords most used first (alphabetically among equals), years newest first, and a count
that says how many results choosing that option would give."""

import datetime

import pytest
from django.utils import translation

from search.engine import MAX_KEYWORD_OPTIONS, Counts, Filters
from search.results import facets
from tests.factories import make_news, make_publication, make_theme
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


def options(response, parameter):
    (facet,) = [f for f in response.context["facets"] if f.parameter == parameter]
    return [option.label for option in facet.options]


@pytest.fixture
def sailing(sections):
    news = sections["news"]

    def item(title, keywords, year):
        lead = "Zeilen op het meer."
        return make_news(news, title, keywords=keywords, lead=lead, date=datetime.date(year, 5, 1))

    item("Eerste tocht", ["wind", "water"], 2022)
    item("Tweede tocht", ["water", "zon"], 2023)
    item("Derde tocht", ["anker"], 2023)
    make_publication(sections["publications"], "Zeilen: een gids", date=datetime.date(2023, 1, 1))


def test_keywords_are_offered_most_used_first_then_alphabetically(client, sailing):
    response = search(client, q="zeilen")
    assert options(response, "keyword") == ["water (2)", "anker (1)", "wind (1)", "zon (1)"]


def test_each_option_counts_what_choosing_it_would_give_with_the_other_filters(client, sailing):
    response = search(client, q="zeilen", year="2023")
    assert sorted(result_titles(response)) == ["Derde tocht", "Tweede tocht", "Zeilen: een gids"]
    assert options(response, "year") == ["2023 (3)", "2022 (1)"]
    assert options(response, "type") == ["Nieuwsbericht (2)", "Publicatie (1)"]
    assert options(response, "keyword") == ["anker (1)", "water (1)", "zon (1)"]

    response = search(client, q="zeilen", type="news", keyword="water")
    assert sorted(result_titles(response)) == ["Eerste tocht", "Tweede tocht"]
    assert options(response, "year") == ["2023 (1)", "2022 (1)"]
    assert options(response, "type") == ["Nieuwsbericht (2)"]
    assert options(response, "keyword") == ["water (2)", "anker (1)", "wind (1)", "zon (1)"]


def test_a_type_and_a_year_together_count_only_the_results_that_have_both(client, sailing):
    # Two news items of 2023; the news of 2022 and the publication of 2023 have one each.
    response = search(client, q="zeilen", type="news", year="2023")
    assert sorted(result_titles(response)) == ["Derde tocht", "Tweede tocht"]
    assert response.context["total"] == 2
    assert response.context["results"].paginator.num_pages == 1


def test_at_most_thirty_keywords_are_offered(client, sections):
    names = [f"trefwoord{number:02d}" for number in range(MAX_KEYWORD_OPTIONS + 5)]
    make_news(sections["news"], "Veel trefwoorden", keywords=names, lead="Zeilen.")
    offered = options(search(client, q="zeilen"), "keyword")
    assert offered == [f"{name} (1)" for name in names[:MAX_KEYWORD_OPTIONS]]


def test_the_theme_options_still_count_the_other_themes_once_one_is_chosen(client, sections):
    lake, sea = (make_theme(sections["themes"], name) for name in ("Meren", "Zee"))
    for title, themes in [("Op het meer", [lake]), ("Op zee", [sea]), ("Meer en zee", [lake, sea])]:
        make_news(sections["news"], title, themes=themes, lead="Zeilen met de buurt.")
    response = search(client, q="zeilen", theme=lake.slug)
    assert sorted(result_titles(response)) == ["Meer en zee", "Op het meer"]
    assert options(response, "theme") == ["Meren (2)", "Zee (2)"]


def test_estimated_counts_are_rounded_and_grouped_in_the_visitors_language():
    counts = Counts(estimated=True)
    counts.kinds["news"] = 14_237
    with translation.override("nl"):
        labels = [option.label for option in facets(Filters(), counts, [])[0].options]
    assert labels == ["Nieuwsbericht (ca. 14.000)"]
    with translation.override("en"):
        labels = [option.label for option in facets(Filters(), counts, [])[0].options]
    assert labels == ["News item (about 14,000)"]
