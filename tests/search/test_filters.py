"""Narrowing results by theme, type, year and keyword, each option with its count, and
sorting; all in a plain GET form, so it works without JavaScript."""

import re

import pytest
from wagtail.models import PageViewRestriction

from search import results
from tests.factories import make_news
from tests.search.conftest import result_titles, search

pytestmark = pytest.mark.django_db


def options(response, parameter):
    """{option label: selected} of one filter, as the page offers it."""
    (facet,) = [f for f in response.context["facets"] if f.parameter == parameter]
    return {option.label: option.selected for option in facet.options}


def test_every_filter_offers_its_options_with_the_number_of_results_each_gives(client, corpus):
    response = search(client, q="gemeenschap")
    assert sorted(result_titles(response)) == [
        "Buurtbewoners bouwen aan gemeenschappen",
        "Magazine over gemeenschappen",
        "Zorgzame gemeenschappen",
    ]
    assert options(response, "type") == {
        "Nieuwsbericht (1)": False,
        "Publicatie (1)": False,
        "Thema (1)": False,
    }
    assert options(response, "theme") == {"Zorgzame gemeenschappen (3)": False}
    assert options(response, "year") == {"2024 (1)": False, "2019 (1)": False}
    assert options(response, "keyword") == {"burgerkracht (2)": False}


def test_filters_combine_and_each_count_says_what_choosing_that_option_would_give(client, corpus):
    response = search(client, q="gemeenschap", theme="zorgzame-gemeenschappen", type="publication")
    assert result_titles(response) == ["Magazine over gemeenschappen"]
    # Another type would replace this one: its count keeps the theme but not the type.
    assert options(response, "type") == {
        "Nieuwsbericht (1)": False,
        "Publicatie (1)": True,
        "Thema (1)": False,
    }
    assert options(response, "year") == {"2019 (1)": False}

    response = search(client, q="gemeenschap", keyword="burgerkracht", year="2024")
    assert result_titles(response) == ["Buurtbewoners bouwen aan gemeenschappen"]
    assert options(response, "year") == {"2024 (1)": True, "2019 (1)": False}
    assert options(response, "keyword") == {"burgerkracht (1)": True}


def test_the_filter_form_works_without_javascript_and_keeps_the_query(client, corpus):
    html = search(client, q="gemeenschap").content.decode()
    form = re.search(r'<form class="filters search-filters" method="get".*?</form>', html, re.S)[0]
    assert '<input type="hidden" name="q" value="gemeenschap">' in form
    assert '<option value="zorgzame-gemeenschappen">Zorgzame gemeenschappen (3)</option>' in form
    assert '<button type="submit">' in form


def test_page_links_keep_the_query_and_the_filters(client, corpus, monkeypatch):
    monkeypatch.setattr(results, "RESULTS_PER_PAGE", 1)
    response = search(client, q="gemeenschap", theme="zorgzame-gemeenschappen")
    next_link = re.search(r'<a rel="next" href="\?([^"]+)"', response.content.decode())[1]
    assert next_link == "q=gemeenschap&amp;theme=zorgzame-gemeenschappen&amp;page=2"
    second = search(client, q="gemeenschap", theme="zorgzame-gemeenschappen", page="2")
    assert len(result_titles(second)) == 1
    assert result_titles(second) != result_titles(response)


def test_results_can_be_sorted_newest_first(client, corpus):
    response = search(client, q="zorg", sort="date")
    dates = [result.date for result in response.context["results"] if result.date]
    assert len(dates) >= 3
    assert dates == sorted(dates, reverse=True)
    html = response.content.decode()
    assert '<option value="date" selected>' in html


def test_unknown_filter_values_are_ignored_rather_than_answered_with_an_error(client, corpus):
    plain = result_titles(search(client, q="gemeenschap"))
    odd = search(client, q="gemeenschap", theme="bestaat-niet", type="virus", year="20x4")
    assert sorted(result_titles(odd)) == sorted(plain)


def test_a_filter_that_leaves_nothing_says_so_and_offers_to_clear_it(client, corpus):
    response = search(client, q="gemeenschap", keyword="bestuurders")
    assert result_titles(response) == []
    html = response.content.decode()
    assert "Niets voldoet aan deze filters. Probeer minder filters." in html
    assert '<a href="?q=gemeenschap">' in html


def test_a_theme_narrows_the_results_and_the_other_themes_keep_their_counts(client, corpus):
    make_news(corpus.sections["news"], "Zorg zonder thema", lead="Over zorg.")
    everything = search(client, q="zorg")
    assert {"Buurtbewoners bouwen aan gemeenschappen", "Zorg zonder thema"} <= set(
        result_titles(everything)
    )
    narrowed = search(client, q="zorg", theme="voorbij-sectoren")
    assert sorted(result_titles(narrowed)) == [
        "Als de zorg verzakelijkt",
        "Nieuwe wegen voor kinderen",
        "Over geestelijke gezondheidszorg",
    ]
    # The other theme is still offered with what choosing it instead would give.
    assert options(narrowed, "theme") == {
        "Voorbij sectoren (3)": True,
        "Zorgzame gemeenschappen (1)": False,
    }


def theme_names(response):
    return {label.rsplit(" (", 1)[0] for label in options(response, "theme")}


def take_offline(theme):
    theme.unpublish()


def restrict(theme):
    PageViewRestriction.objects.create(
        page=theme, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


@pytest.mark.parametrize("hide", [take_offline, restrict])
def test_a_theme_taken_offline_or_made_private_is_no_longer_offered_as_a_filter(
    client, corpus, hide
):
    assert theme_names(search(client, q="zorg")) == {"Voorbij sectoren", "Zorgzame gemeenschappen"}
    theme = corpus.sectors_theme
    theme.refresh_from_db()
    hide(theme)
    assert theme_names(search(client, q="zorg")) == {"Zorgzame gemeenschappen"}
