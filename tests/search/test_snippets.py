"""What a result shows of its page: the title and a piece of the text around the words
found, with those words in <mark>. The page's own text is escaped: a title or lead that
contains `<script>` or `&` shows them as text, and <mark> is the only markup.
"""

import datetime
import re
from types import SimpleNamespace

import pytest

from core.translation import translate_page
from search.query import parse
from search.snippets import LEAD_IN_WORDS, SNIPPET_WORDS, Highlighter
from tests.factories import make_news
from tests.search.conftest import build_site, paragraph, search
from tests.shared_data import built_once_per_module

pytestmark = pytest.mark.django_db

# Filler words that match no query: "vulwoord1 vulwoord2 ...".
FILLER = [f"vulwoord{number}" for number in range(1, 200)]


def filler(first, last):
    return " ".join(FILLER[first - 1 : last])


def build_pages():
    sections, english = build_site()
    news = sections["news"]

    def item(title, lead, body=""):
        body = paragraph(body) if body else []
        return make_news(news, title, lead=lead, body=body, date=datetime.date(2024, 1, 1))

    pages = SimpleNamespace(
        hostile=item(
            "Koken & bakken <script>alert(1)</script>",
            'Tips <b>vet</b> & "zout": koken met kinderen.',
        ),
        # 60 filler words, then "appelboom", then 60 more: the snippet is cut on both sides.
        deep=item("Een lange tekst", "Kort.", f"{filler(1, 60)} appelboom {filler(61, 120)}"),
        # "peer" alone at the start, "peer en pruim" together 50 words on.
        spread=item(
            "Fruit in de wijk",
            "Over fruit.",
            f"peer {filler(1, 50)} peer en pruim {filler(51, 80)}",
        ),
        short=item("Kersen plukken", "Kersen uit de boomgaard."),
        quote=item("Een wethouder aan het woord", '"Wij doen het samen," zegt zij.'),
        # A quote block: its words, who said it and their role are three texts of one block.
        said=make_news(
            news,
            "Koffie in de wijk",
            lead="Kort.",
            body=[("quote", {"text": "Buren kennen elkaar weer.", "speaker": "Fatima"})],
            date=datetime.date(2024, 1, 1),
        ),
        # "werk": a compound with a three-letter prefix, and a word with only "be" before it.
        work=item("Samen aan het werk", "Het bijwerk is klaar; wij bewerken de grond."),
    )
    translate_page(
        pages.work,
        english,
        {
            pages.work.title: "Together at work",
            pages.work.slug: "together-at-work",
            pages.work.lead: "The homework is done; we work the land.",
        },
    )
    return pages


pages = built_once_per_module(build_pages)


def only_result(client, q):
    (result,) = search(client, q=q).context["results"]
    return result


def words_of(snippet):
    return re.sub(r"</?mark>", "", snippet).split()


def test_a_title_with_markup_and_ampersands_is_shown_as_text_with_the_word_marked(client, pages):
    result = only_result(client, "bakken")
    assert result.title == ("Koken &amp; <mark>bakken</mark> &lt;script&gt;alert(1)&lt;/script&gt;")


def test_a_word_inside_markup_text_is_marked_between_its_escaped_brackets(client, pages):
    result = only_result(client, "script")
    assert "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;" in result.title


def test_a_snippet_escapes_the_pages_text_and_marks_only_the_words_found(client, pages):
    result = only_result(client, "kinderen")
    assert result.snippet == (
        "Tips &lt;b&gt;vet&lt;/b&gt; &amp; &quot;zout&quot;: koken met <mark>kinderen</mark>."
    )
    html = search(client, q="kinderen").content.decode()
    assert "<script>alert" not in html and "<b>vet" not in html


def test_every_form_of_the_word_is_marked_in_title_and_snippet(client, pages):
    result = only_result(client, "koken")
    assert result.title.startswith("<mark>Koken</mark> &amp;")
    assert "<mark>koken</mark> met kinderen" in result.snippet
    assert "highlight=koken" in result.url


def test_a_long_text_is_cut_to_a_window_around_the_word_with_a_few_words_before_it(client, pages):
    result = only_result(client, "appelboom")
    words = words_of(result.snippet)
    assert words[0] == "…" and words[-1] == "…"
    shown = words[1:-1]
    assert len(shown) == SNIPPET_WORDS
    assert shown.index("appelboom") == LEAD_IN_WORDS
    assert shown[:LEAD_IN_WORDS] == FILLER[60 - LEAD_IN_WORDS : 60]
    assert result.snippet.count("<mark>") == 1


def test_the_snippet_shows_the_place_with_the_most_different_words_found(client, pages):
    result = only_result(client, "peer pruim")
    words = words_of(result.snippet)
    assert words[0] == "…"  # not the first "peer", at the very start
    assert "<mark>peer</mark> en <mark>pruim</mark>" in result.snippet


def test_a_short_text_is_shown_whole_without_ellipses(client, pages):
    result = only_result(client, "boomgaard")
    assert result.snippet == "Kersen uit de <mark>boomgaard</mark>."
    # Even where the word found is more than a lead-in's worth of words from the start.
    result = only_result(client, "kinderen")
    assert result.snippet.startswith("Tips &lt;b&gt;")


def test_a_text_that_opens_with_a_quotation_mark_keeps_it(client, pages):
    result = only_result(client, "wethouder")
    assert result.snippet == "&quot;Wij doen het samen,&quot; zegt zij."


def test_the_texts_of_one_block_read_as_one_sentence_with_only_a_space_between(client, pages):
    result = only_result(client, "buren")
    # Without the "None" of the quote's empty role, which this block value lacks as a
    # block saved before the field was added would.
    assert result.snippet == "Kort. <mark>Buren</mark> kennen elkaar weer. Fatima"


def test_a_text_that_starts_with_the_word_has_no_leading_ellipsis(client, pages):
    result = only_result(client, "peer")
    assert words_of(result.snippet)[:3] == ["Over", "fruit.", "peer"]
    assert words_of(result.snippet)[-1] == "…"


def test_dutch_compounds_of_the_word_are_marked_but_not_words_with_a_short_prefix(client, pages):
    result = only_result(client, "werk")
    assert result.title == "Samen aan het <mark>werk</mark>"
    assert result.snippet == "Het <mark>bijwerk</mark> is klaar; wij bewerken de grond."


def test_english_marks_the_word_itself_and_no_compounds(client, pages):
    (result,) = search(client, "/en/search/", q="work").context["results"]
    assert result.title == "Together at <mark>work</mark>"
    assert result.snippet == "The homework is done; we <mark>work</mark> the land."


def test_a_page_without_text_gets_an_empty_snippet():
    marked = Highlighter(parse("werk", "nl")).highlight("Aan het werk", "")
    assert (marked.title, marked.snippet, marked.words) == (
        "Aan het <mark>werk</mark>",
        "",
        ["werk"],
    )


def test_a_compound_with_the_shortest_prefix_is_marked_even_where_the_vocabulary_lacks_it():
    # No page is indexed here, so "bijwerk" is marked by the compound rule alone.
    marked = Highlighter(parse("werk", "nl")).highlight("", "Het bijwerk is klaar; wij bewerken.")
    assert marked.snippet == "Het <mark>bijwerk</mark> is klaar; wij bewerken."


def test_a_text_exactly_one_window_long_is_shown_to_its_last_character():
    text = f"peer {filler(1, SNIPPET_WORDS - 1)}."
    marked = Highlighter(parse("peer", "nl")).highlight("", text)
    assert marked.snippet.endswith(f"{FILLER[SNIPPET_WORDS - 2]}.")
    assert "…" not in marked.snippet


def test_a_word_just_past_a_window_does_not_count_for_that_window():
    # "pruim" stands one word beyond the window that opens at "peer"; further on, the
    # two stand together: that is the place to show.
    text = f"peer {filler(1, SNIPPET_WORDS - 1)} pruim {filler(32, 38)} peer pruim {filler(39, 70)}"
    marked = Highlighter(parse("peer pruim", "nl")).highlight("", text)
    assert marked.snippet.startswith("… ")
    assert "<mark>peer</mark> <mark>pruim</mark>" in marked.snippet


def test_a_text_without_the_word_is_shown_from_its_first_word():
    # Found by its title alone: the snippet is the text's opening, not from its second word.
    marked = Highlighter(parse("peer", "nl")).highlight("Een peer", f"{filler(1, 80)}")
    assert marked.snippet.startswith(f"{FILLER[0]} {FILLER[1]}")
