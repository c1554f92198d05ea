"""Build the bilingual demo site. Safe to run again: it only adds what is missing.

Dutch pages are built first, under the Dutch home page that is the default site's root;
then snippets and pages are translated into English through wagtail-localize's own records
(core.translation), top-down, so staff can open and edit every translation in the admin.
"""

import datetime
import html
import time

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.rich_text import RichText

from core.models import KeywordName, SiteTexts
from core.translation import translate_page
from events import demo as demo_events
from events.models import EventIndexPage, EventPage
from home import demo_data, demo_files, demo_news
from home.demo_data import T
from home.models import HomePage, HomePageFeatured
from news.models import (
    NewsIndexPage,
    NewsPage,
    NewsPageTheme,
    PublicationIndexPage,
    PublicationPage,
    PublicationTheme,
    PublicationType,
)
from news.models.news import NewsPageParticipant
from participants.models import ParticipantIndexPage, ParticipantPage, ParticipantTheme, Sector
from reactions.demo import add_demo_reactions
from themes.models import ThemeIndexPage, ThemePage

INDEX_MODELS = {
    "themes": ThemeIndexPage,
    "news": NewsIndexPage,
    "publications": PublicationIndexPage,
    "participants": ParticipantIndexPage,
}
# The page types in the order they are translated: parents before children.
PAGE_MODELS = [
    HomePage,
    *INDEX_MODELS.values(),
    ThemePage,
    ParticipantPage,
    PublicationPage,
    NewsPage,
    EventIndexPage,
    EventPage,
]


def escaped(text):
    """Text as wagtail-localize stores a segment: HTML with &, < and > escaped."""
    return html.escape(text, quote=False)


def rich_text(*paragraphs):
    return "".join(f"<p>{escaped(paragraph)}</p>" for paragraph in paragraphs)


def translations(*values):
    """The Dutch -> English map for translate_page, from every T in `values` (also inside
    dicts and lists). Other strings (names, keywords) map to themselves, so every segment of
    a demo page gets a translation record, even where both languages agree."""
    mapping = {}

    def collect(value):
        if isinstance(value, T):
            mapping[escaped(value.nl)] = escaped(value.en)
        elif isinstance(value, str):
            mapping.setdefault(escaped(value), escaped(value))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list | tuple):
            for item in value:
                collect(item)

    collect(values)
    mapping.pop("", None)
    return mapping


def morning_of(date):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))


class DemoSite:
    """Builds the Dutch pages, then their English translations, adding only what is missing."""

    def __init__(self):
        self.dutch = Locale.objects.get_or_create(language_code="nl")[0]
        self.english = Locale.objects.get_or_create(language_code="en")[0]
        self.collection = demo_files.demo_collection()
        self.created = 0
        # (Dutch page, translations), parents first, for the English pass.
        self.to_translate = []

    def build(self):
        home = self.dutch_home()
        self.site_settings()
        self.sectors = {
            name.nl: self.snippet(Sector, name, sort_order=i)
            for i, name in enumerate(demo_data.SECTORS)
        }
        self.types = {
            name.nl: self.snippet(PublicationType, name) for name in demo_data.PUBLICATION_TYPES
        }
        indexes = {key: self.index_page(home, key) for key in INDEX_MODELS}
        self.themes = {t["slug"].nl: self.theme(indexes["themes"], t) for t in demo_data.THEMES}
        self.participants = {
            p["name"]: self.participant(indexes["participants"], p) for p in demo_data.PARTICIPANTS
        }
        self.publications = {
            p["slug"].nl: self.publication(indexes["publications"], p)
            for p in demo_news.PUBLICATIONS
        }
        news = {n["slug"].nl: self.news_item(indexes["news"], n) for n in demo_news.NEWS}
        demo_events.build(self, home)  # the agenda and its events (events/demo.py)
        featured_now = self.feature(
            home, {"theme": self.themes, "news": news, "publication": self.publications}
        )
        self.translate(retranslate_home=featured_now)

    # Dutch pages and snippets

    def dutch_home(self):
        home = HomePage.objects.filter(locale=self.dutch).first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's first migration leaves a placeholder welcome page where the home belongs.
            Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
            home = self.add(
                root,
                HomePage(
                    title=demo_data.HOME["title"].nl,
                    slug=demo_data.HOME["slug"].nl,
                    intro=rich_text(demo_data.HOME["intro"].nl),
                ),
            )
            # The address `make run` serves on, so canonical URLs and the sitemap work there.
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "hostname": "127.0.0.1",
                    "port": 8000,
                    "root_page": home,
                    "site_name": "Radicale vernieuwing",
                },
            )
        self.to_translate.append((home, translations(demo_data.HOME)))
        return home

    def site_settings(self):
        texts = SiteTexts.objects.filter(locale=self.dutch).first()
        if texts is None:
            texts = SiteTexts.objects.create(
                locale=self.dutch,
                **{field: text.nl for field, text in demo_data.SITE_TEXTS.items()},
            )
            self.created += 1
        if not texts.has_translation(self.english):
            strings = {text.nl: text.en for text in demo_data.SITE_TEXTS.values()}
            translate_page(texts, self.english, strings)
            self.created += 1

    def snippet(self, model, name, **fields):
        """A translatable snippet found by its Dutch name, with its English translation."""
        snippet = model.objects.filter(locale=self.dutch, name=name.nl).first()
        if snippet is None:
            snippet = model.objects.create(locale=self.dutch, name=name.nl, **fields)
            self.created += 1
        if not snippet.has_translation(self.english):
            translate_page(snippet, self.english, translations(name))
            self.created += 1
        return snippet

    def add(self, parent, page):
        """Add and publish `page` under `parent`."""
        page.locale = self.dutch
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def page(self, parent, model, slug, build, texts):
        """The child of `parent` with this Dutch slug; `build()` makes it if it is missing."""
        page = model.objects.child_of(parent).filter(slug=slug).first()
        if page is None:
            page = self.add(parent, build())
        self.to_translate.append((page, texts))
        return page

    def image(self, title, label, colour):
        return demo_files.stored_image(
            title, lambda: demo_files.photo_bytes(title, label, colour), self.collection
        )

    def index_page(self, home, key):
        data = demo_data.INDEX_PAGES[key]
        return self.page(
            home,
            INDEX_MODELS[key],
            data["slug"].nl,
            lambda: INDEX_MODELS[key](
                title=data["title"].nl,
                slug=data["slug"].nl,
                intro=rich_text(data["intro"].nl),
                show_in_menus=True,
            ),
            translations(data),
        )

    def theme(self, index, data):
        return self.page(
            index,
            ThemePage,
            data["slug"].nl,
            lambda: ThemePage(
                title=data["title"].nl,
                slug=data["slug"].nl,
                intro=data["intro"].nl,
                is_central=data["is_central"],
                image=self.image(data["title"].nl, "Thema", data["colour"]),
                body=[("paragraph", RichText(rich_text(data["body"].nl)))],
            ),
            translations(data),
        )

    def participant(self, index, data):
        slug = slugify(data["name"])
        return self.page(
            index,
            ParticipantPage,
            slug,
            lambda: ParticipantPage(
                title=data["name"],
                slug=slug,
                sector=self.sectors[data["sector"]],
                region=data["region"],
                city=data["city"].nl,
                description=data["description"].nl,
                theme_links=[ParticipantTheme(theme=self.themes[s]) for s in data["themes"]],
            ),
            translations(data, slug),
        )

    def publication(self, index, data):
        title, kind = data["title"].nl, data["type"]

        def build():
            summary = [paragraph.nl for paragraph in data["summary"]]
            page = PublicationPage(
                title=title,
                slug=data["slug"].nl,
                date=data["date"],
                first_published_at=morning_of(data["date"]),
                publication_type=self.types[kind],
                document=demo_files.stored_document(
                    title,
                    lambda: demo_files.pdf_bytes(
                        title,
                        kind,
                        data["date"].strftime("%m-%Y"),
                        " ".join(summary),
                        " ".join(paragraph.en for paragraph in data["summary"]),
                        data["colour"],
                    ),
                    self.collection,
                ),
                cover=demo_files.stored_image(
                    f"Omslag {title}",
                    lambda: demo_files.cover_bytes(title, kind, data["colour"]),
                    self.collection,
                ),
                summary=rich_text(*summary),
                theme_links=[PublicationTheme(theme=self.themes[s]) for s in data["themes"]],
            )
            page.keywords.add(*data["keywords"])
            return page

        return self.page(index, PublicationPage, data["slug"].nl, build, translations(data))

    def news_item(self, index, data):
        def build():
            page = NewsPage(
                title=data["title"].nl,
                slug=data["slug"].nl,
                date=data["date"],
                first_published_at=morning_of(data["date"]),
                lead=data["lead"].nl,
                image=self.image(data["title"].nl, f"Nieuws {data['date'].year}", data["colour"]),
                image_caption=data["caption"].nl,
                image_credit=data["credit"].nl,
                body=[self.news_block(block, data) for block in data["body"]],
                theme_links=[NewsPageTheme(theme=self.themes[s]) for s in data["themes"]],
                participant_links=[
                    NewsPageParticipant(participant=self.participants[name])
                    for name in data["participants"]
                ],
                publication=self.publications.get(data["publication"]),
            )
            page.keywords.add(*data["keywords"])
            return page

        return self.page(index, NewsPage, data["slug"].nl, build, translations(data))

    def news_block(self, block, item):
        text = block["text"].nl
        if block["type"] == "paragraph":
            return ("paragraph", RichText(rich_text(text)))
        if block["type"] == "heading":
            return ("heading", {"text": text, "level": "h2"})
        if block["type"] == "quote":
            return ("quote", {"text": text, "speaker": block["by"].nl, "role": block["role"].nl})
        image = self.image(text, f"Nieuws {item['date'].year}", item["colour"])
        return ("image", {"image": image, "caption": text, "credit": item["credit"].nl})

    def feature(self, home, pages_by_kind):
        """Highlight a theme, a news item and a publication on the home page, once."""
        if home.featured_links.exists():
            return False
        for kind, slug in demo_news.FEATURED:
            home.featured_links.add(HomePageFeatured(page=pages_by_kind[kind][slug]))
        home.save_revision().publish()
        return True

    # English

    def translate(self, retranslate_home):
        for page, texts in self.to_translate:
            # The home page is translated again when its highlights were just added, so the
            # English home has them too.
            missing = not page.has_translation(self.english)
            if missing or (retranslate_home and isinstance(page, HomePage)):
                translate_page(page, self.english, texts)
                self.created += missing
        self.translate_keywords()

    def translate_keywords(self):
        """Give every Dutch keyword its English name, once."""
        dutch_names = KeywordName.objects.filter(locale=self.dutch).exclude(
            translation_key__in=KeywordName.objects.filter(locale=self.english).values(
                "translation_key"
            )
        )
        for keyword in dutch_names:
            english = demo_data.KEYWORDS_EN.get(keyword.name, keyword.name)
            translate_page(keyword, self.english, {keyword.name: english, keyword.slug: english})
            self.created += 1


class Command(BaseCommand):
    help = "Load the demo content (Dutch pages and their English translations), idempotently."

    def handle(self, *args, **options):
        started = time.monotonic()
        with transaction.atomic():
            site = DemoSite()
            site.build()
            site.created += add_demo_reactions()
        seconds = time.monotonic() - started
        self.stdout.write(self.summary())
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content is in place: {site.created} objects added in {seconds:.1f} s."
            )
        )

    def summary(self):
        """What exists now: pages per type and language (live ones in brackets), and the rest."""
        lines = ["Pages (Dutch / English, live in brackets):"]
        for model in PAGE_MODELS:
            counts = []
            for code in ("nl", "en"):
                pages = model.objects.filter(locale__language_code=code)
                counts.append(f"{pages.count()} ({pages.live().count()})")
            lines.append(f"  {model.__name__}: {' / '.join(counts)}")
        central = ThemePage.objects.filter(locale__language_code="nl", is_central=True).count()
        lines.append(f"  of which central themes: {central}")
        lines.append(
            f"Snippets: {Sector.objects.count()} sectors, {PublicationType.objects.count()} "
            "publication types (both languages)"
        )
        lines.append(
            f"Files: {get_image_model().objects.count()} images, "
            f"{get_document_model().objects.count()} documents"
        )
        return "\n".join(lines)
