"""The ranking rules, each shown with two pages where the rule and the newest-first
tie-break disagree: the page the rule puts first is always the OLDER one. So weakening a
rule (giving the title or the keywords the body's weight, dropping the all-words or the
whole-word step) turns these red instead of passing on the dates alone.

The pages are built once for the module, in a transaction rolled back afterwards, as the
shared corpus in conftest.py is.
"""

import datetime
from types import SimpleNamespace

import pytest

from tests.factories import make_news
from tests.search.conftest import build_site, paragraph, result_titles, search
from tests.shared_data import built_once_per_module

pytestmark = pytest.mark.django_db

OLD, NEW = datetime.date(2019, 3, 1), datetime.date(2024, 3, 1)


def build_pages():
    sections, _ = build_site()
    news = sections["news"]

    def item(title, lead, date, body="", keywords=()):
        body = paragraph(body) if body else []
        return make_news(news, title, lead=lead, date=date, body=body, keywords=keywords)

    return SimpleNamespace(
        # "imkerij": a keyword of the old page, in the body of the new one.
        keyword=item("Bijen in de stad", "Honing uit eigen buurt.", OLD, keywords=["imkerij"]),
        body=item("Een zomer op het dak", "Over het dak.", NEW, body="De imkerij groeit."),
        # "moestuin": in the old page's title, in the new page's lead.
        title=item("De moestuin van de wijk", "Groente voor iedereen.", OLD),
        lead=item("Oogst in september", "Elke moestuin levert op.", NEW),
        # "vogels": in the old page's lead, in the new page's body.
        lead_only=item("Wandelen in het park", "Wij tellen vogels.", OLD),
        body_only=item("Een ochtend buiten", "Vroeg op pad.", NEW, body="Er zingen vogels."),
        # "fietsen repareren": both words in the old page's body, one in the new page's title.
        all_words=item("Werkplaats open", "Elke zaterdag.", OLD, body="Wij repareren fietsen."),
        some_words=item("Fietsen door de polder", "Een mooie route.", NEW),
        # "markt zaterdag": whole words in the old page's body; the new page has "zaterdag"
        # in its title, but "markt" only inside a compound.
        whole_word=item("Kramen in het centrum", "Elke week vol.", OLD, body="Zaterdag markt."),
        compound=item("Weekmarkt op zaterdag", "Elke week.", NEW),
        # "brood feest": both whole words, far apart, in the old page's body; the new page
        # has "feest" in its title but "brood" only inside a compound.
        whole_words_apart=item(
            "Een zondag", "Elke week.", OLD, body="Vers brood voor wie komt helpen, en dan feest."
        ),
        compound_in_title=item("Feest met roggebrood", "Elke week.", NEW),
        # "markt tuin": both words only inside compounds, in the old page's body.
        # "koor": three times in the old page's body, once in the new page's.
        often=item(
            "Het najaar", "Elke week.", OLD, body="Het koor zingt, het koor oefent, het koor."
        ),
        once=item("Het voorjaar", "Elke week.", NEW, body="Het koor zingt."),
        # A phrase across two fields: the title ends in "fietsroute", the lead starts "Samen".
        fields=item("Een nieuwe fietsroute", "Samen op pad.", OLD),
        # "kaas": once in each body; the old page also has compounds of it in its title.
        with_compound=item("Boerenkaas en geitenkaas", "Elke week.", OLD, body="Verse kaas."),
        without=item("Op de boerderij", "Elke week.", NEW, body="Verse kaas."),
        # "schapen": two pages alike in all but the order they were made in.
        first_made=item("De kudde", "Over schapen.", OLD),
        then_made=item("De herder", "Over schapen.", OLD),
        compounds_only=item(
            "Een nieuwe plek", "Voor de buurt.", OLD, body="Schooltuin en vismarkt."
        ),
    )


pages = built_once_per_module(build_pages)


def titles_for(client, q):
    return result_titles(search(client, q=q))


def test_a_keyword_match_ranks_above_a_newer_body_match(client, pages):
    assert titles_for(client, "imkerij") == ["Bijen in de stad", "Een zomer op het dak"]


def test_a_title_match_ranks_above_a_newer_lead_match(client, pages):
    assert titles_for(client, "moestuin") == ["De moestuin van de wijk", "Oogst in september"]


def test_a_lead_match_ranks_above_a_newer_body_match(client, pages):
    assert titles_for(client, "vogels") == ["Wandelen in het park", "Een ochtend buiten"]


def test_a_page_with_all_the_words_ranks_above_a_newer_title_with_some(client, pages):
    found = titles_for(client, "fietsen repareren")
    assert found == ["Werkplaats open", "Fietsen door de polder"]


def test_whole_words_rank_above_a_newer_compound_in_a_title(client, pages):
    assert titles_for(client, "markt")[:2] == ["Kramen in het centrum", "Weekmarkt op zaterdag"]
    # Even where the compound page's other word is in its title and so ranks higher.
    found = titles_for(client, "markt zaterdag")
    assert found[:2] == ["Kramen in het centrum", "Weekmarkt op zaterdag"]


def test_every_word_whole_ranks_above_a_title_that_has_one_of_them_in_a_compound(client, pages):
    # By weight alone the title would win: its "feest" outweighs both words of a body.
    assert titles_for(client, "brood feest")[:2] == ["Een zondag", "Feest met roggebrood"]


def test_a_page_with_every_word_in_compounds_ranks_above_whole_words_for_some(client, pages):
    # The whole word "markt" ranks higher than any compound, but misses "tuin".
    assert titles_for(client, "markt tuin")[0] == "Een nieuwe plek"


def test_sorting_by_date_puts_the_newest_first_but_all_words_still_lead(client, pages):
    assert result_titles(search(client, q="imkerij", sort="date")) == [
        "Een zomer op het dak",
        "Bijen in de stad",
    ]
    assert result_titles(search(client, q="fietsen repareren", sort="date")) == [
        "Werkplaats open",
        "Fietsen door de polder",
    ]


def test_a_page_that_mentions_the_word_more_often_ranks_above_a_newer_one(client, pages):
    assert titles_for(client, "koor") == ["Het najaar", "Het voorjaar"]


def test_a_quoted_phrase_does_not_run_from_one_field_into_the_next(client, pages):
    assert titles_for(client, '"fietsroute samen"') == []
    assert titles_for(client, '"samen op pad"') == ["Een nieuwe fietsroute"]
    assert titles_for(client, '"nieuwe fietsroute"') == ["Een nieuwe fietsroute"]


def test_compounds_add_nothing_to_a_page_that_has_the_whole_word(client, pages):
    # As on PostgreSQL: equal whole-word matches, so the newer page comes first.
    assert titles_for(client, "kaas") == ["Op de boerderij", "Boerenkaas en geitenkaas"]


def test_of_two_equal_pages_with_the_same_date_the_later_one_comes_first(client, pages):
    assert titles_for(client, "schapen") == ["De herder", "De kudde"]
    # Sorted by date as well: the same day and the same words leave the order made in.
    assert result_titles(search(client, q="schapen", sort="date")) == ["De herder", "De kudde"]


def test_words_that_occur_nowhere_find_nothing(client, pages):
    assert titles_for(client, "kangoeroe") == []
