"""Searches that match much of the archive, answered without reading every match.

A common word is on most pages: "zorg" is on 12,000 of 20,000 Dutch pages. Ranking and
counting every match (search/engine_postgres.py) then costs in step with the archive.
Two shortcuts keep such a search about as fast with 20,000 pages as with 200:

- **The page of results** of a query of single words, by relevance, comes from each
  word's best postings (search/postings.py), CANDIDATES pages in all, ranked with
  today's statistics as the whole index ranks them. For one word this is the page the
  whole index gives: a page that is not among them answers the word less well than each
  of them (up to the drift of the average page length since the postings were written).
  For several words it is the best of the pages that answer one of the words well, which
  the relevance benchmark finds as good (bench/relevance_bench.py). When too few
  candidates pass the filters or, for several words, have every word, the statement
  ranks every match instead: PostgreSQL checks the condition first and runs only the
  branch it allows (`PostgresEngine._page_sources`).
- **The counts** of a query of single words expected to match more than COUNT_BOUND
  pages come from a sample of about SAMPLE_SIZE of its matches (the pages whose sample
  number is below a bound), scaled up: estimates, and shown as such. Each filter option
  keeps its share of the matches within a few percent; an option on a handful of pages
  among thousands may not be offered.

Phrases, and results in date order, go the whole index's way.
"""

import math

from django.db import connection

from search.engine import RELEVANCE
from search.models import SearchEntry, SearchPosting
from search.postings import SAMPLE_BUCKETS
from search.query import EXACT

COUNT_BOUND = 2000
SAMPLE_SIZE = 300
CANDIDATES = 200
MIN_CANDIDATES_PER_WORD = 100
# The sampled pages are read directly, rather than through the postings, when the
# query's stems have at least this many postings per page of the language.
DIRECT_SAMPLE_SHARE = 0.5
# The candidates make pages up to this many results deep; beyond, every match is ranked.
CANDIDATE_DEPTH = 100

ENTRIES = SearchEntry._meta.db_table
POSTINGS = SearchPosting._meta.db_table


def sample_bound(parsed, stats):
    """The sample number below which the query's matches are counted, or None to count
    all of them: for a query of single words expected to match more than COUNT_BOUND
    pages, a bound that samples about SAMPLE_SIZE of its matches. The matches are
    expected to be as many as the stems' postings, at most the language's pages: where
    the words tend to share pages, the sample comes out smaller ("zorg" with its 11
    compounds: 350 of 19,000 matches; by its own 12,000 postings, as before, 530)."""
    if not _single_words(parsed):
        return None
    expected = min(stats.documents, _postings(parsed, stats))
    if expected <= COUNT_BOUND:
        return None
    return max(1, min(SAMPLE_BUCKETS, math.ceil(SAMPLE_BUCKETS * SAMPLE_SIZE / expected)))


def sampled_matches(parsed, stats, query, bound):
    """A CTE: the query's matches (`query`, a tsquery) with a sample number below
    `bound`, with what the counts need (as `m` of search/engine_postgres.py has them).

    The sampled postings lead to the pages, unless the query's stems have at least
    DIRECT_SAMPLE_SHARE postings per page of the language: then reading the sampled
    pages and checking their vectors reads fewer rows. "zorg" and its compounds, on 19,000
    of 20,000 pages: 364 pages read (0.3 ms), where through the postings 1,650 postings
    and 530 pages were read (2.2 ms, with the larger sample of before)."""
    table = connection.ops.quote_name(ENTRIES)
    if _postings(parsed, stats) >= DIRECT_SAMPLE_SHARE * stats.documents:
        sql = (
            f"SELECT page_id, kind, year, themes, keywords FROM {table} "
            "WHERE language = %s AND sample < %s AND vector @@ %s::tsquery"
        )
        return sql, [parsed.language, bound, query]
    postings = connection.ops.quote_name(POSTINGS)
    sql = (
        f"SELECT page_id, kind, year, themes, keywords FROM {table} WHERE page_id IN "
        f"(SELECT entry_id FROM {postings} WHERE language = %s AND stem = ANY(%s) "
        "AND sample < %s)"
    )
    return sql, [parsed.language, sorted(parsed.stems()), bound]


def sampled_pages(language, bound):
    """A branch of the statement: how many of the language's pages are in the sample
    (group "sampled"), to scale the counts by: the sample numbers are spread evenly, but
    a given bound takes a few percent more or fewer pages than its share."""
    table = connection.ops.quote_name(ENTRIES)
    sql = (
        f"SELECT 'sampled', NULL, NULL, COUNT(*), NULL FROM {table} "
        "WHERE language = %s AND sample < %s"
    )
    return sql, [language, bound]


def candidate_stems(parsed, stats, sort, offset):
    """The whole words whose postings make the page that starts at `offset`, or None: a
    query of single words, by relevance, not too deep, with a word common enough that
    ranking every page with it would cost."""
    if sort != RELEVANCE or offset >= CANDIDATE_DEPTH or not _single_words(parsed):
        return None
    stems = sorted(parsed.stems(kinds=(EXACT,)))
    if max((stats.frequency.get(stem, 0) for stem in stems), default=0) <= COUNT_BOUND:
        return None
    return stems


def candidates(parsed, stems):
    """A CTE: the pages among the best postings of each of `stems`, CANDIDATES in all."""
    postings = connection.ops.quote_name(POSTINGS)
    each = max(CANDIDATES // len(stems), MIN_CANDIDATES_PER_WORD)
    sql = (
        "SELECT DISTINCT best.entry_id AS page_id FROM unnest(%s::text[]) AS word(stem), "
        f"LATERAL (SELECT entry_id FROM {postings} WHERE language = %s AND stem = word.stem "
        "ORDER BY impact DESC LIMIT %s) AS best"
    )
    return sql, [stems, parsed.language, each]


def _postings(parsed, stats):
    """How many postings the query's stems have: its matches, and more where a page has
    several of them ("zorg" and "jeugdzorg")."""
    return sum(stats.frequency.get(stem, 0) for stem in parsed.stems())


def _single_words(parsed):
    return all(len(alt.stems) == 1 for clause in parsed.clauses for alt in clause.alternatives)
