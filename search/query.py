"""What a visitor typed, understood: clauses of stems, phrases, synonyms and compounds.

A query becomes a list of clauses. A page matches a clause through any of its
alternatives: the stem of the word typed, a quoted phrase, a synonym staff entered, or (in
Dutch) a compound that ends in the word ("jeugdzorg" for "zorg"). Pages that match every
clause rank before pages that match some; whole words rank before compounds.

Nothing the visitor types reaches a database as syntax: words are reduced to letters and
digits before they become stems, and search/engine_postgres.py quotes every stem it puts
in a tsquery.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from search.stemming import is_stopword, stems, tokens

MAX_QUERY_LENGTH = 200
MAX_CLAUSES = 10
# A compound must add at least this many letters before the word it ends in.
MIN_COMPOUND_PREFIX = 3
MIN_COMPOUND_STEM = 4
COMPOUND_LANGUAGES = {"nl"}
MAX_COMPOUNDS_PER_CLAUSE = 40

EXACT, COMPOUND = "exact", "compound"
QUOTES = '"“”„«»'
PHRASE = re.compile(rf"[{QUOTES}]([^{QUOTES}]*)(?:[{QUOTES}]|$)")


@dataclass(frozen=True)
class Alternative:
    """One way to match a clause: a stem, or several stems in a row (a phrase)."""

    stems: tuple
    kind: str = EXACT


@dataclass
class Clause:
    text: str
    alternatives: list
    quoted: bool = False

    @property
    def stem_alternatives(self):
        """The single stems of the clause's whole-word alternatives."""
        return [alt.stems[0] for alt in self.alternatives if len(alt.stems) == 1]


@dataclass
class ParsedQuery:
    """A visitor's query, ready for a search engine."""

    text: str
    language: str
    clauses: list = field(default_factory=list)
    truncated: bool = False

    def __bool__(self):
        return bool(self.clauses)

    def stems(self, kinds=(EXACT, COMPOUND)):
        """Every stem any alternative of the given kinds contains."""
        return {
            stem
            for clause in self.clauses
            for alt in clause.alternatives
            if alt.kind in kinds
            for stem in alt.stems
        }

    def words(self):
        """The words as typed, for "did you mean" (quoted phrases are left as they are)."""
        return [clause.text for clause in self.clauses if not clause.quoted]


def clean(raw):
    """`raw` without control characters or repeated spaces, and at most MAX_QUERY_LENGTH
    long. Returns (text, whether it was cut)."""
    text = unicodedata.normalize("NFC", raw or "")
    text = "".join(
        " " if unicodedata.category(char).startswith(("C", "Z")) else char for char in text
    )
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        return text[:MAX_QUERY_LENGTH].rstrip(), True
    return text, False


def parse(raw, language, synonym_terms=()):
    """The ParsedQuery for `raw` in `language`.

    `synonym_terms` is a list of groups, each a list of terms (a word or a phrase) that
    mean the same; see `synonym_groups()`.
    """
    text, truncated = clean(raw)
    clauses = []
    position = 0
    for match in PHRASE.finditer(text):
        clauses.extend(_word_clauses(text[position : match.start()], language))
        clauses.extend(_phrase_clause(match.group(1), language))
        position = match.end()
    clauses.extend(_word_clauses(text[position:], language))

    groups = [[tuple(stems(term, language)) for term in group] for group in synonym_terms]
    clauses = _apply_synonyms(clauses, [[term for term in g if term] for g in groups])
    # After synonyms, so that a synonym such as "zorg in de wijk" keeps its little words.
    meaningful = [c for c in clauses if c.quoted or not is_stopword(c.text, language)]
    clauses = meaningful or clauses
    return ParsedQuery(text, language, _unique(clauses)[:MAX_CLAUSES], truncated)


def _word_clauses(text, language):
    return [Clause(token.word, [Alternative((token.stem,))]) for token in tokens(text, language)]


def _phrase_clause(text, language):
    found = tokens(text, language)
    if not found:
        return []
    phrase = tuple(token.stem for token in found)
    words = " ".join(token.word for token in found)
    return [Clause(words, [Alternative(phrase)], quoted=True)]


def _apply_synonyms(clauses, groups):
    """Add the other terms of a synonym group to each clause that is one of its terms; a
    run of unquoted words that spells a term of several words becomes one clause."""
    multiword = sorted({term for group in groups for term in group if len(term) > 1}, key=len)
    merged = []
    index = 0
    while index < len(clauses):
        for term in reversed(multiword):  # longest first
            run = clauses[index : index + len(term)]
            if len(run) == len(term) and all(
                not clause.quoted and clause.alternatives[0].stems == (stem,)
                for clause, stem in zip(run, term, strict=True)
            ):
                text = " ".join(clause.text for clause in run)
                merged.append(Clause(text, [Alternative(term)], quoted=True))
                index += len(term)
                break
        else:
            merged.append(clauses[index])
            index += 1
    for clause in merged:
        own = clause.alternatives[0].stems
        for group in groups:
            if own in group:
                clause.alternatives.extend(Alternative(term) for term in group if term != own)
    return merged


def _unique(clauses):
    seen = set()
    unique = []
    for clause in clauses:
        key = tuple(alt.stems for alt in clause.alternatives)
        if key not in seen:
            seen.add(key)
            unique.append(clause)
    return unique


def synonym_groups(language):
    """The synonym groups staff keep for `language`, as lists of terms."""
    from search.models import Synonym

    return [synonym.term_list for synonym in Synonym.objects.filter(language=language)]


def add_compounds(parsed):
    """Let each one-word clause also match the compounds ending in it, as found in the
    vocabulary: "zorg" matches "jeugdzorg" and "ouderenzorg". One query, Dutch only."""
    from django.db.models import Q
    from django.db.models.functions import Length

    from search.models import SearchWord

    if parsed.language not in COMPOUND_LANGUAGES:
        return parsed
    open_clauses = [clause for clause in parsed.clauses if not clause.quoted]
    wanted = {
        stem
        for clause in open_clauses
        for stem in clause.stem_alternatives
        if len(stem) >= MIN_COMPOUND_STEM and stem.isalpha()
    }
    if not wanted:
        return parsed
    endings = Q()
    for stem in wanted:
        endings |= Q(reversed_stem__startswith=stem[::-1])
    found = (
        SearchWord.objects.filter(endings, language=parsed.language)
        .annotate(length=Length("stem"))
        .filter(length__gte=MIN_COMPOUND_STEM + MIN_COMPOUND_PREFIX)
        .order_by("-frequency")
        .values_list("stem", flat=True)
    )
    found = list(dict.fromkeys(found[: MAX_COMPOUNDS_PER_CLAUSE * len(wanted)]))
    for clause in open_clauses:
        own = set(clause.stem_alternatives)
        compounds = [
            stem
            for stem in found
            if stem not in own
            and any(
                stem.endswith(part) and len(stem) - len(part) >= MIN_COMPOUND_PREFIX for part in own
            )
        ][:MAX_COMPOUNDS_PER_CLAUSE]
        clause.alternatives.extend(Alternative((stem,), COMPOUND) for stem in compounds)
    return parsed
