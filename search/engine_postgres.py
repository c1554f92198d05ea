"""The PostgreSQL engine: match with `@@` on the GIN-indexed tsvector, rank with `ts_rank`,
and count the filter options, in one statement. See search/engine.py for the order.

The matching entries are found once, in a materialised CTE; from it come the counts by
kind and year, by theme and by keyword (each with the other filters applied). Ranking is
what costs, so only the entries that can reach the page are ranked: for a query of
several words those with every word when they fill the page (they come first), and only
those that pass the chosen filters (see `_sources`). A word of one query without filters
is ranked in the same CTE that is counted. The tsqueries come from search/tsquery_sql.py.

The statement's rows are kept per content version (core/cache.py), keyed by the statement
and its parameters: visitors repeat the common searches (a theme's name, "zorg"), and a
common word is what costs most. Any publish or index write starts a new version.
"""

import hashlib

from django.db import connection

from core.cache import cached_for_content
from search import engine_large as large
from search.engine import DATE, MAX_KEYWORD_OPTIONS, count_kinds_and_years
from search.models import SearchEntry, SearchFacet
from search.query import COMPOUND, EXACT
from search.ranking import Ranking, pair_bonus
from search.tsquery_sql import WEIGHTS, bm25, lexeme, near_query, tsquery

FILTER_NAMES = ("kind", "year", "theme", "keyword")


class PostgresEngine:
    def __init__(self, parsed):
        self.parsed = parsed
        every_kind = (EXACT, COMPOUND)
        self.any = tsquery(parsed, every_kind, "|")
        self.every = tsquery(parsed, every_kind, "&")
        self.compound_any = tsquery(parsed, (COMPOUND,), "|")
        self._expected = None
        self._pages = {}
        self._ranking = None

    @property
    def ranking(self):
        """The query's statistics and stems (one query, the first time it is needed)."""
        if self._ranking is None:
            self._ranking = Ranking.of(self.parsed)
        return self._ranking

    def expect_page(self, sort, offset, limit):
        """The page of results that will be asked for: fetched along with the counts."""
        self._expected = (sort, offset, limit)

    def counts(self, filters):
        rows = self._search(filters, *(self._expected or (None, 0, 0)))
        # Counted in a sample (search/engine_large.py): each sampled page stands for
        # pages / sampled of the language's pages.
        sampled = [number for group, _, _, number, _ in rows if group == "sampled"]
        factor = self.ranking.stats.documents / max(sampled[0], 1) if sampled else 1

        def scaled(number):
            return round(number * factor)

        kinds = [(k, year, n) for group, k, year, n, _ in rows if group == "kind"]
        counts = count_kinds_and_years(kinds, filters)
        # Scaled once summed: rounding each kind and year's count first would add up the
        # roundings (a sample of 12 pages over 23: seven matches made 14 instead of 13).
        counts.total = scaled(counts.total)
        for numbers in (counts.kinds, counts.years):
            for value, number in numbers.items():
                numbers[value] = scaled(number)
        counts.estimated = bool(sampled)
        for group, value, _, number, label in rows:
            if group == "theme":
                counts.themes[value] = scaled(number)
            elif group == "keyword":
                counts.keywords[value] = (label, scaled(number))
        return counts

    def entries(self, filters, sort, offset, limit):
        key = (filters, sort, offset, limit)
        if key not in self._pages:  # not the page expected: rank again, without counting
            self._search(filters, sort, offset, limit, count=False)
        ids = self._pages[key]
        found = SearchEntry.objects.filter(pk__in=ids).defer("vector", "words")
        by_id = {entry.pk: entry for entry in found.select_related("page")}
        return [by_id[page_id] for page_id in ids if page_id in by_id]

    def _search(self, filters, sort, offset, limit, count=True):
        """Run the one statement. Rows are (group, value, year, number, label): counts by
        "kind" (value: the kind) and year, by "theme" and by "keyword", and the page of
        "result" ids (number: the position)."""
        stems = limit and large.candidate_stems(self.parsed, self.ranking.stats, sort, offset)
        bound = count and large.sample_bound(self.parsed, self.ranking.stats)
        sources, params = self._sources(filters, count, limit, bound, stems)
        branches = []
        if count:
            if bound:
                branches.append(large.sampled_pages(self.parsed.language, bound))
            branches.append(self._count_kinds_and_years(filters))
            branches.append(self._count_facet("theme", filters))
            branches.append(self._count_facet("keyword", filters))
        if limit:
            # PostgreSQL reads each condition once and runs only the branch it allows
            # (and so only the CTEs that branch reads).
            for source, condition, condition_params in self._page_sources(sources, offset + limit):
                sql, page_params = self._page_of_results(filters, sort, offset, limit, source)
                branches.append((f"{sql} WHERE {condition}", [*page_params, *condition_params]))
        sql = (
            "WITH "
            + ", ".join(f"{name} AS MATERIALIZED ({cte})" for name, cte in sources.items())
            + " "
            + " UNION ALL ".join(f"({branch_sql})" for branch_sql, _ in branches)
        )
        for _, branch_params in branches:
            params += branch_params
        statement = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
        rows = cached_for_content(f"search:{statement}", lambda: _fetch(sql, params))
        if limit:
            ordered = sorted(
                (number, int(value)) for group, value, _, number, _ in rows if group == "result"
            )
            self._pages[(filters, sort, offset, limit)] = [page_id for _, page_id in ordered]
        return rows

    def _sources(self, filters, count, limit, bound, stems):
        """({name: SQL}, parameters) of the statement's CTEs.

        A query of one word without filters: `m`, its matches ranked, for the counts and
        the page. Otherwise `m` holds the matches unranked, for the counts, and the page
        comes from matches that pass the filters, ranked: `r`, the pages with every word
        (several words), and `f`, all of them, for when `r` cannot fill the page. Ranking
        is what costs: a common word matches most of the archive, while the pages with
        every word of a query, or with the chosen keyword, are far fewer. With a sample
        `bound`, `m` is a sample of the matches; with candidate `stems`, `c` holds their
        best pages and `cr` those ranked (search/engine_large.py).
        """
        several = len(self.parsed.clauses) > 1 and self.every is not None
        if not several and not filters.active and not bound and not stems:
            sql, params = self._matches(self.any)
            return {"m": sql}, params
        sources, params = {}, []
        if bound:
            sources["m"], params = large.sampled_matches(
                self.parsed, self.ranking.stats, self.any, bound
            )
        elif count:
            table = connection.ops.quote_name(SearchEntry._meta.db_table)
            sources["m"] = (
                f"SELECT page_id, kind, year, themes, keywords FROM {table} "
                "WHERE language = %s AND vector @@ %s::tsquery"
            )
            params += [self.parsed.language, self.any]
        if stems:
            sources["c"], candidate_params = large.candidates(self.parsed, stems)
            sources["cr"], ranked_params = self._matches(self.any, filters, among="c")
            params += [*candidate_params, *ranked_params]
        if limit:
            rankings = (("r", self.every), ("f", self.any)) if several else (("f", self.any),)
            for name, query in rankings:
                sql, source_params = self._matches(query, filters)
                sources[name] = sql
                params += source_params
        return sources, params

    def _page_sources(self, sources, needed):
        """[(source, condition, parameters)]: the ranked CTEs the page may come from, in
        order, each with the condition under which it does (exactly one holds): the
        candidates when `needed` of them have every word, else the pages with every word
        when there are `needed`, else all matches."""
        choices, otherwise, otherwise_params = [], "TRUE", []
        for name in ("cr", "r"):
            if name in sources:
                every = "all_words" if name == "cr" and len(self.parsed.clauses) > 1 else "TRUE"
                enough = f"((SELECT COUNT(*) FROM {name} WHERE {every}) >= %s)"
                choices.append((name, f"{otherwise} AND {enough}", [*otherwise_params, needed]))
                otherwise = f"{otherwise} AND NOT {enough}"
                otherwise_params = [*otherwise_params, needed]
        choices.append(("f" if "f" in sources else "m", otherwise, otherwise_params))
        return choices

    def _matches(self, query, filters=None, among=None):
        """A CTE: every entry matching `query` (and passing `filters`, if given) with what
        filters, counts and ranking need.

        The score is search/engine.py's `page_scores` in SQL, with the statistics fetched
        beforehand (`Ranking`): one `ts_rank` per whole-word stem (BM25's term frequency),
        one `@@` per pair of neighbouring clauses (`a <N> b` for N up to the window: the
        proximity bonus), and the compounds' `ts_rank` only for entries without a whole
        word. `all_words` is computed when there are several clauses, `whole_words` when
        compounds may match, unless the query is one word (then a whole-word match is
        one with a score). Each level is fenced (OFFSET 0) so nothing is computed twice.
        """
        table = connection.ops.quote_name(SearchEntry._meta.db_table)
        where, where_params = _where(filters, *FILTER_NAMES) if filters else ("TRUE", [])
        if among:  # only the pages of that CTE
            where = f"{where} AND page_id IN (SELECT page_id FROM {among})"
        ranking = self.ranking
        average = ranking.stats.average_length
        columns = ["page_id", "kind", "year", "recency", "themes", "keywords"]
        # Level 1, from the table: each whole-word stem's ts_rank.
        first, first_params = [*columns, "vector", "length"], []
        for number, stem in enumerate(ranking.exact_stems):
            first.append(f"ts_rank({WEIGHTS}, vector, %s::tsquery) AS tf{number}")
            first_params.append(lexeme(stem))
        tf_of = {stem: f"tf{number}" for number, stem in enumerate(ranking.exact_stems)}
        # Level 2: the clause flags, the whole words' BM25, and for each pair of
        # neighbouring clauses whether they stand near. What a stem's rank already says
        # is not asked of the vector again: a clause is there with whole words where one
        # of its stems has a rank, and its phrases and compounds are looked for (each a
        # pass over the vector) only where none has; a pair's nearness only where both
        # clauses are there.
        flags, flag_sql, flag_params = self._clause_flags(tf_of)
        terms, second_params = [], list(flag_params)
        for number, stem in enumerate(ranking.exact_stems):
            terms.append(f"%s * {bm25(f'tf{number}')}")
            second_params += [ranking.stats.weight(stem), average]
        second = [
            *columns,
            *flag_sql,
            "vector",
            "length",
            f"({' + '.join(terms) or '0'})::float8 AS exact_score",
        ]
        for number, (one, two, _) in enumerate(ranking.pairs):
            present = " AND ".join(
                "(" + " OR ".join(f"{tf_of[stem]} > 0" for stem in stems) + ")"
                for stems in (one, two)
            )
            second.append(f"CASE WHEN {present} THEN vector @@ %s::tsquery END AS near{number}")
            second_params.append(near_query(one, two))
        # Level 3: the proximity bonus, and the compounds' ts_rank, as one word (ts_rank
        # divides by their number), only for entries without a whole word.
        bonuses, third_params = [], []
        for number, (_, _, both) in enumerate(ranking.pairs):
            bonuses.append(f"CASE WHEN near{number} THEN %s ELSE 0 END")
            third_params.append(pair_bonus(ranking.stats, both))
        bonus = f"({' + '.join(bonuses) or '0'})::float8"
        third = [
            *columns,
            *flags,
            f"CASE WHEN exact_score > 0 THEN exact_score + {bonus} ELSE 0 END AS exact_rank",
        ]
        fourth = [*columns, *flags, "exact_rank"]
        fourth_params = []
        if self.compound_any:
            third += [
                "length",
                f"{bonus} AS bonus",
                "CASE WHEN exact_score > 0 THEN 0 ELSE "
                f"ts_rank({WEIGHTS}, vector, %s::tsquery)::float8 * "
                f"{len(ranking.compound_stems)} END AS compound_tf",
            ]
            third_params = [*third_params, *third_params, self.compound_any]
            fourth.append(
                f"CASE WHEN exact_rank > 0 THEN 0 ELSE %s * {bm25('compound_tf')} + bonus "
                "END AS compound_rank"
            )
            fourth_params += [ranking.compound_weight, average]
        sql = (
            f"SELECT {', '.join(fourth)} FROM (SELECT {', '.join(third)} FROM "
            f"(SELECT {', '.join(second)} FROM "
            f"(SELECT {', '.join(first)} FROM {table} WHERE language = %s AND "
            f"vector @@ %s::tsquery AND {where} OFFSET 0) AS i OFFSET 0) AS e OFFSET 0) AS t"
        )
        params = [
            *fourth_params,
            *third_params,
            *second_params,
            *first_params,
            self.parsed.language,
            query,
            *where_params,
        ]
        return sql, params

    def _clause_flags(self, tf_of):
        """(names, SQL, parameters) of `all_words` (every clause, compounds too) when
        there are several clauses, and `whole_words` (every clause with whole words) when
        compounds may match and the query is not one word; see _matches."""
        whole, present, params_whole, params_present = [], [], [], []
        for clause in self.parsed.clauses:
            ranked = [
                f"{tf_of[alt.stems[0]]} > 0"
                for alt in clause.alternatives
                if alt.kind == EXACT and len(alt.stems) == 1
            ]
            phrases = [
                " <-> ".join(lexeme(stem) for stem in alt.stems)
                for alt in clause.alternatives
                if alt.kind == EXACT and len(alt.stems) > 1
            ]
            compounds = [alt.stems[0] for alt in clause.alternatives if alt.kind == COMPOUND]
            tests, tests_params = list(ranked), []
            if phrases:
                tests.append("vector @@ %s::tsquery")
                tests_params.append(" | ".join(f"({phrase})" for phrase in phrases))
            whole.append("(" + " OR ".join(tests) + ")")
            params_whole += tests_params
            if compounds:
                tests.append("vector @@ %s::tsquery")
                tests_params = [*tests_params, " | ".join(lexeme(s) for s in compounds)]
            present.append("(" + " OR ".join(tests) + ")")
            params_present += tests_params
        names, sql, params = [], [], []
        if len(self.parsed.clauses) > 1:
            names.append("all_words")
            sql.append(f"{' AND '.join(present)} AS all_words")
            params += params_present
        if self.compound_any and not self._one_word():
            names.append("whole_words")
            sql.append(f"{' AND '.join(whole)} AS whole_words")
            params += params_whole
        return names, sql, params

    def _one_word(self):
        clauses = self.parsed.clauses
        return len(clauses) == 1 and len(clauses[0].alternatives[0].stems) == 1

    def _order(self, sort):
        order = ["all_words DESC"] if len(self.parsed.clauses) > 1 else []
        ranks = ["exact_rank DESC"] + (["compound_rank DESC"] if self.compound_any else [])
        if sort == DATE:
            return ", ".join([*order, "recency DESC", *ranks, "page_id DESC"])
        if self.compound_any:
            order.append("(exact_rank > 0) DESC" if self._one_word() else "whole_words DESC")
        return ", ".join([*order, *ranks, "recency DESC", "page_id DESC"])

    def _count_kinds_and_years(self, filters):
        where, params = _where(filters, "theme", "keyword")
        sql = f"SELECT 'kind', kind, year, COUNT(*), NULL FROM m WHERE {where} GROUP BY kind, year"
        return sql, params

    def _count_facet(self, name, filters):
        """Counts per theme or keyword, with the other filters applied; keywords: the most
        used, with their names."""
        others = [other for other in ("kind", "year", "theme", "keyword") if other != name]
        where, params = _where(filters, *others)
        if name == "theme":
            # The site has a dozen themes and a page one to three of them: the matches
            # share a few dozen combinations, counted before they are split (at 20,000
            # matches: 3 ms instead of 13). Keywords are too varied for that to pay.
            combinations = f"SELECT themes, COUNT(*) AS number FROM m WHERE {where} GROUP BY themes"
            sql = (
                f"SELECT 'theme', value, NULL, SUM(number)::bigint, NULL FROM ({combinations}) "
                "AS c, unnest(string_to_array(NULLIF(c.themes, ''), ' ')) AS value GROUP BY value"
            )
            return sql, params
        values = (
            f"SELECT unnest(string_to_array(NULLIF({name}s, ''), ' ')) AS value FROM m "
            f"WHERE {where}"
        )
        facets = connection.ops.quote_name(SearchFacet._meta.db_table)
        label = f"(SELECT label FROM {facets} WHERE name = 'keyword' AND value = top.value LIMIT 1)"
        sql = (
            f"SELECT 'keyword', value, NULL, number, {label} FROM (SELECT value, COUNT(*) "
            f"AS number FROM ({values}) AS v GROUP BY value ORDER BY number DESC, value "
            f"LIMIT %s) AS top"
        )
        return sql, [*params, MAX_KEYWORD_OPTIONS]

    def _page_of_results(self, filters, sort, offset, limit, source):
        where, params = _where(filters, *FILTER_NAMES)
        order = self._order(sort)
        sql = (
            f"SELECT 'result', page_id::text, NULL, ROW_NUMBER() OVER (ORDER BY {order}), NULL "
            f"FROM (SELECT * FROM {source} WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s) "
            "AS page"
        )
        return sql, [*params, limit, offset]


# Planner settings for the search statement alone. A common word matches most of one
# language's entries; with the default random_page_cost, made for spinning disks, the
# planner scans the whole table, both languages, rather than read that language's
# matches through its GIN index, and the matches, kept once for the counts and the page,
# outgrow the default 4 MB of work_mem. For every statement of the site the same costs
# made other pages slower (home at 20,000 pages: 44 -> 75 ms), so they hold here only:
# SET LOCAL ends with the statement's own transaction, and RESET undoes it where the
# statement runs inside a longer one. "zorg" at 20,000 pages a language: 92 -> 66 ms.
PLANNER_SETTINGS = "SET LOCAL random_page_cost = 1.1; SET LOCAL work_mem = '32MB'"
PLANNER_RESET = "RESET random_page_cost; RESET work_mem"


def _fetch(sql, params):
    """The statement's rows, sent with its settings as one query string (one round trip:
    Django's psycopg cursors bind parameters on the client, which allows several
    statements in one execute)."""
    with connection.cursor() as cursor:
        cursor.execute(f"{PLANNER_SETTINGS}; {sql}; {PLANNER_RESET}", params)
        while cursor.description is None:  # the SETs return no rows
            cursor.nextset()
        return cursor.fetchall()


def _where(filters, *names):
    """SQL over the CTE's rows for the chosen filters among `names`, and its parameters."""
    conditions, params = ["TRUE"], []
    for name in names:
        value = getattr(filters, name)
        if not value:
            continue
        if name in ("theme", "keyword"):
            conditions.append(f"%s = ANY(string_to_array({name}s, ' '))")
        else:
            conditions.append(f"{name} = %s")
        params.append(value)
    return " AND ".join(conditions), params
