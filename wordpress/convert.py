"""A WordPress article's HTML as the blocks of a page body (core/blocks.py's BodyBlock).

Both editors' output is read as HTML: block-editor content as it is (its <!-- wp:… -->
comments only mark where blocks begin), classic-editor content after classic.py has made
its paragraphs and expanded its shortcodes. Paragraphs, lists and tables become rich text;
headings, images with caption and credit, quotes, videos and downloads become their own
blocks. Whatever has no block of its own is kept as rich text and counted, never dropped.

The converter knows nothing of the database: a resolver (importer.py) turns image ids,
file addresses and links into what the site has.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from wordpress.classic import classic_to_html, is_video_url
from wordpress.text import plain_text, split_credit, text_of, video_url

HEADING_MAX_LENGTH = 120  # HeadingBlock's text

_INLINE_TAGS = {
    "a", "abbr", "b", "big", "br", "cite", "code", "del", "em", "font", "i", "ins", "kbd",
    "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
    "time", "tt", "u", "var", "img", "wbr",
}  # fmt: skip
_CONTAINERS = {"div", "section", "article", "main", "aside", "header", "footer", "center", "nav"}
_DROPPED = {"script", "style", "noscript", "template", "link", "meta"}
_NO_CONTENT = {"hr", "wbr"}
# The elements with a reading of their own (by method name of _BodyWriter).
_BLOCK_HANDLERS = {
    "p": "_p",
    "address": "_p",
    "ul": "_ul",
    "ol": "_ul",
    "table": "_table",
    "blockquote": "_blockquote",
    "figure": "_figure",
    "iframe": "_iframe",
    "pre": "_pre",
    "dl": "_dl",
    **{f"h{level}": "_heading" for level in range(1, 7)},
}
_ATTACHMENT_CLASS = re.compile(r"^wp-image-(\d+)$")
_QUOTE_SPEAKER = re.compile(r"^\s*[—–-]{1,2}\s*(\S.*)$")


@dataclass
class ImageRef:
    id: int
    caption: str = ""  # the attachment's own caption, for images placed without one


class Resolver(Protocol):
    def image(self, attachment_id: int | None, url: str) -> ImageRef | None: ...

    def document(self, url: str) -> int | None: ...

    def link(self, href: str) -> tuple[str, str | int] | None:
        """("page", id), ("document", id) or ("url", href); None drops an unsafe link."""


@dataclass
class Conversion:
    blocks: list = field(default_factory=list)  # StreamField data: [{"type", "value"}]
    kept_as_text: Counter = field(default_factory=Counter)  # what had no block of its own
    unknown_shortcodes: set = field(default_factory=set)


def convert_content(content, resolver):
    """The blocks of a page body from a post's content, classic or block editor."""
    conversion = Conversion()
    if "<!-- wp:" not in content:
        content, conversion.unknown_shortcodes = classic_to_html(content)
    soup = BeautifulSoup(content, "html.parser")
    _BodyWriter(resolver, conversion).write(soup.contents)
    return conversion


class _BodyWriter:
    """Walks the HTML once, adding blocks in order; runs of text become one paragraph block."""

    def __init__(self, resolver, conversion):
        self.resolver = resolver
        self.conversion = conversion
        self.rich = []  # rich text waiting to become one paragraph block
        self.inline = []  # loose inline nodes waiting to become one <p>

    # Output

    def add_rich(self, markup):
        self.flush_inline()
        if plain_text(markup) or "<a " in markup:
            self.rich.append(markup)

    def add_block(self, block_type, value):
        self.flush_inline()
        if self.rich:
            self.conversion.blocks.append({"type": "paragraph", "value": "".join(self.rich)})
            self.rich = []
        self.conversion.blocks.append({"type": block_type, "value": value})

    def keep_as_text(self, what, node):
        self.conversion.kept_as_text[what] += 1
        text = html.escape(text_of(node))
        if text:
            self.add_rich(f"<p>{text}</p>")

    def write(self, nodes):
        self._walk(list(nodes))
        self.flush_inline()
        if self.rich:
            self.conversion.blocks.append({"type": "paragraph", "value": "".join(self.rich)})

    # Reading

    def _walk(self, nodes):
        for node in nodes:
            if isinstance(node, Comment) or not isinstance(node, NavigableString | Tag):
                continue
            if isinstance(node, NavigableString):
                if str(node).strip():
                    self.inline.append(node)
                continue
            handler = _BLOCK_HANDLERS.get(node.name)
            if handler:
                getattr(self, handler)(node)
            elif node.name in _INLINE_TAGS:
                self.inline.append(node)
            elif node.name in _CONTAINERS:
                self._container(node)
            elif node.name in _DROPPED:
                self.conversion.kept_as_text[f"<{node.name}> (left out)"] += 1
            elif node.name not in _NO_CONTENT:
                self.keep_as_text(f"<{node.name}>", node)

    def flush_inline(self):
        if not self.inline:
            return
        nodes, self.inline = self.inline, []
        paragraph = BeautifulSoup("<p></p>", "html.parser").p
        for node in nodes:
            paragraph.append(node.extract() if node.parent else node)
        self._p(paragraph)

    def _container(self, node):
        classes = node.get("class") or []
        if "wp-shortcode-gallery" in classes:
            self._gallery_ids(node.get("data-ids", ""))
        elif "wp-block-file" in classes and node.find("a"):
            self._download(node.find("a"), fallback=node)
        else:
            self._walk(list(node.children))

    def _p(self, node):
        links = node.find_all("a")
        text = node.get_text(" ", strip=True)
        if len(links) == 1 and not node.find("img") and text == links[0].get_text(" ", strip=True):
            document = self.resolver.document(links[0].get("href", ""))
            if document:
                self.add_block("document", {"document": document, "title": text})
                return
        # Images and players inside a paragraph become blocks of their own, in their place.
        parts = []
        for child in list(node.children):
            media = _media_in(child)
            if media:
                if parts:
                    self.add_rich(f"<p>{''.join(parts).strip()}</p>")
                    parts = []
                for element in media:
                    self._img(element) if element.name == "img" else self._iframe(element)
                leftover = child.get_text(" ", strip=True) if isinstance(child, Tag) else ""
                if leftover and child.name != "img":
                    parts.append(html.escape(leftover))
            else:
                parts.append(self._inline(child))
        if parts:
            self.add_rich(f"<p>{''.join(parts).strip()}</p>")

    def _inline(self, node):
        if isinstance(node, Comment):
            return ""
        if isinstance(node, NavigableString):
            return html.escape(str(node), quote=False)
        if node.name in _DROPPED:
            self.conversion.kept_as_text[f"<{node.name}> (left out)"] += 1
            return ""
        inner = "".join(self._inline(child) for child in node.children)
        if node.name == "br":
            return "<br/>"
        if node.name in ("b", "strong") and inner.strip():
            return f"<b>{inner}</b>"
        if node.name in ("i", "em") and inner.strip():
            return f"<i>{inner}</i>"
        if node.name == "a":
            return self._link(node, inner)
        return inner

    def _link(self, node, inner):
        target = self.resolver.link(node.get("href", "").strip()) if inner.strip() else None
        if target is None:
            return inner
        kind, value = target
        if kind in ("page", "document"):
            return f'<a linktype="{kind}" id="{value}">{inner}</a>'
        return f'<a href="{html.escape(str(value))}">{inner}</a>'

    def _heading(self, node):
        text = text_of(node)
        if len(text) > HEADING_MAX_LENGTH:
            self.add_rich(f"<p><b>{html.escape(text)}</b></p>")
        elif text:
            level = "h2" if node.name in ("h1", "h2") else "h3"
            self.add_block("heading", {"text": text, "level": level})

    def _ul(self, node):
        self.add_rich(self._list(node))

    def _list(self, node):
        items = []
        for item in node.find_all("li", recursive=False):
            nested = [sub.extract() for sub in item.find_all(["ul", "ol"], recursive=False)]
            inner = self._inline(item).strip()
            items.append(f"<li>{inner}{''.join(self._list(sub) for sub in nested)}</li>")
        return f"<{node.name}>{''.join(items)}</{node.name}>" if items else ""

    def _table(self, node):
        self.conversion.kept_as_text["table (kept as rows of text)"] += 1
        rows = []
        for row in node.find_all("tr"):
            cells = [self._inline(cell).strip() for cell in row.find_all(["th", "td"])]
            line = " | ".join(cells)
            if plain_text(line):
                rows.append(f"<p><b>{line}</b></p>" if row.find("th") else f"<p>{line}</p>")
        self.add_rich("".join(rows))

    def _blockquote(self, node):
        cite = node.find("cite")
        speaker = text_of(cite.extract()) if cite else ""
        paragraphs = [text_of(p) for p in node.find_all("p")]
        if not any(paragraphs):  # classic editor: lines, not paragraphs
            paragraphs = text_of(node, line_breaks="\n").splitlines()
        paragraphs = [" ".join(text.split()) for text in paragraphs if text.strip()] or [""]
        said_by = _QUOTE_SPEAKER.match(paragraphs[-1]) if len(paragraphs) > 1 else None
        if said_by and not speaker:
            speaker = said_by.group(1)
            paragraphs.pop()
        text = "\n\n".join(text for text in paragraphs if text)
        if text:
            name, _, role = speaker.lstrip("—–- ").partition(", ")
            self.add_block("quote", {"text": text, "speaker": name.strip(), "role": role.strip()})

    def _figure(self, node):
        classes = node.get("class") or []
        images = node.find_all("img")
        if "wp-block-embed" in classes or (node.find("iframe") and not images):
            wrapper = node.find(class_="wp-block-embed__wrapper")
            iframe = node.find("iframe")
            url = wrapper.get_text(strip=True) if wrapper else (iframe or {}).get("src", "")
            self._embed(url, node)
        elif node.find("table"):
            self._table(node.find("table"))
            self._caption_as_text(node)
        elif node.find("blockquote"):
            self._blockquote(node.find("blockquote"))
        elif len(images) == 1:
            self._img(images[0], _own_caption(node))
        elif images:
            for inner in node.find_all(["figure", "li"]) or [node]:
                for image in inner.find_all("img", recursive=inner is not node)[:1]:
                    self._img(image, _own_caption(inner))
            self._caption_as_text(node)
        elif node.find(["video", "audio"]):
            self.keep_as_text("video or audio file (kept as a link)", node)
            source = node.find(["video", "audio", "source"], src=True)
            if source:
                self._link_paragraph(source["src"])
        else:
            self._walk(list(node.children))

    def _caption_as_text(self, node):
        caption = node.find("figcaption", recursive=False)
        if caption:
            self.add_rich(f"<p><i>{self._inline(caption).strip()}</i></p>")

    def _img(self, node, caption=""):
        attachment_id = next(
            (
                int(match.group(1))
                for css in node.get("class") or []
                if (match := _ATTACHMENT_CLASS.match(css))
            ),
            None,
        )
        if attachment_id is None and str(node.get("data-id", "")).isdigit():
            attachment_id = int(node["data-id"])
        image = self.resolver.image(attachment_id, node.get("src", ""))
        caption = caption or (image.caption if image else "")
        if image is None:
            # The file is missing (and reported): keep what the article said about it.
            text = caption or node.get("alt", "")
            if text.strip():
                self.add_rich(f"<p><i>{html.escape(text.strip())}</i></p>")
            return
        caption, credit = split_credit(caption)
        self.add_block("image", {"image": image.id, "caption": caption, "credit": credit})

    def _gallery_ids(self, ids):
        for attachment_id in re.findall(r"\d+", ids):
            image = self.resolver.image(int(attachment_id), "")
            if image:
                caption, credit = split_credit(image.caption)
                self.add_block("image", {"image": image.id, "caption": caption, "credit": credit})

    def _iframe(self, node):
        self._embed(node.get("src", ""), node)

    def _embed(self, url, node):
        url = url.strip()
        if url and is_video_url(url):
            self.add_block("video", video_url(url))
        elif url.startswith(("http://", "https://")):
            host = urlsplit(url).hostname or "?"
            self.conversion.kept_as_text[f"embed from {host} (kept as a link)"] += 1
            self._link_paragraph(url)
        else:
            self.keep_as_text("embed without an address", node)

    def _link_paragraph(self, url):
        anchor = BeautifulSoup("<a></a>", "html.parser").a
        anchor["href"] = url
        anchor.string = url
        self.add_rich(f"<p>{self._link(anchor, html.escape(url))}</p>")

    def _download(self, anchor, fallback):
        document = self.resolver.document(anchor.get("href", ""))
        if document:
            title = anchor.get_text(" ", strip=True)
            self.add_block("document", {"document": document, "title": title})
        else:
            self._p(BeautifulSoup(f"<p>{anchor}</p>", "html.parser").p)

    def _pre(self, node):
        lines = [html.escape(line) for line in node.get_text().splitlines()]
        self.add_rich("<p>" + "<br/>".join(lines) + "</p>")

    def _dl(self, node):
        for term in node.find_all(["dt", "dd"]):
            text = self._inline(term).strip()
            self.add_rich(f"<p><b>{text}</b></p>" if term.name == "dt" else f"<p>{text}</p>")


def _own_caption(node):
    caption = node.find("figcaption", recursive=False) if isinstance(node, Tag) else None
    if caption is None and isinstance(node, Tag) and node.name == "figure":
        caption = node.find("figcaption")
    return text_of(caption) if caption else ""


def _media_in(node):
    """The images and players that a paragraph's child is or holds (a linked image, say)."""
    if not isinstance(node, Tag):
        return []
    if node.name in ("img", "iframe"):
        return [node]
    return node.find_all(["img", "iframe"])
