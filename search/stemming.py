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
    folded = fold(word)
    stemmer_class = STEMMERS.get(language)
    if stemmer_class is None or not folded.isalpha():
        return folded
    if language == "nl":
        folded = _dutch_before_stemming(folded)
    # A stemmer keeps state while it works, so each call gets its own (the cache above
    # makes that rare); one shared stemmer would be unsafe across threads.
    return stemmer_class().stemWord(folded)


def _dutch_before_stemming(word):
    """Repairs for the few Dutch words the Snowball 3 stemmer leaves apart.

    "-ieven" plurals: the stemmer turns "initiatief" into "initieer" but "initiatieven" into
    "initiatief", so "burgerinitiatief" and "burgerinitiatieven" would never meet; the
    singular stems the same for both. "mens" loses its "s" as if it were a plural, so
    "mens" and "mensen" would not meet; "mensen" stems to "mens", so "mens" is stemmed
    as "mensen".
    """
    if word.endswith("ieven"):
        return word[: -len("ieven")] + "ief"
    if word in {"mens", "medemens"}:
        return word + "en"
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
