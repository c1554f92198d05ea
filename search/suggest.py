"""Suggestions from the site's own vocabulary (SearchWord): "Did you mean …?" for a word
the site does not use, and completions while a visitor types.

On PostgreSQL the closest word comes from pg_trgm's trigram similarity, over a GIN
trigram index; elsewhere (SQLite) from difflib over the words with the same first letter.
"""

import difflib

from django.db import connection
from django.db.models import Q
from django.db.models.functions import Length

from search.models import SearchWord
from search.query import clean
from search.stemming import fold, is_stopword, stem, tokens

MIN_WORD_LENGTH = 4
MAX_CORRECTIONS = 3
TRIGRAM_SIMILARITY = 0.4
DIFFLIB_CUTOFF = 0.75
# difflib compares with the words of about the same length only.
LENGTH_MARGIN = 4
MIN_PREFIX_LENGTH = 2
MAX_COMPLETIONS = 8


def did_you_mean(parsed):
    """The query with its unknown words replaced by the closest known ones, or None."""
    language = parsed.language
    words = [
        word
        for word in parsed.words()
        if len(word) >= MIN_WORD_LENGTH and fold(word).isalpha() and not is_stopword(word, language)
    ]
    if not words:
        return None
    keys = {fold(word) for word in words}
    stems = {stem(word, language) for word in words}
    known = SearchWord.objects.filter(Q(key__in=keys) | Q(stem__in=stems), language=language)
    known_keys, known_stems = set(), set()
    for key, known_stem in known.values_list("key", "stem"):
        known_keys.add(key)
        known_stems.add(known_stem)
    unknown = [
        word
        for word in words
        if fold(word) not in known_keys and stem(word, language) not in known_stems
    ]
    corrections = {}
    for word in unknown[:MAX_CORRECTIONS]:
        closest = closest_word(fold(word), language)
        if closest:
            corrections[word] = closest
    if not corrections:
        return None
    return _replace_words(parsed.text, language, corrections)


def closest_word(key, language):
    if connection.vendor == "postgresql":
        return _closest_by_trigrams(key, language)
    return _closest_by_difflib(key, language)


def _closest_by_trigrams(key, language):
    table = connection.ops.quote_name(SearchWord._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT word FROM {table} WHERE language = %s AND key %% %s "
            "AND similarity(key, %s) >= %s "
            "ORDER BY similarity(key, %s) DESC, frequency DESC, word LIMIT 1",
            [language, key, key, TRIGRAM_SIMILARITY, key],
        )
        row = cursor.fetchone()
    return row[0] if row else None


def _closest_by_difflib(key, language):
    candidates = dict(
        SearchWord.objects.annotate(length=Length("key"))
        .filter(
            language=language,
            key__startswith=key[0],
            length__gte=len(key) - LENGTH_MARGIN,
            length__lte=len(key) + LENGTH_MARGIN,
        )
        .order_by("-frequency", "word")
        .values_list("key", "word")
    )
    close = difflib.get_close_matches(key, list(candidates), n=1, cutoff=DIFFLIB_CUTOFF)
    return candidates[close[0]] if close else None


def _replace_words(text, language, corrections):
    pieces, position = [], 0
    for token in tokens(text, language):
        if token.word in corrections:
            pieces.append(text[position : token.start])
            pieces.append(corrections[token.word])
            position = token.end
    pieces.append(text[position:])
    return "".join(pieces)


def completions(typed, language):
    """Up to MAX_COMPLETIONS queries that complete the last word of `typed` with words the
    site uses, the most used first."""
    text, _ = clean(typed)
    head, _, last = text.rpartition(" ")
    prefix = fold(last)
    if len(prefix) < MIN_PREFIX_LENGTH or not prefix.isalnum():
        return []
    words = (
        SearchWord.objects.filter(language=language, key__startswith=prefix)
        .order_by("-frequency", "word")
        .values_list("word", flat=True)[:MAX_COMPLETIONS]
    )
    return [f"{head} {word}".strip() for word in words]
