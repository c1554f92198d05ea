"""What lets a search for a common word stay as fast in a large archive as in a small one
(search/engine_large.py): each entry's postings, its stems ordered by how well the entry
answers each alone, and a fixed sample number.

Written with the entries (search/indexing.py), on every database; only PostgreSQL reads
them. Migration 0004 wrote those of the entries indexed before.
"""

import hashlib

from django.db import connection

from search.engine import parse_vector
from search.models import SearchCorpus, SearchPosting
from search.ranking import TF_SCALE, average_length, bm25, real, ts_rank

# The entries whose sample number is below n make n/SAMPLE_BUCKETS of any set of matches.
SAMPLE_BUCKETS = 1024


def sample_of(page_id):
    """The entry's sample number: spread evenly, and unrelated to when the page was made,
    its kind or its themes, which its id would not be."""
    digest = hashlib.blake2b(str(page_id).encode(), digest_size=4).digest()
    return int.from_bytes(digest, "big") % SAMPLE_BUCKETS


def average_lengths():
    """{language: average words per entry}, as BM25 reads it (search/ranking.py)."""
    return {
        corpus.language: average_length(corpus.documents, corpus.length)
        for corpus in SearchCorpus.objects.filter(documents__gt=0)
    }


def postings_of(document, average_length):
    """The postings of `document`, their impact with `average_length` words per entry."""
    positions = parse_vector(document.vector)
    sample = sample_of(document.page_id)
    for stem in positions:
        tf = real(ts_rank(positions, [stem])) * TF_SCALE
        yield SearchPosting(
            entry_id=document.page_id,
            language=document.language,
            stem=stem,
            impact=bm25(tf, document.length, average_length),
            sample=sample,
        )


def write_postings(documents, averages):
    """Replace the postings of `documents`; `averages`: {language: average length}. A
    language's first page is its own average."""
    SearchPosting.objects.filter(entry_id__in=[document.page_id for document in documents]).delete()
    postings = (
        posting
        for document in documents
        for posting in postings_of(
            document, averages.get(document.language) or max(document.length, 1)
        )
    )
    if connection.vendor == "postgresql":
        _copy(postings)
    else:
        SearchPosting.objects.bulk_create(postings, batch_size=5000)


COLUMNS = ("entry_id", "language", "stem", "impact", "sample")


def _copy(postings):
    """Write `postings` with PostgreSQL's COPY: a page has some fifty, and indexing
    20,000 pages a language through INSERTs took four times as long."""
    table = connection.ops.quote_name(SearchPosting._meta.db_table)
    statement = f"COPY {table} ({', '.join(COLUMNS)}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for posting in postings:
            copy.write_row([getattr(posting, column) for column in COLUMNS])
