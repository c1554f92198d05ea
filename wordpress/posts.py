"""A WordPress post as a NewsPage: its fields, body, themes, keywords and old addresses.

Idempotent by the post's WordPress id (ImportedItem): a post whose source is unchanged is
passed over; a changed one gets a new revision only when the result differs from what the
page holds; a page that staff edited since the import is left alone and reported.
"""

import datetime
import hashlib
import html
import json
from contextlib import contextmanager

from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelsearch.signal_handlers import post_save_signal_handler as search_index_on_save
from wagtail.models import ReferenceIndex
from wagtail.search import index
from wagtail.signal_handlers import disable_reference_index_auto_update

from news.models import NewsPage
from news.models.news import NewsPageParticipant, NewsPageTheme
from wordpress.convert import convert_content
from wordpress.models import ImportedItem
from wordpress.redirects import old_post_paths
from wordpress.taxonomy import tags_named
from wordpress.text import (
    opens_with_image,
    plain_text,
    shorten,
    split_credit,
    take_lead,
)

# Raise when the conversion changes, so that the next run rewrites unchanged posts too.
CONVERSION_VERSION = "2"
# Private and trashed posts are never made public; a password-protected post neither.
NOT_PUBLIC = {"private", "trash", "auto-draft", "inherit"}
TITLE_MAX_LENGTH = NewsPage._meta.get_field("title").max_length
CAPTION_MAX_LENGTH = NewsPage._meta.get_field("image_caption").max_length
CREDIT_MAX_LENGTH = NewsPage._meta.get_field("image_credit").max_length


class PostWriter:
    def __init__(self, run):
        self.run = run  # the WordPressImport: report, index, media, links, redirects, matchers
        self.report = run.report

    def write(self, item):
        """Import, update or skip one post; counts the outcome in the report."""
        title = _clean_title(item.title)
        context = f"post {item.wp_id} “{title or '(no title)'}”"
        record = ImportedItem.objects.filter(site=self.run.site, wp_id=item.wp_id).first()
        page = record.page.specific if record and record.page_id else None
        self.report.comments += item.comments
        if item.status in NOT_PUBLIC or item.password:
            reason = item.status if item.status in NOT_PUBLIC else "password-protected"
            if page is not None and page.live:
                page.unpublish()
                self.report.count("post", f"withdrawn (now {reason} on the old site)")
            else:
                self.report.count("post", f"skipped: {reason}")
            return
        source = _digest(CONVERSION_VERSION, self.run.language, item)
        if page is not None and record.source_checksum == source and record.complete:
            self.report.count("post", "unchanged")
            return
        if page is not None and page.latest_revision_id != record.revision_id:
            self.report.count("post", "kept: edited on the new site since the import")
            return
        fields = self._fields(item, title, context, page)
        if page is not None and _state(page.get_latest_revision_as_object()) == _state_of(fields):
            outcome = "unchanged"
        else:
            page, outcome = self._save(page, item, fields)
        record = record or ImportedItem(site=self.run.site, wp_id=item.wp_id, kind="post")
        record.page, record.revision_id = page, page.latest_revision_id
        record.source_checksum = source
        record.complete = self.run.media.missing_here == 0
        record.pending_links = "\n".join(dict.fromkeys(self.run.links.pending))
        record.links_pending = bool(record.pending_links)
        record.save()
        self.run.redirects.point(old_post_paths(item, self.run.site), page=page)
        self.report.count("post", outcome)

    def _fields(self, item, title, context, page):
        self.run.media.start(context)
        self.run.links.start()
        conversion = convert_content(item.content, self.run.resolver)
        self.report.kept_as_text.update(conversion.kept_as_text)
        self.report.unknown_shortcodes.update(conversion.unknown_shortcodes)
        lead, blocks = take_lead(conversion.blocks, item.excerpt)
        if not title:
            title = shorten(lead, 80) or f"Bericht {item.wp_id}"
            self.report.problems.add(f"{context}: no title; imported as “{title}”")
        if len(title) > TITLE_MAX_LENGTH:
            title = shorten(title, TITLE_MAX_LENGTH)
            self.report.problems.add(f"{context}: title shortened to 255 characters")
        if not lead:
            lead = title  # NewsPage needs a lead; a post with no text at all has only this
            self.report.problems.add(f"{context}: no text; the title is the lead")
        image_id, caption, credit = self._featured_image(item)
        if opens_with_image(blocks, image_id):
            opening = blocks.pop(0)["value"]
            caption = caption or shorten(opening["caption"], CAPTION_MAX_LENGTH)
            credit = credit or shorten(opening["credit"], CREDIT_MAX_LENGTH)
        themes = self.run.themes.themes_for(item.categories, self.report)
        if not themes:
            self.report.without_theme.add(context)
        names = [name for _, name in item.tags]
        return {
            "title": title,
            "slug": self._free_slug(item, title, page, context),
            "date": (item.date or timezone.localtime()).date(),
            "lead": lead,
            "image_id": image_id,
            "image_caption": caption,
            "image_credit": credit,
            "body": blocks,
            "themes": [theme.pk for theme in themes],
            "participants": [
                participant.pk
                for participant in self.run.participants.participants_for(
                    names + [name for _, name in item.categories]
                )
            ],
            "tags": tags_named(names),
            "live": item.status == "publish",
        }

    def _featured_image(self, item):
        thumbnail = item.meta.get("_thumbnail_id", "").strip()
        image = self.run.media.image(int(thumbnail), "") if thumbnail.isdigit() else None
        if image is None:
            return None, "", ""
        caption, credit = split_credit(image.caption)
        return image.id, shorten(caption, CAPTION_MAX_LENGTH), shorten(credit, CREDIT_MAX_LENGTH)

    def _free_slug(self, item, title, page, context):
        """The post's own slug when no other news item has it, else with -2, -3, …"""
        base = slugify(item.slug or title, allow_unicode=True)[:240] or f"bericht-{item.wp_id}"
        siblings = NewsPage.objects.child_of(self.run.index).filter(slug__startswith=base)
        taken = set(siblings.exclude(pk=page.pk if page else None).values_list("slug", flat=True))
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        if slug != base and item.slug:
            self.report.problems.add(f"{context}: slug “{base}” already used; now “{slug}”")
        return slug

    def _save(self, page, item, fields):
        is_new = page is None
        if is_new:
            page = NewsPage(locale=self.run.index.locale, live=False)
        for name in ("title", "slug", "date", "lead", "image_id", "image_caption"):
            setattr(page, name, fields[name])
        page.image_credit, page.body = fields["image_credit"], fields["body"]
        page.theme_links = [NewsPageTheme(theme_id=pk) for pk in fields["themes"]]
        page.participant_links = [
            NewsPageParticipant(participant_id=pk) for pk in fields["participants"]
        ]
        page.keywords.set(fields["tags"])
        if item.status == "future" and item.date_gmt:
            page.go_live_at = _aware(item.date_gmt, datetime.UTC)
        with indexed_once(page):
            if is_new:
                page.first_published_at = _published_at(item)
                self.run.index.add_child(instance=page)
            revision = page.save_revision(log_action=True)
            if item.status in ("publish", "future"):
                revision.publish()
                page.refresh_from_db(fields=["live", "latest_revision"])
                scheduled = item.status == "future" and not page.live
                outcome = "scheduled" if scheduled else ("imported" if is_new else "updated")
            else:
                if page.live:
                    page.unpublish()
                outcome = "imported as draft" if is_new else "updated (a draft)"
        return page, outcome


@contextmanager
def indexed_once(page):
    """Wagtail updates its search index and its reference index on every save of a page,
    and writing one (creating it, saving a revision, publishing) saves it three times: this
    has both done once, afterwards. It halved the time an import takes (bench/)."""
    model = type(page)
    connected = post_save.disconnect(search_index_on_save, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        if connected:
            post_save.connect(search_index_on_save, sender=model)
    index.insert_or_update_object(page)
    ReferenceIndex.create_or_update_for_object(page)


def _clean_title(title):
    return " ".join(plain_text(html.unescape(title)).split())


def _aware(moment, zone):
    return timezone.make_aware(moment, zone) if timezone.is_naive(moment) else moment


def _published_at(item):
    if item.date_gmt:
        return _aware(item.date_gmt, datetime.UTC)
    if item.date:
        return _aware(item.date, timezone.get_current_timezone())
    return None


def _digest(version, language, item):
    parts = [version, language, item.title, item.slug, item.status, item.content, item.excerpt]
    parts += [str(item.date), item.link, item.guid, item.password]
    parts += [json.dumps([item.categories, item.tags, item.meta.get("_thumbnail_id", "")])]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _state(page):
    """What the import writes, as the page (its latest revision) has it now."""
    return {
        "title": page.title,
        "slug": page.slug,
        "date": str(page.date),
        "lead": page.lead,
        "image": page.image_id,
        "caption": page.image_caption,
        "credit": page.image_credit,
        "body": [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data],
        "themes": [link.theme_id for link in page.theme_links.all()],
        "participants": [link.participant_id for link in page.participant_links.all()],
        "tags": sorted(tag.pk for tag in page.keywords.all()),
        "live": page.live,
    }


def _state_of(fields):
    return {
        "title": fields["title"],
        "slug": fields["slug"],
        "date": str(fields["date"]),
        "lead": fields["lead"],
        "image": fields["image_id"],
        "caption": fields["image_caption"],
        "credit": fields["image_credit"],
        "body": fields["body"],
        "themes": fields["themes"],
        "participants": fields["participants"],
        "tags": sorted(tag.pk for tag in fields["tags"]),
        "live": fields["live"],
    }
