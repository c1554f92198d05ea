"""Relevance benchmark: does a visitor's query put the article they look for near the top,
on the demo site and among BENCH_PAGES other pages per language?

The articles and queries are in bench/relevance_set.py. The other pages are written from
real word frequencies of Dutch and English (the `wordfreq` package: subtitles, Wikipedia,
news, web text) mixed with the site's own vocabulary, so that common words are common and
rare ones rare, as on a real site: text made only of the site's own words would make every
page look relevant to every query. For each query it prints the rank of the expected
article (up to MAX_RANK), and per language the share found in the top 3, the mean
reciprocal rank and the queries that found nothing.

Run through `make bench` (bench/run, on a throwaway PostgreSQL); BENCH_PAGES=0 measures
the demo size only. To try ranking changes quickly, keep a database that a full run
filled (DATABASE_URL) and run again with BENCH_REUSE=1: it migrates, rebuilds the index
from the pages already there and measures that size only.
"""

import os
import re
import sys
from html import unescape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from bench.pages_bench import add_corpus  # noqa: E402
from bench.relevance_set import (  # noqa: E402
    DUTCH_ARTICLES,
    DUTCH_QUERIES,
    ENGLISH_ARTICLES,
    ENGLISH_QUERIES,
)
from bench.search_bench import PAGES_PER_LANGUAGE, Writer  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402

MAX_RANK = 50
RESULTS_PER_PAGE = 10
# The share of words drawn from the site's own vocabulary rather than the language's.
SITE_WORDS_SHARE = 0.2
GENERAL_WORDS = 30_000
SEARCH_PATHS = {"nl": "/zoeken/", "en": "/en/search/"}
RESULT_TITLE = re.compile(r'<li class="search-result">.*?<h2><a [^>]*>(.*?)</a></h2>', re.S)


class FrequencyWriter(Writer):
    """Sentences of the language's own words at their real frequencies, one word in five
    from the site's vocabulary."""

    def __init__(self, language, seed):
        from wordfreq import top_n_list, word_frequency

        super().__init__(language, seed)
        self.general = top_n_list(language, GENERAL_WORDS)
        self.general_weights = [word_frequency(word, language) for word in self.general]

    def sentence(self, length):
        site = sum(self.random.random() < SITE_WORDS_SHARE for _ in range(length))
        chosen = self.random.choices(self.general, self.general_weights, k=length - site)
        chosen += self.random.choices(self.words.common, self.weights, k=site)
        self.random.shuffle(chosen)
        return " ".join(chosen).capitalize() + "."


def add_articles():
    """The benchmark's articles, published as news in their language."""
    for language, articles in (("nl", DUTCH_ARTICLES), ("en", ENGLISH_ARTICLES)):
        index = NewsIndexPage.objects.get(locale__language_code=language)
        for number, article in enumerate(articles):
            page = NewsPage(
                title=article.title,
                slug=f"relevantie-{number}",
                lead=article.lead,
                body=[("paragraph", RichText(f"<p>{text}</p>")) for text in article.paragraphs],
                date=index.get_children().live().first().specific.date,
                locale=index.locale,
            )
            index.add_child(instance=page)
            page.save_revision().publish()


def rank_of(client, language, query, expected):
    """The place of `expected` among the results of `query`, or None past MAX_RANK."""
    for page in range(1, MAX_RANK // RESULTS_PER_PAGE + 1):
        response = client.get(SEARCH_PATHS[language], {"q": query, "page": page})
        # Not a search page (no compiled translations: /zoeken/ is unknown) is no ranking.
        assert response.status_code == 200, (query, response.status_code)
        titles = [unescape(re.sub(r"<[^>]+>", "", t)) for t in RESULT_TITLE.findall(response.text)]
        if expected in titles:
            return (page - 1) * RESULTS_PER_PAGE + titles.index(expected) + 1
        if len(titles) < RESULTS_PER_PAGE:
            return None if titles or page > 1 else 0  # 0: nothing found at all
    return None


def measure():
    """{language: [(query, rank)]}: rank None past MAX_RANK, 0 when nothing was found."""
    client = Client()
    return {
        language: [(query, rank_of(client, language, query, title)) for query, title in queries]
        for language, queries in (("nl", DUTCH_QUERIES), ("en", ENGLISH_QUERIES))
    }


def summary(ranks):
    found = [rank for _, rank in ranks]
    top3 = sum(1 for rank in found if rank and rank <= 3)
    mrr = sum(1 / rank for rank in found if rank) / len(found)
    nothing = sum(1 for rank in found if rank == 0)
    share = f"{top3}/{len(found)} ({top3 / len(found):.0%})"
    return f"top 3: {share}  MRR {mrr:.2f}  nothing: {nothing}"


def print_ranks(label, sizes):
    print(f"\n{label}")
    for language in ("nl", "en"):
        for name, ranks in sizes:
            print(f"  {language} {name:<10} {summary(ranks[language])}")
        print(f"  {'query':<42}" + "".join(f"{name:>12}" for name, _ in sizes))
        rows = zip(*(ranks[language] for _, ranks in sizes), strict=True)
        for row in rows:
            places = "".join(f"{describe(rank):>12}" for _, rank in row)
            print(f"  {row[0][0]:<42}{places}")


def describe(rank):
    return "nothing" if rank == 0 else f">{MAX_RANK}" if rank is None else str(rank)


def main():
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL, or run `make bench`.")
    call_command("migrate", verbosity=0)
    if os.environ.get("BENCH_REUSE") and NewsPage.objects.filter(slug="relevantie-0").exists():
        from search.indexing import rebuild_index

        rebuild_index()
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        print_ranks(
            "Rank of the expected article per query (relevance_set.py)", [("as is", measure())]
        )
        return
    call_command("load_demo_content", verbosity=0)
    add_articles()
    sizes = [("demo", measure())]
    if PAGES_PER_LANGUAGE:
        with transaction.atomic():
            add_corpus(FrequencyWriter)  # the other pages in real words, at real frequencies
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        sizes.append((f"{PAGES_PER_LANGUAGE:,}", measure()))
    print_ranks("Rank of the expected article per query (relevance_set.py)", sizes)
    for locale in Locale.objects.all():
        pages = NewsPage.objects.filter(locale=locale).count()
        print(f"  {locale.language_code}: {pages} news items")


if __name__ == "__main__":
    main()
