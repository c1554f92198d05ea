"""The SQL the PostgreSQL engine (search/engine_postgres.py) writes from a parsed query:
tsqueries built from stems, and BM25 over `ts_rank`.

Each stem is quoted here as a lexeme, and the tsquery text is passed as a bound parameter
cast to tsquery: whatever a visitor types, PostgreSQL never parses their text as tsquery
syntax, and no text-search configuration touches the stems.
"""

from search.ranking import K1, PROXIMITY_WINDOW, RANK_WEIGHTS, TF_SCALE, B

WEIGHTS_ARRAY = "{" + ",".join(str(RANK_WEIGHTS[letter]) for letter in "DCBA") + "}"


def lexeme(stem):
    """`stem` as a quoted tsquery lexeme."""
    return "'" + stem.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(parsed, kinds, joiner):
    """The tsquery text for the alternatives of `kinds` in each clause, the clauses joined
    by `joiner` ("|" for any, "&" for all); None when no clause has such alternatives."""
    clauses = []
    for clause in parsed.clauses:
        alternatives = [
            " <-> ".join(lexeme(stem) for stem in alternative.stems)
            for alternative in clause.alternatives
            if alternative.kind in kinds
        ]
        if alternatives:
            clauses.append("(" + " | ".join(f"({alt})" for alt in alternatives) + ")")
        elif joiner == "&":
            return None
    return f" {joiner} ".join(clauses) or None


WEIGHTS = f"'{WEIGHTS_ARRAY}'::real[]"


def near_query(first, second):
    """A tsquery that matches where a stem of `first` and one of `second` stand within
    PROXIMITY_WINDOW words of each other, in either order (engine.near)."""
    one = "(" + " | ".join(lexeme(stem) for stem in first) + ")"
    two = "(" + " | ".join(lexeme(stem) for stem in second) + ")"
    return " | ".join(
        f"({a} <{distance}> {b})"
        for distance in range(1, PROXIMITY_WINDOW + 1)
        for a, b in ((one, two), (two, one))
    )


def bm25(rank):
    """engine.bm25 in SQL of a ts_rank expression `rank` (one parameter: the average
    length); 0 where the rank is."""
    tf = f"({rank}::float8 * {TF_SCALE!r})"
    return (
        f"(CASE WHEN {rank} > 0 THEN {tf} * {K1 + 1!r} / ({tf} + {K1!r} * "
        f"(1 - {B!r} + {B!r} * length / %s::float8)) ELSE 0 END)"
    )
