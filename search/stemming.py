"""Words as the index sees them: tokens, folded and stemmed per language.

Text and queries both pass through `tokens()` and `stem()`, so whatever one side does to a
word the other does too. Stemming happens here, in Python, with the Snowball 3 stemmers
(the `snowballstemmer` package), not in the database: PostgreSQL 15's built-in `dutch`
configuration uses the older Snowball Dutch stemmer, which leaves "gemeenschap" and
"gemeenschappen" or "verzakelijkt" and "verzakelijken" apart. The index stores the stems
themselves (see search/documents.py), so both databases search with the same stemmer.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# The pure-Python stemmers, imported by module: `snowballstemmer.stemmer()` silently
# switches to PyStemmer when that is installed, whose bundled Snowball may be older.
from snowballstemmer.dutch_stemmer import DutchStemmer
from snowballstemmer.english_stemmer import EnglishStemmer

from search.inflections import (
    DOUBLED_S_SINGULARS,
    DUTCH_IRREGULAR_VERBS,
    ENGLISH_IRREGULAR,
    IRREGULAR_PLURALS,
    LATIN_UM_EXCEPTIONS,
    LD_RD_PLURALS,
    NOT_INFLECTED,
    S_SINGULARS,
    SHORT_VOWEL_SINGULARS,
    ending_table_match,
)

STEMMERS = {"nl": DutchStemmer, "en": EnglishStemmer}

# A word: letters and digits, with apostrophes inside ("thema's", "people's").
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
APOSTROPHES = re.compile(r"['’]")

# Words that carry no meaning on their own. They stay in the index (a quoted phrase needs
# them) but a query of several words does not require them.
STOPWORDS = {
    "nl": frozenset(
        str.split(
            """aan al als bij dat de den der des die dit door een en er het hij hoe in is je
            maar met na naar niet of om ons ook op over te tot u uit van voor wat we wij ze
            zich zij zijn zo"""
        )
    ),
    "en": frozenset(
        str.split(
            """a about an and are as at be by for from has have in into is it its of on or
            that the their this to was were with"""
        )
    ),
}


@dataclass(frozen=True)
class Token:
    """One word of a text: as written (lowercase), its stem, and where it stands."""

    word: str
    stem: str
    start: int
    end: int


def fold(word):
    """`word` in lowercase without accents, so "geïnteresseerd" and "geinteresseerd" meet."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(char for char in decomposed if not unicodedata.combining(char))
    return folded or word.casefold()


def _plain(word):
    """A word without a possessive or plural "'s" and without other apostrophes."""
    lowered = word.casefold()
    if len(lowered) > 3 and lowered[-2] in "'’" and lowered[-1] == "s":
        lowered = lowered[:-2]
    return APOSTROPHES.sub("", lowered)


@lru_cache(maxsize=200_000)
def stem(word, language):
    """The stem of one lowercase word in `language` ("nl", "en"; other languages: folded)."""
    folded = fold(_plain(word) if APOSTROPHES.search(word) else word)
    stemmer_class = STEMMERS.get(language)
    if stemmer_class is None or not folded.isalpha():
        return folded
    if language == "nl":
        folded = _dutch_before_stemming(folded)
    elif language == "en":
        folded = ENGLISH_IRREGULAR.get(folded, folded)
        # "analysis"/"analyses", "crisis"/"crises": the singular is written as the plural
        # (a plural in "-ses" may be of a word in "-se", so not the other way round).
        if folded.endswith("sis") and len(folded) > 5:
            folded = folded[:-2] + "es"
    # A stemmer keeps state while it works, so each call gets its own (the cache above
    # makes that rare); one shared stemmer would be unsafe across threads.
    return stemmer_class().stemWord(folded)


# The Snowball 3 Dutch stemmer (Kraaij and Pohlmann's) is light: it removes "-en" and
# "-s" but keeps most adjective and noun "-e" endings and the "-t" of verbs, and it reads
# some plurals as past tenses. The repairs below rewrite a word, before it is stemmed,
# into a form of the same word that the stemmer already treats like the others. Measured
# with the pairs in tests/search/inflections_nl.txt (see the README, Search).
VOWELS = "aeiouy"
# "-e" endings left to Snowball: the diminutive "-je", "-ene" (which it writes as "-en"),
# and "-ere", whose "r" it keeps short ("andere" -> "ander"; as "anderen" it would become
# "andeer"). Every other "-e" after a consonant is handled as "-en" is (below).
OWN_E_RULES = ("je", "ene", "ere")
# Adjectives in -iaal/-ieel/-ueel (sociaal, financieel, individueel, professioneel): the
# stemmer cannot lengthen the vowel of "sociale" back to "sociaal" after an "i" or "u".
ADJECTIVE_E = {"iale": "iaal", "uale": "uaal", "iele": "ieel", "uele": "ueel", "onele": "oneel"}


def _dutch_before_stemming(word):
    """`word` rewritten into the form whose stem its other forms share (see above)."""
    if word in DUTCH_IRREGULAR_VERBS:
        return DUTCH_IRREGULAR_VERBS[word]
    for table in (
        IRREGULAR_PLURALS,
        LD_RD_PLURALS,
        DOUBLED_S_SINGULARS,
        S_SINGULARS,
        SHORT_VOWEL_SINGULARS,
    ):
        rewritten = ending_table_match(word, table)
        if rewritten:
            return rewritten
    if len(word) < 4:
        return word
    # "vrijheden": the stemmer turns "-heden" into "-heid" only in longer words.
    if word.endswith("heden") and len(word) > 5:
        return word[:-5] + "heid"
    # Diminutive plurals ("zetjes"): the stemmer knows "-je", not "-jes".
    if word.endswith("jes"):
        return word[:-1]
    # Latin agent nouns: "sector", "coordinator" meet "sectoren", "coordinatoren".
    if word.endswith("or") and word[-3] not in VOWELS:
        return word + "en"
    if word.endswith("ors") and word[-4] not in VOWELS:
        return word[:-1] + "en"
    # "ideeën", "categorieën" (folded: "ideeen"): the plural of "idee" and "categorie".
    if word.endswith(("eeen", "ieen")):
        return word[:-2]
    # "-ieven" plurals: the stemmer turns "initiatief" into "initieer" but "initiatieven"
    # into "initiatief"; the singular stems the same for both.
    if word.endswith(("ieven", "ieve")):
        return word[: -len("ieve") - word.endswith("n")] + "ief"
    # Latin: "politicus"/"politici", "museum"/"musea", "centrum"/"centra".
    if word.endswith("icus"):
        return word[:-2] + "i"
    if word.endswith("um") and not word.endswith(("uum", *LATIN_UM_EXCEPTIONS)):
        return word[:-2] + "a"
    for ending, replacement in ADJECTIVE_E.items():
        if word.endswith(ending):
            return word[: -len(ending)] + replacement
    # Verbs: "meldt", "wordt" (only verbs end in "-dt"); "vernieuwt", "vernieuwd" (no noun
    # ends in "-wt" or "-wd"; the stemmer only removes a "-t" or "-d" after a "ge-").
    if word.endswith(("dt", "wt", "wd")):
        return word[:-1]
    # "zorgt", "vraagt", "deelt", "ontwikkelt", "neemt", "groeit": no Dutch noun ends in
    # "-gt", "-lt", "-mt" or "-oeit", so these are verbs whose "-t" the stemmer keeps.
    if word.endswith(("gt", "lt", "mt", "oeit")):
        return word[:-1]
    # Verbs in -eren (organiseren, stimuleren, leren): the stemmer stems the infinitive
    # "organiser" but "organiseerde" and "georganiseerd" "organiseer", and leaves
    # "organiseert"; each form is written as the infinitive.
    for ending in ("eerden", "eerde", "eerd", "eert"):
        if word.endswith(ending) and word not in NOT_INFLECTED:
            return word[: -len(ending)] + "eren"
    # A final "-e" after a consonant (grote, kleine, nieuwe, methode, bijlage) is handled
    # as "-en" is, so that it meets "groot", "klein", "nieuw", "methoden", "bijlagen"; and
    # so is the "-es" plural of such a word (methodes, keuzes).
    if word[-1] == "e" and word[-2] not in VOWELS and not word.endswith(OWN_E_RULES):
        return word + "n"
    if word.endswith("es") and word[-3] not in VOWELS and len(word) > 5:
        return word[:-1] + "n"
    return word


def tokens(text, language):
    """The words of `text`, each with its stem and its place in the text."""
    found = []
    for match in WORD.finditer(text):
        word = _plain(match.group())
        if word:
            found.append(Token(word, stem(word, language), match.start(), match.end()))
    return found


def stems(text, language):
    """Just the stems of `text`'s words, in order."""
    return [token.stem for token in tokens(text, language)]


def is_stopword(word, language):
    return fold(word) in STOPWORDS.get(language, ())
