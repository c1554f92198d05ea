"""Keeping the index in step with the pages: index one page, a subtree, or everything.

A page is in the index while it is public (core.privacy); otherwise it is taken out.
Entries are written with an upsert, and the vocabulary (SearchWord) and the ranking's
statistics (SearchStem: in how many pages each stem occurs; SearchCorpus: how many pages
and words a language has) are kept exact: a page's words and stems are counted when it is
indexed and discounted when its entry goes, so a search never counts over the index.

Every write starts a new content version (core/cache.py): searches are kept per version
(search/engine_postgres.py), and not every write comes with a publish (a renamed keyword,
`rebuild_search_index` after an import).
"""

from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Prefetch
from django.db.models.functions import Greatest
from wagtail.models import Page

from core.cache import bump_content_version_now_and_at_commit
from core.privacy import is_public, visible
from search.documents import KINDS, document_for, is_indexed_model, keyword_names
from search.engine import parse_vector
from search.models import (
    SearchCorpus,
    SearchEntry,
    SearchFacet,
    SearchPosting,
    SearchStem,
    SearchWord,
)
from search.postings import average_lengths, sample_of, write_postings
from search.ranking import average_length
from search.stemming import fold

CHUNK_SIZE = 1000
# SQLite allows some tens of thousands of parameters in one statement; stay well below.
IN_BATCH = 500


def index_page(page):
    """Index `page` if it is public, else take it out of the index."""
    page = page.specific_deferred if type(page) is Page else page
    if not is_indexed_model(type(page)):
        return
    if is_public(page):
        write_documents([document_for(page)])
    else:
        unindex_pages([page.pk])


def unindex_pages(page_ids):
    """Take pages out of the index, and their words out of the vocabulary's counts."""
    with transaction.atomic():
        # Locked while read: of two requests removing the same page, one discounts it.
        entries = SearchEntry.objects.select_for_update().filter(page_id__in=list(page_ids))
        removed = list(entries.values_list("pk", "language", "words", "vector", "length"))
        ids = [row[0] for row in removed]
        SearchFacet.objects.filter(entry_id__in=ids).delete()
        SearchPosting.objects.filter(entry_id__in=ids).delete()
        SearchEntry.objects.filter(pk__in=ids).delete()
        for _, language, words, vector, length in removed:
            _discount_entry(language, words, vector, length)
        bump_content_version_now_and_at_commit()


def reindex_subtree(root_id):
    """Bring the page `root_id` and its descendants up to date: after a move."""
    # The path as it is now: a moved page's instance may still carry its old one.
    path = Page.objects.filter(pk=root_id).values_list("path", flat=True).first()
    if path is not None:
        _reindex_under([path])


def reindex_section_in_every_language(root_id):
    """Bring the page `root_id`, its translations and what lies under them up to date:
    after a section became private or public again, which holds in every language."""
    key = Page.objects.filter(pk=root_id).values("translation_key")
    _reindex_under(Page.objects.filter(translation_key__in=key).values_list("path", flat=True))


def _reindex_under(paths):
    for path in paths:
        for model in KINDS.values():
            index_queryset(model.objects.filter(path__startswith=path))


def reindex_keyword(tag_id, locale_id):
    """Re-index the pages in one language that carry a keyword, after it was (re)named."""
    for model in KINDS.values():
        if hasattr(model, "tagged_items"):
            tagged = model.objects.filter(locale_id=locale_id, tagged_items__tag_id=tag_id)
            index_queryset(model.objects.filter(pk__in=tagged.values("pk")))


def rebuild_index():
    """Empty the index and the vocabulary and index every live, public page again.

    Returns the number of pages indexed.
    """
    if connection.vendor == "postgresql":
        from search.language_indexes import create_language_indexes

        create_language_indexes(connection, [code for code, _ in settings.LANGUAGES])
    with transaction.atomic():
        SearchFacet.objects.all().delete()
        SearchWord.objects.all().delete()
        SearchStem.objects.all().delete()
        SearchCorpus.objects.all().delete()
        # One statement each: a queryset delete would first load every entry into memory
        # to cascade to its facets and postings, which are gone already.
        with connection.cursor() as cursor:
            for model in (SearchPosting, SearchEntry):
                cursor.execute(f"DELETE FROM {connection.ops.quote_name(model._meta.db_table)}")
        counts = Counter()
        stems = {}
        stem_counts = Counter()
        corpus = {}
        indexed = 0
        for model in KINDS.values():
            for documents in documents_in_chunks(model.objects.all()):
                for document in documents:
                    for word, stem in document.words.items():
                        counts[document.language, word] += 1
                        stems[document.language, word] = stem
                    stem_counts.update((document.language, s) for s in document.stems)
                    pages, length = corpus.get(document.language, (0, 0))
                    corpus[document.language] = (pages + 1, length + document.length)
                # The postings are weighed with the average length so far, this chunk
                # included: without it, the first thousand pages had only their own.
                averages = {
                    language: average_length(pages, length)
                    for language, (pages, length) in corpus.items()
                }
                _write_entries(documents, averages)
                indexed += len(documents)
        SearchStem.objects.bulk_create(
            (
                SearchStem(language=language, stem=stem, documents=number)
                for (language, stem), number in stem_counts.items()
            ),
            batch_size=CHUNK_SIZE,
        )
        SearchCorpus.objects.bulk_create(
            SearchCorpus(language=language, documents=pages, length=length)
            for language, (pages, length) in corpus.items()
        )
        SearchWord.objects.bulk_create(
            (
                _new_word(language, word, stems[language, word], frequency)
                for (language, word), frequency in counts.items()
            ),
            batch_size=CHUNK_SIZE,
        )
        bump_content_version_now_and_at_commit()
    return indexed


def index_queryset(pages):
    """Index the live, public pages of `pages` (one page type) and unindex the others."""
    visible_ids = set()
    for documents in documents_in_chunks(pages):
        write_documents(documents)
        visible_ids.update(document.page_id for document in documents)
    hidden = set(pages.values_list("pk", flat=True)) - visible_ids
    if hidden:
        unindex_pages(hidden)


def documents_in_chunks(pages):
    """Documents for the live, public pages of `pages`, CHUNK_SIZE at a time, with what
    document_for reads fetched in a few queries per chunk rather than a few per page."""
    names = keyword_names()
    pages = _with_relations(visible(pages).order_by("pk"))
    chunk = []
    for page in pages.iterator(chunk_size=CHUNK_SIZE):
        chunk.append(document_for(page, names))
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _with_relations(pages):
    model = pages.model
    pages = pages.select_related("locale")
    field_names = {field.name for field in model._meta.get_fields()}
    if "sector" in field_names:
        pages = pages.select_related("sector")
    if "theme_links" in field_names:
        links = model._meta.get_field("theme_links").related_model
        pages = pages.prefetch_related(
            Prefetch(
                "theme_links",
                queryset=links.objects.select_related("theme").only(
                    "page_id", "sort_order", "theme__translation_key"
                ),
            )
        )
    if "tagged_items" in field_names:
        pages = pages.prefetch_related("tagged_items__tag")
    return pages


def write_documents(documents):
    """Insert or replace the entries of `documents`, and keep the vocabulary exact."""
    with transaction.atomic():
        by_page = {document.page_id: document for document in documents}
        old = {
            page_id: (language, words, vector, length)
            for page_id, language, words, vector, length in SearchEntry.objects.filter(
                page_id__in=by_page
            ).values_list("page_id", "language", "words", "vector", "length")
        }
        _write_entries(documents, average_lengths())
        for document in documents:
            language, words, vector, length = old.get(document.page_id, (None, "", "", 0))
            before, stems_before = set(words.split()), set(parse_vector(vector))
            if language is not None and language != document.language:
                # A page whose language changed leaves the other language's vocabulary and
                # statistics, and joins the new one's as a page it did not have.
                _discount_entry(language, words, vector, length)
                language, before, stems_before, length = None, set(), set(), 0
            added = {w: s for w, s in document.words.items() if w not in before}
            removed = before - document.words.keys()
            _adjust_vocabulary(document.language, added, removed)
            stems_now = document.stems
            _adjust_stems(document.language, stems_now - stems_before, stems_before - stems_now)
            _adjust_corpus(document.language, 0 if language else 1, document.length - length)
        bump_content_version_now_and_at_commit()


def _write_entries(documents, averages):
    """Write the entries of `documents` with their facets and postings (`averages`: each
    language's average length, for the postings' order)."""
    entries = [
        SearchEntry(
            page_id=document.page_id,
            language=document.language,
            kind=document.kind,
            title=document.title[:255],
            text=document.text,
            words=" ".join(sorted(document.words)),
            vector=document.vector,
            date=document.date,
            year=document.year,
            recency=document.recency,
            themes=" ".join(document.themes),
            keywords=" ".join(slug for slug, _ in document.keywords),
            length=document.length,
            sample=sample_of(document.page_id),
        )
        for document in documents
    ]
    SearchEntry.objects.bulk_create(
        entries,
        batch_size=CHUNK_SIZE,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["language", "kind", "title", "text", "words", "vector", "date"]
        + ["year", "recency", "themes", "keywords", "length", "sample"],
    )
    SearchFacet.objects.filter(entry_id__in=[document.page_id for document in documents]).delete()
    SearchFacet.objects.bulk_create(
        [facet for document in documents for facet in _facets_of(document)],
        batch_size=CHUNK_SIZE,
    )
    write_postings(documents, averages)


def _facets_of(document):
    for key in document.themes:
        yield SearchFacet(entry_id=document.page_id, name=SearchFacet.THEME, value=key)
    for slug, name in document.keywords:
        yield SearchFacet(
            entry_id=document.page_id, name=SearchFacet.KEYWORD, value=slug, label=name[:255]
        )


def _discount_entry(language, words, vector, length):
    """Take an entry's words, stems and length out of its language's counts."""
    _adjust_vocabulary(language, {}, set(words.split()))
    _adjust_stems(language, set(), set(parse_vector(vector)))
    _adjust_corpus(language, -1, -length)


def _adjust_vocabulary(language, added, removed):
    """Count `added` ({word: stem}) once more and `removed` (words) once less."""
    added_words = list(added)
    for start in range(0, len(added_words), IN_BATCH):
        batch = added_words[start : start + IN_BATCH]
        SearchWord.objects.bulk_create(
            [_new_word(language, word, added[word], 0) for word in batch], ignore_conflicts=True
        )
        SearchWord.objects.filter(language=language, word__in=batch).update(
            frequency=F("frequency") + 1
        )
    removed_words = list(removed)
    for start in range(0, len(removed_words), IN_BATCH):
        batch = removed_words[start : start + IN_BATCH]
        words = SearchWord.objects.filter(language=language, word__in=batch)
        words.filter(frequency__lte=1).delete()
        words.update(frequency=F("frequency") - 1)


def _adjust_stems(language, added, removed):
    """Count the stems `added` in one page more and those `removed` in one page less."""
    added = sorted(added)
    for start in range(0, len(added), IN_BATCH):
        batch = added[start : start + IN_BATCH]
        SearchStem.objects.bulk_create(
            [SearchStem(language=language, stem=stem, documents=0) for stem in batch],
            ignore_conflicts=True,
        )
        SearchStem.objects.filter(language=language, stem__in=batch).update(
            documents=F("documents") + 1
        )
    removed = sorted(removed)
    for start in range(0, len(removed), IN_BATCH):
        batch = removed[start : start + IN_BATCH]
        stems = SearchStem.objects.filter(language=language, stem__in=batch)
        stems.filter(documents__lte=1).delete()
        stems.update(documents=F("documents") - 1)


def _adjust_corpus(language, pages, length):
    """Add `pages` and `length` (words; either may be negative) to a language's totals."""
    if not pages and not length:
        return
    SearchCorpus.objects.get_or_create(language=language)
    # Never below zero: an index from before these totals existed has none to discount
    # until `rebuild_search_index` runs.
    SearchCorpus.objects.filter(language=language).update(
        documents=Greatest(F("documents") + pages, 0), length=Greatest(F("length") + length, 0)
    )


def _new_word(language, word, stem, frequency):
    return SearchWord(
        language=language,
        word=word[:60],
        key=fold(word)[:60],
        stem=stem[:60],
        reversed_stem=stem[::-1][:60],
        frequency=frequency,
    )
