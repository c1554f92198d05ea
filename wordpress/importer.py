"""The WordPress import as a whole: reading the export in passes, writing item by item.

1. A read-only pass checks that the whole file is well-formed (so a broken file writes
   nothing) and collects the categories and tags.
2. The site's own old addresses: the feed, the news archives, the category pages.
3. Attachments become images and documents.
4. Posts become news pages; pages and other item types are counted and reported.
5. Links to articles that came later in the file become page links; tag pages redirect.

Each item is written in its own transaction: one odd post is reported and the rest goes
on. A dry run does all of it inside one transaction that is rolled back, and removes the
files it stored, so it reports exactly what an import would do and leaves nothing behind.
"""

import contextlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from taggit.models import Tag
from wagtail.models import Locale, ReferenceIndex

from core.models import KeywordName
from news.models import NewsIndexPage
from wordpress.media import MediaLibrary
from wordpress.models import ImportedItem
from wordpress.posts import PostWriter
from wordpress.redirects import OldSiteLinks, RedirectBook
from wordpress.report import Report
from wordpress.taxonomy import ParticipantMatcher, ThemeMatcher, read_theme_map
from wordpress.wxr import Item, Site, Term, read_export

BATCH_SIZE = 100


class ImportSetupError(Exception):
    """The site is not ready for this import (no such language, no news overview)."""


@dataclass
class ImportOptions:
    export: Path
    media_dir: Path | None = None
    language: str = "nl"
    theme_map: Path | None = None
    dry_run: bool = False


class _Resolver:
    """What the converter asks the site: images, documents and links."""

    def __init__(self, media, links):
        self.image = media.image
        self.document = media.document
        self.link = links.link


class WordPressImport:
    def __init__(self, options, progress=None):
        self.options = options
        self.language = options.language
        self.progress = progress or (lambda stage, done, total: None)
        self.report = Report(
            export=Path(options.export).name, language=options.language, dry_run=options.dry_run
        )
        self.files_written = []

    def run(self):
        """Import the export and return the report."""
        self._prepare()
        site, categories, tags = self._scan()
        self.site = site.host
        self.report.source = f"WXR {site.wxr_version}, {site.base_url}"
        self.media = MediaLibrary(
            self.site, self.options.media_dir, self.report, self.files_written
        )
        self.redirects = RedirectBook(self.report)
        self.links = OldSiteLinks(self.site, self.redirects, self.media, self.report)
        self.resolver = _Resolver(self.media, self.links)
        outer = transaction.atomic() if self.options.dry_run else contextlib.nullcontext()
        try:
            with outer:
                self._import(categories, tags)
                if self.options.dry_run:
                    transaction.set_rollback(True)
        finally:
            if self.options.dry_run:
                self._remove_files(0)
        return self.report

    def _prepare(self):
        locale = Locale.objects.filter(language_code=self.language).first()
        if locale is None:
            raise ImportSetupError(f"The site has no language “{self.language}”.")
        self.index = NewsIndexPage.objects.filter(locale=locale).first()
        if self.index is None:
            raise ImportSetupError(
                f"The site has no news overview in language “{self.language}” to import into."
            )
        mapping, fallback = (
            read_theme_map(self.options.theme_map) if self.options.theme_map else ({}, "")
        )
        self.themes = ThemeMatcher(locale, mapping, fallback)
        self.participants = ParticipantMatcher(locale)

    def _scan(self):
        """Read the whole file once without writing: it must be well-formed throughout."""
        site, categories, tags = None, {}, {}
        for entry in read_export(self.options.export, self._progress("Checking the export")):
            if isinstance(entry, Site):
                site = entry
            elif isinstance(entry, Term) and entry.taxonomy in ("category", "post_tag"):
                terms = categories if entry.taxonomy == "category" else tags
                terms[entry.slug] = entry
            elif isinstance(entry, Item):
                for slug, name in entry.categories:
                    categories.setdefault(slug, Term("category", slug, name))
                for slug, name in entry.tags:
                    tags.setdefault(slug, Term("post_tag", slug, name))
        return site, categories, tags

    def _progress(self, stage):
        total = Path(self.options.export).stat().st_size
        return lambda done: self.progress(stage, done, total)

    def _items(self, stage):
        """The export's items, in groups of BATCH_SIZE that share one transaction: a commit
        per item cost a fifth of the time on SQLite. Each item still has its own savepoint
        (_each), so one that fails is undone alone."""
        entries = read_export(self.options.export, self._progress(stage))
        while True:
            with transaction.atomic():
                for entry in entries:
                    if isinstance(entry, Item):
                        yield entry
                        if self._batch_full():
                            break
                else:
                    return

    def _import(self, categories, tags):
        self._in_transaction(self._site_redirects, categories)
        for item in self._items("Media"):
            if item.post_type == "attachment":
                self._each(item, lambda item: self.report.count(
                    "attachment", self.media.import_attachment(item)
                ))  # fmt: skip
        posts = PostWriter(self)
        for item in self._items("Articles"):
            if item.post_type == "post":
                self._each(item, posts.write)
            elif item.post_type == "page":
                self._wordpress_page(item)
            elif item.post_type != "attachment":
                self.report.count(item.post_type, "skipped")
        self._in_transaction(self._rewrite_pending_links)
        self._in_transaction(self._tag_redirects, tags)

    def _batch_full(self):
        self._in_batch = getattr(self, "_in_batch", 0) + 1
        if self._in_batch < BATCH_SIZE:
            return False
        self._in_batch = 0
        return True

    def _in_transaction(self, step, *args):
        with transaction.atomic():
            step(*args)

    def _each(self, item, write):
        """Write one item in its own transaction; an item that fails is reported, and the
        import goes on. This is the one place that catches every error, on purpose: bad
        input in one post must never stop an import of thousands."""
        first_file = len(self.files_written)
        try:
            with transaction.atomic():
                write(item)
        except Exception as error:  # noqa: BLE001 (reported, see above)
            self._remove_files(first_file)
            self.report.count(item.post_type, "failed")
            self.report.problems.add(
                f"{item.post_type} {item.wp_id} “{item.title[:80]}”: not imported: "
                f"{type(error).__name__}: {str(error)[:300]}"
            )
        else:
            if not self.options.dry_run:
                del self.files_written[:]  # written: the files belong to the site now

    def _remove_files(self, first):
        for name in self.files_written[first:]:
            default_storage.delete(name)
        del self.files_written[first:]

    def _wordpress_page(self, item):
        if item.status in ("publish", "future"):
            self.report.count("page", "not imported")
            self.report.pages_not_imported.add(f"“{item.title}”: {item.link}")
        else:
            self.report.count("page", f"skipped: {item.status}")

    def _site_redirects(self, categories):
        with translation.override(self.language):
            feed, atom = reverse("news-feed-rss"), reverse("news-feed-atom")
        self.redirects.point(["/feed/", "/feed/rss2/"], link=feed)
        self.redirects.point(["/feed/atom/"], link=atom)
        self.redirects.point(settings.WORDPRESS_OLD_NEWS_PATHS, page=self.index)
        for term in categories.values():
            theme, _ = self.themes.theme_for(term.slug, term.name)
            if theme is None or not term.slug:
                continue
            path = "/category/" + "/".join(_category_path(term, categories)) + "/"
            self.redirects.point([path], page=theme)
            try:
                with translation.override(self.language):
                    theme_feed = reverse("theme-feed-rss", kwargs={"theme": theme.slug})
            except NoReverseMatch:
                continue
            self.redirects.point([path + "feed/"], link=theme_feed)

    def _tag_redirects(self, tags):
        locale_names = dict(
            KeywordName.objects.filter(locale__language_code=self.language).values_list(
                "tag_id", "slug"
            )
        )
        for term in tags.values():
            tag = Tag.objects.filter(name__iexact=" ".join(term.name.split())).first()
            if tag is None or not term.slug:
                continue
            try:
                with translation.override(self.language):
                    url = reverse("keyword", kwargs={"slug": locale_names.get(tag.pk, tag.slug)})
            except NoReverseMatch:
                self.report.problems.add(
                    f"tag “{term.name}”: no keyword address for /tag/{term.slug}/"
                )
                continue
            self.redirects.point([f"/tag/{term.slug}/"], link=url)

    def _rewrite_pending_links(self):
        records = ImportedItem.objects.filter(
            site=self.site, links_pending=True, page__isnull=False
        )
        for record in records.iterator():
            page = record.page.specific
            if page.latest_revision_id != record.revision_id:
                continue  # edited by staff since: their links stand
            pending = record.pending_links.split("\n")
            latest = page.get_latest_revision_as_object()
            body = list(latest.body.raw_data)
            changed, still_pending = self.links.rewrite_pending(body, pending, f"“{page.title}”")
            if changed:
                # The import's own revision, corrected in place: only link targets change,
                # so a second revision and publish would cost much and tell staff nothing.
                latest.body = body
                revision = page.latest_revision
                revision.content = latest.serializable_data()
                revision.save(update_fields=["content"])
                if page.live and page.live_revision_id == revision.pk:
                    page.body = body
                    type(page).objects.filter(pk=page.pk).update(body=page.body)
                # The text is the same, so the search indexes are; page links are new.
                ReferenceIndex.create_or_update_for_object(page)
            record.pending_links = "\n".join(still_pending)
            record.links_pending = bool(still_pending)
            record.save()


def _category_path(term, categories):
    """WordPress's category address holds its parents: /category/zorg/ouderenzorg/."""
    path, seen = [term.slug], {term.slug}
    while term.parent and term.parent in categories and term.parent not in seen:
        term = categories[term.parent]
        path.insert(0, term.slug)
        seen.add(term.slug)
    return path
