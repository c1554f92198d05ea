"""The site's own search index, its vocabulary, the synonyms staff keep, and the query log.

Why an index of our own rather than Wagtail's database backend: that backend holds one
text-search configuration for all content (Wagtail issue #9253), so Dutch and English pages
cannot each be stemmed in their own language, and PostgreSQL's own `dutch` stemmer is older
than Snowball 3 (see search/stemming.py). Each entry here stores its page's words already
stemmed in the page's language, as a `tsvector` on PostgreSQL (queried with GIN-indexed
`@@` and ranked with `ts_rank`) and as the same text on SQLite (matched and ranked in
Python). Publishing, unpublishing, moving and deleting keep it in step (search/signals.py);
`manage.py rebuild_search_index` builds it from scratch.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page


class LexemeVectorField(models.TextField):
    """A `tsvector` on PostgreSQL, its text form (`'stem':1A,4C ...`) elsewhere.

    Values are written as tsvector literals that search/documents.py builds, so PostgreSQL
    stores the stems exactly as given, with no text-search configuration of its own.
    """

    def db_type(self, connection):
        if connection.vendor == "postgresql":
            return "tsvector"
        return super().db_type(connection)

    def get_placeholder(self, value, compiler, connection):
        return "%s::tsvector" if connection.vendor == "postgresql" else "%s"


class SearchEntry(models.Model):
    """One live, public page as search sees it, in its own language."""

    page = models.OneToOneField(
        Page, primary_key=True, on_delete=models.CASCADE, related_name="search_entry"
    )
    language = models.CharField(max_length=12)
    kind = models.CharField(max_length=20)
    title = models.CharField(max_length=255)
    # The text the result snippet is cut from (lead, summary, body), as plain text.
    text = models.TextField(blank=True)
    # The page's distinct words, so the vocabulary can be kept exact when the page changes.
    words = models.TextField(blank=True)
    vector = LexemeVectorField(blank=True)
    date = models.DateField(null=True, blank=True)
    year = models.SmallIntegerField(null=True, blank=True)
    # The page's date, or when it was first published: newer wins ties and sorts by date.
    recency = models.DateTimeField()
    # The facets again, space-separated (theme translation keys; keyword slugs), so that
    # PostgreSQL counts them in the same pass as the match rather than through a join.
    themes = models.TextField(blank=True)
    keywords = models.TextField(blank=True)
    # How many words the page has: BM25 weighs a match in a short page above one in a long
    # page (search/engine.py).
    length = models.PositiveIntegerField(default=0)
    # A fixed pseudo-random number below SAMPLE_BUCKETS: the entries below some bound are a
    # sample of any set of matches, from which the filter counts of a query that matches
    # much of the archive are estimated (search/engine_large.py).
    sample = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")
        indexes = [
            models.Index(fields=["language", "kind"], name="search_entry_kind"),
            models.Index(fields=["language", "year"], name="search_entry_year"),
            models.Index(fields=["language", "-recency"], name="search_entry_recency"),
            models.Index(fields=["language", "sample"], name="search_entry_sample"),
        ]

    def __str__(self):
        return self.title


class SearchPosting(models.Model):
    """One stem of one entry with how well the entry answers it alone: the index ordered
    by relevance, from which a query of one common word takes its best pages without
    ranking every page that has the word (search/engine_large.py)."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="postings")
    language = models.CharField(max_length=12)
    stem = models.TextField()
    # BM25 of the stem in the entry (before its rarity) with the language's average length
    # when the entry was written: the order candidates are taken in. They are ranked again
    # with today's average, which moves slowly as pages are added.
    impact = models.FloatField()
    # The entry's sample number, so that a sample of a word's pages is read from here.
    sample = models.PositiveSmallIntegerField()

    class Meta:
        indexes = [
            models.Index(fields=["language", "stem", "-impact"], name="search_posting_impact"),
            models.Index(fields=["language", "stem", "sample"], name="search_posting_sample"),
        ]

    def __str__(self):
        return f"{self.stem} ({self.impact:.2f})"


class SearchFacet(models.Model):
    """A theme or keyword an entry carries, for filtering and counting.

    Themes are stored by translation key, so a Dutch page linked to a theme and its English
    translation linked to the same theme count under one theme in either language.
    """

    THEME = "theme"
    KEYWORD = "keyword"

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="facets")
    name = models.CharField(max_length=10)
    value = models.CharField(max_length=255)
    label = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "name", "value"], name="search_facet_once")
        ]
        indexes = [models.Index(fields=["name", "value"], name="search_facet_value")]

    def __str__(self):
        return f"{self.name}: {self.value}"


class SearchWord(models.Model):
    """A word that live pages use, with how many: for completions, "did you mean" and for
    finding the compounds that end in a query word ("jeugdzorg" for "zorg")."""

    language = models.CharField(max_length=12)
    word = models.CharField(max_length=60)
    # The word folded (lowercase, no accents), to compare with what visitors type.
    key = models.CharField(max_length=60)
    stem = models.CharField(max_length=60)
    # The stem backwards: "compounds ending in 'zorg'" becomes a prefix search on 'groz'.
    reversed_stem = models.CharField(max_length=60)
    frequency = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "word"], name="search_word_once")
        ]
        indexes = [
            models.Index(fields=["language", "key"], name="search_word_key"),
            models.Index(fields=["language", "stem"], name="search_word_stem"),
            models.Index(fields=["language", "reversed_stem"], name="search_word_reversed"),
        ]

    def __str__(self):
        return self.word


class SearchStem(models.Model):
    """In how many live pages of a language a stem occurs: a stem in few pages is a
    telling one, and weighs more in the ranking (BM25's inverse document frequency). Kept
    in step with publishing as SearchWord is, so no search counts over the whole index."""

    language = models.CharField(max_length=12)
    stem = models.TextField()
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["language", "stem"], name="search_stem_once")
        ]

    def __str__(self):
        return self.stem


class SearchCorpus(models.Model):
    """The number of live pages of a language in the index and their words in all, for
    BM25's average page length; kept in step with publishing."""

    language = models.CharField(max_length=12, unique=True)
    documents = models.PositiveIntegerField(default=0)
    length = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return self.language


class Synonym(models.Model):
    """Words and phrases that visitors use for the same thing, such as "ggz" and
    "geestelijke gezondheidszorg": a search for one finds pages that use any of them."""

    language = models.CharField(_("language"), max_length=12, choices=settings.LANGUAGES)
    terms = models.CharField(
        _("words with the same meaning"),
        max_length=500,
        help_text=_(
            "Separate them with commas, e.g. 'ggz, geestelijke gezondheidszorg'. A term may "
            "be several words; it then matches as a phrase."
        ),
    )

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        ordering = ["language", "terms"]
        verbose_name = _("synonyms")
        verbose_name_plural = _("synonyms")

    def __str__(self):
        return self.terms

    @property
    def term_list(self):
        return [term.strip() for term in self.terms.split(",") if term.strip()]


class SearchQueryDay(models.Model):
    """How often a query was searched on one day, in one language, and what it found.

    Nothing about the visitor is kept: no address, no user, no session, not even the time.
    """

    day = models.DateField(_("day"))
    language = models.CharField(_("language"), max_length=12)
    query = models.CharField(_("search query"), max_length=200)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["day", "language", "query"], name="search_query_once_a_day"
            )
        ]
        indexes = [models.Index(fields=["day"], name="search_query_day")]
        verbose_name = _("search query per day")
        verbose_name_plural = _("search queries per day")

    def __str__(self):
        return f"{self.day} {self.language} {self.query}"
