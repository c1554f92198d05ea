"""Words as search sees them: Snowball 3 stemming per language, and queries parsed so
that no character a visitor types can reach PostgreSQL as tsquery syntax."""

import pytest

from search.query import EXACT, MAX_CLAUSES, parse
from search.stemming import STEMMERS, stem, tokens
from search.tsquery_sql import lexeme, tsquery


@pytest.mark.parametrize(
    ("language", "words"),
    [
        # PostgreSQL 15's own `dutch` configuration keeps each of these pairs apart.
        ("nl", ["gemeenschap", "gemeenschappen"]),
        ("nl", ["burgerinitiatief", "burgerinitiatieven"]),
        ("nl", ["verzakelijkt", "verzakelijken"]),
        ("nl", ["mens", "mensen"]),
        ("nl", ["geïnteresseerd", "geinteresseerd"]),
        # Snowball 3 alone keeps each of these apart (search/inflections.py, issue 15).
        ("nl", ["voorbeeld", "voorbeelden"]),
        ("nl", ["kind", "kinderen"]),
        ("nl", ["pleegkind", "pleegkinderen"]),
        ("nl", ["organiseren", "organiseert", "georganiseerd"]),
        ("nl", ["grote", "groot"]),
        ("nl", ["thema", "thema's"]),
        ("en", ["community", "communities"]),
        ("en", ["organisation", "organisations"]),
        ("en", ["child", "children"]),
    ],
)
def test_forms_of_one_word_share_a_stem(language, words):
    assert len({stem(word, language) for word in words}) == 1, words


def test_the_stemmers_are_snowball_3_in_pure_python_even_when_pystemmer_is_installed():
    assert STEMMERS["nl"].__module__ == "snowballstemmer.dutch_stemmer"
    assert STEMMERS["en"].__module__ == "snowballstemmer.english_stemmer"


def test_words_keep_their_place_and_lose_a_plural_apostrophe():
    found = tokens("Thema's en GGZ-zorg", "nl")
    assert [(token.word, token.start, token.end) for token in found] == [
        ("thema", 0, 7),
        ("en", 8, 10),
        ("ggz", 11, 14),
        ("zorg", 15, 19),
    ]


def test_tsquery_syntax_in_a_query_is_only_punctuation():
    parsed = parse("zorg & !wijk | (dorp:*) <-> 'x' \\ \"", "nl")
    assert [clause.text for clause in parsed.clauses] == ["zorg", "wijk", "dorp", "x"]
    assert tsquery(parsed, (EXACT,), "&") == "(('zorg')) & (('wijk')) & (('dorp')) & (('x'))"


def test_quotes_make_a_phrase_and_stopwords_are_dropped_beside_other_words():
    parsed = parse('de zorg "in de wijk"', "nl")
    assert [(clause.text, clause.quoted) for clause in parsed.clauses] == [
        ("zorg", False),
        ("in de wijk", True),
    ]
    assert tsquery(parsed, (EXACT,), "|") == "(('zorg')) | (('in' <-> 'de' <-> 'wijk'))"
    assert [clause.text for clause in parse("de", "nl").clauses] == ["de"]


def test_a_query_has_at_most_a_few_clauses():
    assert len(parse(" ".join(f"woord{n}" for n in range(50)), "nl").clauses) == MAX_CLAUSES


def test_lexemes_are_quoted_for_tsquery():
    assert lexeme("it's") == "'it''s'"
    assert lexeme("a\\b") == "'a\\\\b'"
