"""Running a parsed query against the index: which entries match, in what order, and how
many each filter option would leave.

Two engines answer the same questions. On PostgreSQL, search/engine_postgres.py does it
in SQL with a GIN-indexed tsvector and `ts_rank`. Everywhere else (SQLite for `make run`)
`PythonEngine` narrows the entries down with LIKE on the stored vector text and matches and
ranks the candidates in Python, with the same formulas (PostgreSQL's `ts_rank` included),
so both order results alike. That is fine for a demo site's hundreds of pages, not for
production.

The order: pages that match every clause first; then those that match every clause with
whole words (not only through compounds); then by the whole words' score; pages found
only through compounds by the compounds' score; newer pages win ties.

The score is BM25 (search/ranking.py): each whole-word query stem counts by how rare it is
among the language's pages (its inverse document frequency, from SearchStem and
SearchCorpus, which publishing keeps in step: no search counts over the index) times how
often and where the page has it (`ts_rank` with weights: title > lead, summary and
keywords > the body's headings > the rest of the body), saturating, and a little less in a
long page than in a short one. So a rare word in the body can outweigh a common word in a
title. To that comes a bonus for each two neighbouring query words that stand within
PROXIMITY_WINDOW words of each other in the page, in either order (`near`, whole words):
"zorg regelen" finds "die hun eigen zorg regelt" above a page with the two words far
apart. Pages found only through compounds are scored with the compounds as one word.

Measured with bench/relevance_bench.py among 20,000 generated pages per language: before
this ranking Dutch 54/59 queries found their article in the top 3 (MRR 0.91), English
26/26; after it Dutch 59/59 (MRR 0.96), English 26/26.
"""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Q

from search.models import SearchEntry, SearchFacet
from search.query import EXACT
from search.ranking import Ranking, page_scores, statistics_from, statistics_query

RELEVANCE, DATE = "relevance", "date"
MAX_KEYWORD_OPTIONS = 30


@dataclass(frozen=True)
class Filters:
    """The filters a visitor chose; empty values mean "all"."""

    kind: str = ""
    year: int | None = None
    theme: str = ""  # a theme's translation key
    keyword: str = ""  # a keyword's slug

    @property
    def active(self):
        return bool(self.kind or self.year or self.theme or self.keyword)


@dataclass
class Counts:
    """How many results there are, and how many each filter option would give with the
    other filters as chosen."""

    total: int = 0
    kinds: Counter = field(default_factory=Counter)
    years: Counter = field(default_factory=Counter)
    themes: Counter = field(default_factory=Counter)
    # {slug: (name, count)}, the most frequent first
    keywords: dict = field(default_factory=dict)
    # Whether the numbers are estimated from a sample (search/engine_large.py).
    estimated: bool = False


def engine_for(parsed):
    """The engine for the database in use. Each answers `counts(filters)` and
    `entries(filters, sort, offset, limit)`; `expect_page()` says which entries will be
    asked for, so an engine may fetch them along with the counts."""
    if connection.vendor == "postgresql":
        from search.engine_postgres import PostgresEngine

        return PostgresEngine(parsed)
    return PythonEngine(parsed)


def count_kinds_and_years(rows, filters):
    """Counts from (kind, year, number) rows that already carry the theme and keyword
    filters: the total, per kind (with the year filter) and per year (with the kind's)."""
    counts = Counts()
    for kind, year, number in rows:
        kind_ok = not filters.kind or kind == filters.kind
        year_ok = not filters.year or year == filters.year
        if year_ok:
            counts.kinds[kind] += number
        if kind_ok and year is not None:
            counts.years[year] += number
        if kind_ok and year_ok:
            counts.total += number
    return counts


@dataclass
class Hit:
    page_id: int
    kind: str
    year: int | None
    recency: object
    all_words: bool
    exact_words: bool
    exact_rank: float
    compound_rank: float
    themes: set
    keywords: dict

    def passes(self, filters, skip=()):
        """Whether the hit passes `filters`, leaving out those named in `skip`."""
        return (
            ("kind" in skip or not filters.kind or self.kind == filters.kind)
            and ("year" in skip or not filters.year or self.year == filters.year)
            and ("theme" in skip or not filters.theme or filters.theme in self.themes)
            and ("keyword" in skip or not filters.keyword or filters.keyword in self.keywords)
        )


VECTOR_ITEM = re.compile(r"'((?:[^']|'')+)'(?::([0-9A-D,]+))?")


def parse_vector(vector):
    """{stem: [(position, weight letter), ...]} from a tsvector's text form."""
    parsed = {}
    for stem, places in VECTOR_ITEM.findall(vector or ""):
        found = []
        for place in places.split(",") if places else ():
            if place[-1].isalpha():
                found.append((int(place[:-1]), place[-1]))
            else:
                found.append((int(place), "D"))
        parsed[stem.replace("''", "'")] = found
    return parsed


def matches(alternative, positions):
    """Whether a document with `positions` contains `alternative` (a stem or a phrase)."""
    first, *rest = alternative.stems
    if first not in positions:
        return False
    if not rest:
        return True
    following = [{place for place, _ in positions.get(stem, ())} for stem in rest]
    return any(
        all(place + offset in places for offset, places in enumerate(following, start=1))
        for place, _ in positions[first]
    )


class PythonEngine:
    """The portable engine: LIKE narrows, Python matches and ranks (see module docstring)."""

    def __init__(self, parsed):
        self.parsed = parsed
        self._hits = None

    def expect_page(self, sort, offset, limit):
        """Nothing to prepare: every question is answered from the same hits."""

    def _candidates(self):
        wanted = Q()
        for clause in self.parsed.clauses:
            for alternative in clause.alternatives:
                wanted |= Q(vector__contains=f"'{alternative.stems[0]}':")
        return SearchEntry.objects.filter(wanted, language=self.parsed.language)

    def hits(self):
        if self._hits is not None:
            return self._hits
        candidates = self._candidates()
        themes, keywords = {}, {}
        facets = SearchFacet.objects.filter(entry__in=candidates.values("pk")).values_list(
            "entry_id", "name", "value", "label"
        )
        # The ranking's statistics come with the facets, in the same query.
        facet_sql, facet_params = facets.query.sql_with_params()
        stats_sql, stats_params = statistics_query(self.parsed)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT * FROM ({facet_sql}) AS f UNION ALL "
                f"SELECT -1, s.* FROM ({stats_sql}) AS s",
                [*facet_params, *stats_params],
            )
            rows = cursor.fetchall()
        facets = [row for row in rows if row[0] != -1]
        stats = statistics_from(self.parsed, [row[1:4] for row in rows if row[0] == -1])
        for entry_id, name, value, label in facets:
            if name == SearchFacet.THEME:
                themes.setdefault(entry_id, set()).add(value)
            else:
                keywords.setdefault(entry_id, {})[value] = label
        ranking = Ranking.of(self.parsed, stats)
        self._hits = []
        rows = candidates.values_list("page_id", "kind", "year", "recency", "vector", "length")
        for page_id, kind, year, recency, vector, length in rows:
            positions = parse_vector(vector)
            matched = [
                [alt for alt in clause.alternatives if matches(alt, positions)]
                for clause in self.parsed.clauses
            ]
            if not any(matched):
                continue
            exact_rank, compound_rank = page_scores(positions, length, ranking)
            self._hits.append(
                Hit(
                    page_id=page_id,
                    kind=kind,
                    year=year,
                    recency=recency,
                    all_words=all(matched),
                    exact_words=all(any(a.kind == EXACT for a in alts) for alts in matched),
                    exact_rank=exact_rank,
                    compound_rank=compound_rank,
                    themes=themes.get(page_id, set()),
                    keywords=keywords.get(page_id, {}),
                )
            )
        return self._hits

    def counts(self, filters):
        hits = self.hits()
        rows = Counter(
            (hit.kind, hit.year) for hit in hits if hit.passes(filters, skip=("kind", "year"))
        )
        counts = count_kinds_and_years(
            [(kind, year, number) for (kind, year), number in rows.items()], filters
        )
        for hit in hits:
            if hit.passes(filters, skip=("theme",)):
                counts.themes.update(hit.themes)
        labels, keyword_counts = {}, Counter()
        for hit in hits:
            if hit.passes(filters, skip=("keyword",)):
                keyword_counts.update(hit.keywords.keys())
                labels.update(hit.keywords)
        counts.keywords = {
            slug: (labels[slug], number)
            for slug, number in sorted(keyword_counts.items(), key=lambda i: (-i[1], labels[i[0]]))[
                :MAX_KEYWORD_OPTIONS
            ]
        }
        return counts

    def entries(self, filters, sort, offset, limit):
        def order(hit):
            newest = -hit.recency.timestamp()
            ranks = (-hit.exact_rank, -hit.compound_rank)
            if sort == DATE:
                return (not hit.all_words, newest, *ranks, -hit.page_id)
            return (not hit.all_words, not hit.exact_words, *ranks, newest, -hit.page_id)

        chosen = sorted((hit for hit in self.hits() if hit.passes(filters)), key=order)
        ids = [hit.page_id for hit in chosen[offset : offset + limit]]
        found = SearchEntry.objects.filter(pk__in=ids).select_related("page")
        by_id = {entry.pk: entry for entry in found.defer("vector", "words")}
        return [by_id[page_id] for page_id in ids if page_id in by_id]
