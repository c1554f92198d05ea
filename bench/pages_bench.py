"""Page benchmark: what each page type costs at demo size and after the archive grows.

Loads the demo content, measures every page type in both languages (SQL queries, median
and p95 of the whole request in this process), then adds the search benchmark's corpus
(BENCH_PAGES pages per language, 20,000 by default) under the demo's own sections and
measures the same URLs again, so the growth shows side by side. Through gunicorn
(bench/served.py) the same pages are measured in requests per second.

Run through `make bench` (bench/run starts a throwaway PostgreSQL).
"""

import os
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
# In this process every page is rendered: the figures are the uncached cost.
os.environ.setdefault("PAGE_CACHE_SECONDS", "0")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from bench.search_bench import PAGES_PER_LANGUAGE, build_language  # noqa: E402
from bench.served import print_served, served_figures  # noqa: E402
from core.cache import bump_content_version  # noqa: E402
from core.keywords import localized_keywords  # noqa: E402
from news.models import NewsIndexPage, NewsPage, PublicationIndexPage  # noqa: E402
from participants.models import ParticipantIndexPage  # noqa: E402
from search import engine_postgres  # noqa: E402
from search.indexing import rebuild_index  # noqa: E402
from themes.models import ThemeIndexPage, ThemePage  # noqa: E402

REPEATS = int(os.environ.get("BENCH_REPEATS", "15"))
DEEP_PAGE = 500
SEARCH_WORD = {"nl": "zorg", "en": "care"}


def page_urls(language):
    """{page type: URL} in one language, all pages of the demo content, so that both sizes
    measure the same page. The deep list page is page 500 (the last one at demo size, with
    one item; its growth is measured from the first, full page: print_table)."""
    locale = Locale.objects.get(language_code=language)
    here = NewsPage.objects.live().filter(locale=locale)
    item = here.exclude(slug__startswith="newspage-").order_by("-date").first()
    news_list = NewsIndexPage.objects.get(locale=locale).url
    theme = ThemePage.objects.live().filter(locale=locale, is_central=True).first()
    keyword = localized_keywords(item.keywords.all(), locale.pk)[0]
    prefix = "" if language == "nl" else "/en"
    search = "/zoeken/" if language == "nl" else "/en/search/"
    feed = "/nieuws/feed/" if language == "nl" else "/en/news/feed/"
    keyword_path = "trefwoord" if language == "nl" else "keyword"
    return {
        "home": f"{prefix}/",
        "news list": news_list,
        f"news list ?page={DEEP_PAGE}": f"{news_list}?page={DEEP_PAGE}",
        "news item": item.url,
        "theme": theme.url,
        "keyword page": f"{prefix}/{keyword_path}/{keyword.local_slug}/",
        "feed": feed,
        "sitemap part": "/sitemap-pages.xml?p=1",
        "search": f"{search}?q={SEARCH_WORD[language]}",
    }


def measure(client, url):
    """(queries, median ms, p95 ms, first ms) of `url` over REPEATS requests, after a first
    one that refills what a publish made stale (core/cache.py); bench_publish() comes
    before the first URL."""
    started = time.perf_counter()
    response = client.get(url)
    first = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    queries = []

    def counted(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        client.get(url)
    times = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return len(queries), statistics.median(times), p95, first


def measure_all(urls):
    """Every URL measured after a publish, as visitors meet the site after each one."""
    bump_content_version()
    client = Client()
    figures = {key: measure(client, url) for key, url in urls.items()}
    # A search kept per content version is what the rows above measure; a new query, or
    # the first after a publish, ranks and counts afresh.
    with mock.patch.object(engine_postgres, "cached_for_content", lambda key, compute: compute()):
        for key, url in urls.items():
            if key.endswith(" search"):
                figures[f"{key}, ranked afresh"] = measure(client, url)
    return figures


def add_corpus(writer_class=None):
    """The benchmark corpus under the demo's sections, themes shared with the demo;
    `writer_class`: what writes its text (search_bench.Writer by default)."""
    for locale in Locale.objects.all():
        sections = {
            model: model.objects.get(locale=locale)
            for model in (ThemeIndexPage, NewsIndexPage, PublicationIndexPage, ParticipantIndexPage)
        }
        sections["themes"] = list(ThemePage.objects.filter(locale=locale).order_by("pk"))
        language = locale.language_code
        writer = writer_class(language, seed=language) if writer_class else None
        build_language(locale, sections, _any_document(), writer)
    rebuild_index()


def _any_document():
    from wagtail.documents import get_document_model

    return get_document_model().objects.order_by("pk").first()


def print_table(urls, *sizes):
    """One row per URL: queries, median and p95 at each size, the growth of the median,
    and the first request after a publish (which refills the lists kept per version)."""
    print(
        f"{'page':<28} {'queries':>9} {'median ms':>17} {'p95 ms':>17} {'growth':>7}"
        f" {'first after publish':>19}"
    )
    for key in sizes[0]:
        figures = [size[key] for size in sizes]
        queries = " ".join(f"{q:>4}" for q, _, _, _ in figures)
        medians = " ".join(f"{m:>8.1f}" for _, m, _, _ in figures)
        p95s = " ".join(f"{p:>8.1f}" for _, _, p, _ in figures)
        growth = ""
        if len(figures) > 1:
            # At demo size page DEEP_PAGE is the last page, with one item: a deep page of
            # a full list grows from a full page, the first.
            first = sizes[0][key.replace(f" ?page={DEEP_PAGE}", "")]
            growth = f"{figures[-1][1] / first[1]:>6.2f}x"
        firsts = " ".join(f"{f:>8.1f}" for _, _, _, f in figures)
        print(f"{key:<28} {queries:>9} {medians:>17} {p95s:>17} {growth:>7} {firsts:>19}")
    if len(sizes) > 1:
        print(
            f"(?page={DEEP_PAGE} grows from the first page: at demo size it is the last, one item)"
        )


def main():
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL, or run `make bench`.")
    call_command("migrate", verbosity=0)
    if os.environ.get("BENCH_EXISTING"):
        # A database this benchmark filled before: measure it as it is (after a change).
        urls = all_urls()
        print_table(urls, measure_all(urls))
        print_served(urls, served_figures(urls))
        return
    call_command("load_demo_content", verbosity=0)
    urls = all_urls()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    small = measure_all(urls)
    small_served = served_figures(urls)
    started = time.perf_counter()
    with transaction.atomic():
        add_corpus()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(
        f"added {PAGES_PER_LANGUAGE} pages per language in {time.perf_counter() - started:.0f} s;"
        f" {REPEATS} requests per URL, in this process"
    )
    print_table(urls, small, measure_all(urls))
    print_served(urls, small_served, served_figures(urls))


def all_urls():
    return {
        f"{language} {key}": url
        for language in ("nl", "en")
        for key, url in page_urls(language).items()
    }


if __name__ == "__main__":
    main()
