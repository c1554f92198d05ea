"""Reading a WordPress export (WXR 1.0 to 1.2) as a stream: one item in memory at a time.

WordPress's Tools → Export writes an RSS file with WordPress's own elements. The reader
yields the export's site details, its categories and tags, and its items (posts, pages,
attachments, menu items, …) one by one, clearing each from the tree once read, so a file of
many thousands of posts takes no more memory than its largest post. defusedxml refuses
entity declarations, so a "billion laughs" file cannot exhaust the machine either.
"""

import datetime
import email.utils
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

# WXR's namespaces by their prefix in the file; the version number in them varies (1.0–1.2).
_NAMESPACES = [
    (re.compile(r"^http://wordpress\.org/export/1\.\d+/excerpt/$"), "excerpt"),
    (re.compile(r"^http://wordpress\.org/export/1\.\d+/$"), "wp"),
    (re.compile(r"^http://purl\.org/rss/1\.0/modules/content/$"), "content"),
    (re.compile(r"^http://purl\.org/dc/elements/1\.1/$"), "dc"),
    (re.compile(r"^http://wellformedweb\.org/CommentAPI/$"), "wfw"),
]
# The depth of <item> and of the site's own elements: <rss> is 1, <channel> 2.
_CHANNEL_CHILD = 3


class ExportError(Exception):
    """The file is not a WordPress export that can be read; the message says where."""


@dataclass
class Site:
    base_url: str
    language: str
    wxr_version: str

    @property
    def host(self):
        return old_site_host(self.base_url)


@dataclass
class Term:
    """A category or tag as declared at the top of the export."""

    taxonomy: str  # "category" or "post_tag"
    slug: str
    name: str
    parent: str = ""  # a category's parent, by slug


@dataclass
class Item:
    """One <item>: a post, a page, an attachment or anything else WordPress exports."""

    wp_id: int
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    guid: str = ""
    slug: str = ""
    content: str = ""
    excerpt: str = ""
    date: datetime.datetime | None = None  # the site's local time, as WordPress shows it
    date_gmt: datetime.datetime | None = None
    modified_gmt: str = ""
    parent_id: int = 0
    password: str = ""
    attachment_url: str = ""
    categories: list = field(default_factory=list)  # [(slug, name)]
    tags: list = field(default_factory=list)  # [(slug, name)]
    meta: dict = field(default_factory=dict)
    comments: int = 0


def old_site_host(url):
    """The host of an old-site address without "www.", the same for http and https."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    return host.removeprefix("www.")


def _qualified(tag):
    """'{http://wordpress.org/export/1.2/}post_id' → 'wp:post_id'."""
    if not tag.startswith("{"):
        return tag
    namespace, _, name = tag[1:].partition("}")
    for pattern, prefix in _NAMESPACES:
        if pattern.match(namespace):
            return f"{prefix}:{name}"
    return name


def _text(element):
    return (element.text or "").strip() if element is not None else ""


def _children(element):
    """{qualified tag: text} of an element's direct children (the last one wins)."""
    return {_qualified(child.tag): child.text or "" for child in element}


def _int(value, default=0):
    try:
        return int(str(value).strip())
    except ValueError:
        return default


def parse_wordpress_date(value):
    """'2025-03-20 10:00:00' → a datetime; None for WordPress's '0000-00-00 00:00:00'."""
    try:
        return datetime.datetime.strptime(value.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _rss_date(value):
    try:
        return email.utils.parsedate_to_datetime(value).replace(tzinfo=None)
    except (TypeError, ValueError):
        return None


def slug_text(value):
    """WordPress stores non-ASCII slugs percent-encoded ('caf%c3%a9')."""
    return unquote(value.strip())


def _item(element):
    fields = _children(element)
    item = Item(
        wp_id=_int(fields.get("wp:post_id")),
        post_type=fields.get("wp:post_type", "").strip() or "post",
        status=fields.get("wp:status", "").strip() or "publish",
        title=fields.get("title", "").strip(),
        link=fields.get("link", "").strip(),
        guid=fields.get("guid", "").strip(),
        slug=slug_text(fields.get("wp:post_name", "")),
        content=fields.get("content:encoded", ""),
        excerpt=fields.get("excerpt:encoded", ""),
        date=parse_wordpress_date(fields.get("wp:post_date", ""))
        or _rss_date(fields.get("pubDate", "")),
        date_gmt=parse_wordpress_date(fields.get("wp:post_date_gmt", "")),
        modified_gmt=fields.get("wp:post_modified_gmt", "").strip(),
        parent_id=_int(fields.get("wp:post_parent")),
        password=fields.get("wp:post_password", "").strip(),
        attachment_url=fields.get("wp:attachment_url", "").strip(),
    )
    for child in element:
        tag = _qualified(child.tag)
        if tag == "category":
            pair = (slug_text(child.get("nicename", "")), _text(child))
            if child.get("domain") == "category":
                item.categories.append(pair)
            elif child.get("domain") == "post_tag":
                item.tags.append(pair)
        elif tag == "wp:postmeta":
            meta = _children(child)
            item.meta[meta.get("wp:meta_key", "").strip()] = meta.get("wp:meta_value", "")
        elif tag == "wp:comment":
            comment = _children(child)
            if comment.get("wp:comment_type", "").strip() in ("", "comment"):
                item.comments += 1
    return item


def _term(tag, element):
    fields = _children(element)
    if tag == "wp:category":
        return Term(
            "category",
            slug_text(fields.get("wp:category_nicename", "")),
            fields.get("wp:cat_name", "").strip(),
            slug_text(fields.get("wp:category_parent", "")),
        )
    if tag == "wp:tag":
        return Term(
            "post_tag",
            slug_text(fields.get("wp:tag_slug", "")),
            fields.get("wp:tag_name", "").strip(),
        )
    return Term(
        fields.get("wp:term_taxonomy", "").strip(),
        slug_text(fields.get("wp:term_slug", "")),
        fields.get("wp:term_name", "").strip(),
        slug_text(fields.get("wp:term_parent", "")),
    )


def read_export(path, on_progress=None):
    """Yield the export's Site (before its first item), each Term and each Item, in file order.

    `on_progress(bytes_read)` is called after each item. Raises ExportError, with the line
    and column, for a file that is not well-formed XML or not a WordPress export.
    """
    with open(path, "rb") as file:
        try:
            yield from _read(file, on_progress)
        except ParseError as error:
            line, column = error.position
            reason = str(error).split(":")[0]
            raise ExportError(
                f"{path}: not valid XML at line {line}, column {column + 1}: {reason}."
            ) from None
        except DefusedXmlException as error:
            raise ExportError(
                f"{path}: refused: the file declares XML entities or a DTD ({error}); "
                "a WordPress export never does."
            ) from None


def _read(file, on_progress):
    depth = 0
    channel = None
    site = {"base_url": "", "language": "", "wxr_version": ""}
    site_sent = False
    for event, element in iterparse(file, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth == 1 and _qualified(element.tag) != "rss":
                raise ExportError(
                    f"{file.name}: not a WordPress export: it starts with "
                    f"<{_qualified(element.tag)}>, not <rss>."
                )
            if depth == 2:
                channel = element
            continue
        closed_depth, depth = depth, depth - 1
        if closed_depth != _CHANNEL_CHILD or channel is None:
            continue
        tag = _qualified(element.tag)
        if tag == "item":
            if not site_sent:
                yield _site(file, site)
                site_sent = True
            yield _item(element)
            if on_progress:
                on_progress(file.tell())
        elif tag in ("wp:category", "wp:tag", "wp:term"):
            yield _term(tag, element)
        elif tag == "wp:wxr_version":
            site["wxr_version"] = _text(element)
        elif tag == "wp:base_site_url" or (tag == "link" and not site["base_url"]):
            site["base_url"] = _text(element)
        elif tag == "language":
            site["language"] = _text(element)
        # What is read is dropped from the tree, so memory stays flat however long the file.
        channel.remove(element)
        element.clear()
    if not site_sent:
        yield _site(file, site)


def _site(file, site):
    if not site["wxr_version"]:
        raise ExportError(
            f"{file.name}: not a WordPress export: no <wp:wxr_version> before the first item."
        )
    return Site(**site)
