"""Searches that match much of the archive, answered without reading every match.

A common word is on most pages: "zorg" is on 12,000 of 20,000 Dutch pages. Ranking and
counting every match (search/engine_postgres.py) then costs in step with the archive.
Two shortcuts keep such a search about as fast with 20,000 pages as with 200, each taken
only where it gives the answer the whole index would:

- **The page of results** of a one-word query, by relevance, comes from the word's
  CANDIDATES best postings (search/postings.py), ranked with today's statistics as the
  whole index ranks them. A page that is not among them answers the word less well than
  each of them, so when enough candidates pass the chosen filters they are the page. When
  too few do (a narrow filter), the statement ranks every match instead: PostgreSQL
  checks the condition first and runs only the branch it allows (`page_from_candidates`).
  The postings are ordered with the average page length of when each page was written,
  which moves slowly; the candidates themselves are ranked with today's.
- **The counts** of a query of single words expected to match more than COUNT_BOUND
  pages come from a sample of about SAMPLE_SIZE of its matches (the pages whose sample
  number is below a bound), scaled up: estimates, and shown as such. Each filter option
  keeps its share of the matches within a few percent; an option on a handful of pages
  among thousands may not be offered.

Phrases, and words found through pages without postings (indexed before they existed,
until `rebuild_search_index`), go the whole index's way.
"""

import math

from django.db import connection

from search.engine import RELEVANCE
from search.models import SearchEntry, SearchPosting
from search.postings import SAMPLE_BUCKETS
from search.query import EXACT
from search.tsquery_sql import bm25

COUNT_BOUND = 2000
SAMPLE_SIZE = 500
CANDIDATES = 300
# The candidates make pages up to this many results deep; beyond, every match is ranked.
CANDIDATE_DEPTH = 100

ENTRIES = SearchEntry._meta.db_table
POSTINGS = SearchPosting._meta.db_table


def sample_bound(parsed, stats):
    """The sample number below which the query's matches are counted, or None to count
    all of them: for a query of single words expected to match more than COUNT_BOUND
    pages, a bound that samples about SAMPLE_SIZE of its matches."""
    if not _single_words(parsed):
        return None
    # At least as many as its commonest word has: a sample of about SAMPLE_SIZE or more.
    expected = max((stats.frequency.get(stem, 0) for stem in parsed.stems()), default=0)
    if expected <= COUNT_BOUND:
        return None
    return max(1, min(SAMPLE_BUCKETS, math.ceil(SAMPLE_BUCKETS * SAMPLE_SIZE / expected)))


def sampled_matches(parsed, bound):
    """A CTE: the query's matches with a sample number below `bound`, with what the
    counts need (as `m` of search/engine_postgres.py has them)."""
    table, postings = (connection.ops.quote_name(name) for name in (ENTRIES, POSTINGS))
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


def candidate_stem(parsed, stats, sort, offset, limit):
    """The one whole word whose postings can make the page asked for, or None: a query of
    one word (and the compounds that end in it), by relevance, not too deep, common
    enough that ranking all its pages would cost."""
    if sort != RELEVANCE or offset + limit > CANDIDATE_DEPTH or len(parsed.clauses) != 1:
        return None
    exact = [alt for alt in parsed.clauses[0].alternatives if alt.kind == EXACT]
    if len(exact) != 1 or len(exact[0].stems) != 1:
        return None
    stem = exact[0].stems[0]
    return stem if stats.frequency.get(stem, 0) > COUNT_BOUND else None


def candidates(parsed, stem):
    """A CTE: the entries of the word's CANDIDATES best postings, with its rank in each."""
    table, postings = (connection.ops.quote_name(name) for name in (ENTRIES, POSTINGS))
    sql = (
        "SELECT e.page_id, e.kind, e.year, e.recency, e.themes, e.keywords, e.length, p.rank "
        f"FROM (SELECT entry_id, rank FROM {postings} WHERE language = %s AND stem = %s "
        f"ORDER BY impact DESC LIMIT %s) AS p JOIN {table} AS e ON e.page_id = p.entry_id"
    )
    return sql, [parsed.language, stem, CANDIDATES]


def page_from_candidates(stats, stem, where, where_params, offset, limit):
    """The page of results from the candidates (`c`) that pass the filters (`where`),
    ordered as the whole index orders a one-word query's pages with the word; and the
    condition that enough of them pass, for this branch and against the other."""
    order = "exact_rank DESC, recency DESC, page_id DESC"
    ranked = (
        f"SELECT page_id, recency, %s * {bm25('rank')} AS exact_rank FROM c WHERE {where} "
        f"ORDER BY {order} LIMIT %s OFFSET %s"
    )
    sql = (
        f"SELECT 'result', page_id::text, NULL, ROW_NUMBER() OVER (ORDER BY {order}), NULL "
        f"FROM ({ranked}) AS page"
    )
    params = [stats.weight(stem), stats.average_length, *where_params, limit, offset]
    enough = f"((SELECT COUNT(*) FROM c WHERE {where}) >= %s)"
    return sql, params, enough, [*where_params, offset + limit]


def _single_words(parsed):
    return all(len(alt.stems) == 1 for clause in parsed.clauses for alt in clause.alternatives)
