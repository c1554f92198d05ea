"""Search benchmark: a large bilingual corpus on PostgreSQL, the time to index it, and the
latency of a fixed set of searches with and without filters.

Run through `make bench` (bench/run starts a throwaway PostgreSQL when DATABASE_URL is not
set). The pages are inserted in bulk, not published one by one through Wagtail, which
would take the better part of an hour; the index is then built by `rebuild_index()`, the
code behind `manage.py rebuild_search_index`, so every page's text goes through the same
`document_for()` as a page published in the admin.
"""

import os
import random
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from unittest import mock
from urllib.parse import unquote_plus, urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402
from taggit.models import Tag  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402
from wagtail.rich_text import RichText  # noqa: E402

from bench.corpus_words import WORDS  # noqa: E402
from core.cache import cached_for_content as kept  # noqa: E402
from core.translation import translate_page  # noqa: E402
from home.models import HomePage  # noqa: E402
from news.models import (  # noqa: E402
    NewsIndexPage,
    NewsPage,
    NewsPageKeyword,
    NewsPageTheme,
    PublicationIndexPage,
    PublicationKeyword,
    PublicationPage,
    PublicationTheme,
    PublicationType,
)
from participants.models import (  # noqa: E402
    ParticipantIndexPage,
    ParticipantPage,
    ParticipantTheme,
    Sector,
)
from search import engine_postgres  # noqa: E402
from search.indexing import rebuild_index  # noqa: E402
from themes.models import ThemeIndexPage, ThemePage  # noqa: E402

PAGES_PER_LANGUAGE = int(os.environ.get("BENCH_PAGES", "20000"))
THEMES_PER_LANGUAGE = 20
KEYWORDS_PER_LANGUAGE = 120
YEARS = range(2012, 2026)
REPEATS = 7
BATCH = 2000
QUERIES = {
    "nl": [
        "zorg",
        "gemeenschap",
        "jeugdzorg",
        "burgerinitiatief",
        "dementie bewoners",
        '"zorgzame gemeenschap"',
        "wijk verpleging zorg",
        "organisatie",
        "gemenschap",
        "vrijwilligers in de buurt",
    ],
    "en": [
        "care",
        "community",
        "communities care",
        '"youth care"',
        "dementia",
        "neighbourhood volunteers",
        "organisation",
        "comunity",
        "residents",
        "learning together",
    ],
}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def build_site():
    """Home pages and sections in Dutch and English, and the themes, through Wagtail."""
    dutch = Locale.objects.get_or_create(language_code="nl")[0]
    english = Locale.objects.get_or_create(language_code="en")[0]
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = publish(root, HomePage(title="Radicale vernieuwing", slug="home", locale=dutch))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    english_home = translate_page(home, english, {"home": "home-en"})
    sites = {}
    for locale, parent in ((dutch, home), (english, english_home)):
        sections = {
            model: publish(parent, model(title=slug, slug=slug, locale=locale))
            for model, slug in [
                (ThemeIndexPage, f"themes-{locale.language_code}"),
                (NewsIndexPage, f"news-{locale.language_code}"),
                (PublicationIndexPage, f"publications-{locale.language_code}"),
                (ParticipantIndexPage, f"participants-{locale.language_code}"),
            ]
        }
        words = WORDS[locale.language_code]
        sections["themes"] = [
            publish(
                sections[ThemeIndexPage],
                ThemePage(title=title, intro=f"{title}. {title}.", locale=locale),
            )
            for title in words.themes[:THEMES_PER_LANGUAGE]
        ]
        sites[locale] = sections
    return sites


class Writer:
    """Random but repeatable text in one language, drawn from its word list."""

    def __init__(self, language, seed):
        self.words = WORDS[language]
        self.random = random.Random(seed)
        # Zipf-like: the first words of the list are the most frequent.
        self.weights = [1 / (rank + 1) for rank in range(len(self.words.common))]

    def sentence(self, length):
        chosen = self.random.choices(self.words.common, self.weights, k=length)
        return " ".join(chosen).capitalize() + "."

    def text(self, sentences, low=8, high=16):
        return " ".join(self.sentence(self.random.randint(low, high)) for _ in range(sentences))


def bulk_pages(model, parent, locale, count, fields_for):
    """`count` live pages of `model` under `parent`, inserted in bulk: the page rows with
    their tree paths, then the page type's own rows. They come after the children `parent`
    already has, so the corpus can be added to the demo site as well as to an empty one."""
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    existing = Page.objects.get(pk=parent.pk).numchild
    created = []
    for start in range(existing, existing + count, BATCH):
        pages = []
        for number in range(start + 1, min(start + BATCH, existing + count) + 1):
            fields = fields_for(number)
            slug = f"{model._meta.model_name}-{number}"
            pages.append(
                model(
                    title=fields.pop("title"),
                    draft_title="",
                    slug=slug,
                    path=Page._get_path(parent.path, parent.depth + 1, number),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=content_type,
                    locale=locale,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    translation_key=uuid.uuid4(),
                    **fields,
                )
            )
        bases = Page.objects.bulk_create([Page(**_base_fields(page)) for page in pages])
        for page, base in zip(pages, bases, strict=True):
            page.page_ptr_id = page.pk = base.pk
        model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
        created.extend(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=existing + count)
    return created


def _base_fields(page):
    return {field.attname: getattr(page, field.attname) for field in Page._meta.concrete_fields}


def build_corpus(sites):
    document = get_document_model()(title="Rapport", file=ContentFile(b"%PDF-1.4", "r.pdf"))
    document.save()
    for locale, sections in sites.items():
        build_language(locale, sections, document)


def build_language(locale, sections, document, writer=None):
    """PAGES_PER_LANGUAGE pages in one language: 70% news, 15% publications, the rest
    participants and themes, spread over the themes, YEARS and the keywords. `writer`: what
    writes their text (by default a Writer of the site's own words)."""
    language = locale.language_code
    writer = writer or Writer(language, seed=language)
    news_count = int(PAGES_PER_LANGUAGE * 0.7)
    publication_count = int(PAGES_PER_LANGUAGE * 0.15)
    participant_count = PAGES_PER_LANGUAGE - news_count - publication_count - THEMES_PER_LANGUAGE
    days = (date(YEARS.stop - 1, 12, 31) - date(YEARS.start, 1, 1)).days
    themes = sections["themes"]
    keywords = [
        Tag.objects.get_or_create(name=name, defaults={"slug": f"{language}-{number}"})[0]
        for number, name in enumerate(WORDS[language].keywords[:KEYWORDS_PER_LANGUAGE])
    ]
    kind = PublicationType.objects.create(name="Rapport", locale=locale)
    sector = Sector.objects.create(name=WORDS[language].sector, locale=locale)

    def dated(number):
        return date(YEARS.start, 1, 1) + timedelta(days=(number * 7919) % days)

    def paragraphs(count):
        return [("paragraph", RichText(f"<p>{writer.text(4)}</p>")) for _ in range(count)]

    news = bulk_pages(
        NewsPage,
        sections[NewsIndexPage],
        locale,
        news_count,
        lambda n: {
            "title": writer.sentence(6)[:-1],
            "lead": writer.text(2),
            "date": dated(n),
            "body": paragraphs(3),
        },
    )
    publications = bulk_pages(
        PublicationPage,
        sections[PublicationIndexPage],
        locale,
        publication_count,
        lambda n: {
            "title": writer.sentence(5)[:-1],
            "summary": f"<p>{writer.text(3)}</p>",
            "date": dated(n),
            "document": document,
            "publication_type": kind,
        },
    )
    participants = bulk_pages(
        ParticipantPage,
        sections[ParticipantIndexPage],
        locale,
        participant_count,
        lambda n: {
            "title": f"{writer.sentence(2)[:-1]} {n}",
            "description": writer.text(1),
            "body": paragraphs(1),
            "sector": sector,
            "region": "west",
            "city": writer.words.cities[n % len(writer.words.cities)],
        },
    )
    for pages, link_model in [
        (news, NewsPageTheme),
        (publications, PublicationTheme),
        (participants, ParticipantTheme),
    ]:
        link_model.objects.bulk_create(
            [
                link_model(page_id=page.pk, theme=themes[(page.pk + step) % len(themes)])
                for page in pages
                for step in range(1 + page.pk % 2)
            ],
            batch_size=BATCH,
        )
    for pages, keyword_model in [(news, NewsPageKeyword), (publications, PublicationKeyword)]:
        keyword_model.objects.bulk_create(
            [
                keyword_model(content_object_id=page.pk, tag=keywords[(page.pk * k) % 97])
                for page in pages
                for k in (1, 3)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, (time.perf_counter() - started) * 1000


def measure(client, urls, cold):
    """{url: [milliseconds, ...]} over REPEATS rounds, after one round to warm up. `cold`:
    every search ranks the archive again, as the first one after a publish does (searches
    are kept per content version; the rest of the page is as warm as usual); otherwise the
    same search repeated."""
    for url in urls:  # warm up: caches, and the day's first line in the query log
        assert client.get(url).status_code == 200, url
    times = {url: [] for url in urls}
    with mock.patch.object(engine_postgres, "cached_for_content", not_kept if cold else kept):
        for _ in range(REPEATS):
            for url in urls:
                response, milliseconds = timed(client.get, url)
                assert response.status_code == 200, url
                times[url].append(milliseconds)
    return times


def not_kept(key, compute):
    return compute()


def percentiles(times):
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def main():
    if connection.vendor != "postgresql":
        sys.exit("The benchmark needs PostgreSQL: set DATABASE_URL, or run `make bench`.")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    with transaction.atomic():
        sites = build_site()
        build_corpus(sites)
    print(f"corpus: {Page.objects.count()} pages, built in {time.perf_counter() - started:.0f} s")

    indexed, milliseconds = timed(rebuild_index)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"index build: {indexed} pages in {milliseconds / 1000:.1f} s")

    client = Client()
    themes = {locale.language_code: sections["themes"] for locale, sections in sites.items()}
    groups = {"without filters": [], "with filters": [], "completions": []}
    for language, queries in QUERIES.items():
        prefix = "/zoeken/" if language == "nl" else "/en/search/"
        theme_slugs = [theme.slug for theme in themes[language]]
        for number, q in enumerate(queries):
            groups["without filters"].append(f"{prefix}?{urlencode({'q': q})}")
            filters = [
                {"theme": theme_slugs[number % len(theme_slugs)]},
                {"type": "news", "year": "2020"},
                {"keyword": f"{language}-{number * 7 % 97}", "sort": "date"},
                {"theme": theme_slugs[0], "type": "publication", "page": "2"},
            ][number % 4]
            groups["with filters"].append(f"{prefix}?{urlencode({'q': q, **filters})}")
            typed = urlencode({"q": q.strip('"')[:4]})
            groups["completions"].append(f"{prefix}autocomplete/?{typed}")
    print(f"latency of the whole request, {REPEATS} rounds (ms):   p50     p95   slowest (median)")
    ranked = ("without filters", "with filters")
    runs = [(f"{name}, ranked afresh", groups[name], True) for name in ranked]
    runs += [(f"{name}, repeated", groups[name], False) for name in ranked]
    runs.append(("completions", groups["completions"], False))
    for name, urls, is_cold in runs:
        times = measure(client, urls, is_cold)
        p50, p95 = percentiles([ms for url_times in times.values() for ms in url_times])
        url, slowest = max(
            ((u, statistics.median(t)) for u, t in times.items()), key=lambda i: i[1]
        )
        print(f"  {name:<38} {p50:7.1f} {p95:7.1f}   {slowest:5.1f} {unquote_plus(url)}")


if __name__ == "__main__":
    main()
