"""How well a page answers a query: BM25 over the index's statistics, with ts_rank's
weighted term frequency and a bonus for query words that stand near each other. The
module docstring of search/engine.py gives the rules; search/engine_postgres.py computes
the same in SQL.
"""

import math
import struct
from dataclasses import dataclass, field

from django.db import connection

from search.models import SearchCorpus, SearchStem
from search.query import COMPOUND, EXACT

# ts_rank's weights for the body (D), its headings (C), lead and keywords (B) and the title
# (A); PostgreSQL lists them in that order.
RANK_WEIGHTS = {"D": 0.1, "C": 0.3, "B": 0.5, "A": 1.0}
# ts_rank gives one body occurrence 0.1 / 1.6449: scaled, it counts as 1, a title as 10.
TF_SCALE = 1.64493406685 / RANK_WEIGHTS["D"]
# BM25's saturation (textbook) and length normalisation (below the textbook 0.75: ts_rank
# already counts a word's second and later occurrences little, 1/4, 1/9..., and with more
# a page that says a word three times lost to a page half as long that says it once).
K1, B = 1.2, 0.4
# Neighbouring query words within this many words of each other earn PROXIMITY_BONUS
# times the rarer one's weight. Below the gap between fields (documents.FIELD_GAP), so a
# title's last word and the lead's first are not near.
PROXIMITY_WINDOW = 3
PROXIMITY_BONUS = 1.0


def real(value):
    """`value` as a 4-byte float, as PostgreSQL's ts_rank returns it."""
    return struct.unpack("f", struct.pack("f", value))[0]


@dataclass
class Statistics:
    """What BM25 needs besides the page: the language's pages and average length, and
    each query stem's inverse document frequency."""

    documents: int
    average_length: float
    idf: dict
    # {stem: pages with it}
    frequency: dict = field(default_factory=dict)

    def weight(self, stem):
        return self.idf.get(stem, 0.0)


def idf(documents, frequency):
    """BM25's inverse document frequency (Lucene's, never negative)."""
    return math.log(1 + (documents - frequency + 0.5) / (frequency + 0.5))


def statistics_query(parsed):
    """SQL and parameters whose rows (kind, stem or pages, documents or length) are what
    `statistics_from` reads: 0-rows per stem, one 1-row of the language's totals."""
    stems = sorted(parsed.stems())
    stem_table = connection.ops.quote_name(SearchStem._meta.db_table)
    corpus_table = connection.ops.quote_name(SearchCorpus._meta.db_table)
    marks = ", ".join(["%s"] * len(stems)) or "NULL"
    sql = (
        f"SELECT 0 AS total, stem AS a, documents AS b FROM {stem_table} "
        f"WHERE language = %s AND stem IN ({marks})"
        f" UNION ALL SELECT 1, CAST(documents AS TEXT), length FROM {corpus_table} "
        f"WHERE language = %s"
    )
    return sql, [parsed.language, *stems, parsed.language]


def average_length(documents, length):
    """The average words per entry of `documents` entries of `length` words in all, as
    BM25 reads it: at least one."""
    return max(length / documents, 1.0)


def statistics_from(parsed, rows):
    """The Statistics of `parsed` from the rows of `statistics_query`."""
    frequency = {stem: int(number) for is_total, stem, number in rows if not is_total}
    totals = [(int(pages), int(length)) for is_total, pages, length in rows if is_total]
    documents, length = totals[0] if totals else (0, 0)
    documents = max(documents, max(frequency.values(), default=0), 1)
    average = average_length(documents, length)
    stems = parsed.stems()
    return Statistics(
        documents,
        average,
        {stem: idf(documents, frequency.get(stem, 0)) for stem in stems},
        frequency,
    )


def statistics(parsed):
    """The Statistics for the stems of `parsed`, in one query."""
    with connection.cursor() as cursor:
        cursor.execute(*statistics_query(parsed))
        return statistics_from(parsed, cursor.fetchall())


def bm25(tf, length, average_length):
    """BM25's weight of a term with (weighted) frequency `tf` in a page of `length` words,
    before its inverse document frequency."""
    if tf <= 0:
        return 0.0
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / average_length))


def clause_pairs(parsed):
    """(stems, stems, both) of each two neighbouring clauses that have whole single words:
    proximity counts whole words, not compounds or phrases (a phrase is its own proof
    of nearness, and a compound's many stems would make the check costly)."""
    singles = [
        sorted(
            {
                alt.stems[0]
                for alt in clause.alternatives
                if len(alt.stems) == 1 and alt.kind == EXACT
            }
        )
        for clause in parsed.clauses
    ]
    return [
        (singles[i], singles[i + 1], singles[i] + singles[i + 1])
        for i in range(len(singles) - 1)
        if singles[i] and singles[i + 1]
    ]


def pair_bonus(stats, exact_stems):
    """The bonus a near pair earns: PROXIMITY_BONUS times the rarer word's weight."""
    weights = [stats.weight(stem) for stem in exact_stems]
    return PROXIMITY_BONUS * min(weights, default=0.0)


def near(positions, first, second):
    """Whether a stem of `first` and one of `second` stand within PROXIMITY_WINDOW words
    of each other, in either order (PostgreSQL: `a <N> b` for N up to the window)."""
    places = {place for stem in first for place, _ in positions.get(stem, ())}
    others = {place for stem in second for place, _ in positions.get(stem, ())}
    return any(
        place + distance in others or place - distance in others
        for place in places
        for distance in range(1, PROXIMITY_WINDOW + 1)
    )


def ts_rank(positions, stems):
    """PostgreSQL's ts_rank (calc_rank_or, no normalisation) of `positions` for a query
    that ORs `stems`, so that both engines order results alike."""
    if not stems:
        return 0.0
    total = 0.0
    for stem in stems:
        places = positions.get(stem)
        if not places:
            continue
        summed, best, best_at = 0.0, -1.0, 0
        for index, (_, letter) in enumerate(places):
            weight = RANK_WEIGHTS[letter]
            summed += weight / ((index + 1) ** 2)
            if weight > best:
                best, best_at = weight, index
        total += (best + summed - best / ((best_at + 1) ** 2)) / 1.64493406685
    return total / len(stems)


def page_scores(positions, length, ranking):
    """(whole words' score, compounds' score) of a page: see the module docstring. The
    compounds score only a page without whole words, as on PostgreSQL."""
    stats = ranking.stats
    exact = 0.0
    for stem in ranking.exact_stems:
        tf = real(ts_rank(positions, [stem])) * TF_SCALE
        exact += stats.weight(stem) * bm25(tf, length, stats.average_length)
    bonus = sum(
        pair_bonus(stats, exact_stems)
        for first, second, exact_stems in ranking.pairs
        if near(positions, first, second)
    )
    if exact:
        return exact + bonus, 0.0
    stems = ranking.compound_stems
    if not stems:
        return 0.0, 0.0
    tf = real(ts_rank(positions, stems)) * len(stems) * TF_SCALE
    return 0.0, ranking.compound_weight * bm25(tf, length, stats.average_length) + bonus


@dataclass
class Ranking:
    """What the score of any page needs for one query."""

    stats: Statistics
    exact_stems: list
    compound_stems: list
    pairs: list

    @classmethod
    def of(cls, parsed, stats=None):
        return cls(
            stats or statistics(parsed),
            sorted(parsed.stems(kinds=(EXACT,))),
            sorted(parsed.stems(kinds=(COMPOUND,))),
            clause_pairs(parsed),
        )

    @property
    def compound_weight(self):
        """The compounds' mean weight: they count as one word, as rare as they are."""
        weights = [self.stats.weight(stem) for stem in self.compound_stems]
        return sum(weights) / len(weights) if weights else 0.0
