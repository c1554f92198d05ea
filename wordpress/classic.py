"""Classic-editor content as HTML: WordPress's shortcodes expanded and its paragraphs made.

The classic editor stores text with blank lines between paragraphs (WordPress adds the <p>
tags when it shows a post, "wpautop") and shortcodes such as [caption] and [gallery]. This
turns both into plain HTML that convert.py reads the same way as block-editor content.
Shortcodes it does not know stay in the text, word for word, and are reported.
"""

import html
import re
from urllib.parse import urlsplit

# The shortcodes turned into HTML here; any other [name …] is reported as unknown.
KNOWN_SHORTCODES = {"caption", "wp_caption", "gallery", "embed", "video"}
VIDEO_HOSTS = {"youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com"}

_ATTRIBUTE = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'\]]+))""")
_CAPTION = re.compile(r"\[(wp_caption|caption)([^\]]*)\](.*?)\[/\1\]", re.DOTALL | re.IGNORECASE)
_CAPTIONED_PICTURE = re.compile(r"\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?", re.IGNORECASE)
_EMBED = re.compile(r"\[embed[^\]]*\](.*?)\[/embed\]", re.DOTALL | re.IGNORECASE)
_GALLERY = re.compile(r"\[gallery([^\]]*)\]", re.IGNORECASE)
_VIDEO = re.compile(r"\[video([^\]]*)\](?:.*?\[/video\])?", re.DOTALL | re.IGNORECASE)
# [name], [name attr="…"] or [name/]; [[name]] is WordPress's way to write it literally.
_ANY_SHORTCODE = re.compile(r"(?<!\[)\[([a-zA-Z_][\w-]*)(?=[\s\]/])[^\]]*\](?!\])")
_URL_LINE = re.compile(r"^[ \t]*(https?://[^\s<>\"']+)[ \t]*$", re.MULTILINE)

_BLOCK_TAGS = (
    "table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|"
    "blockquote|address|p|h[1-6]|hr|fieldset|legend|section|article|aside|header|footer|nav|"
    "figure|figcaption|details|summary|iframe|script|style|object|embed"
)
_BEFORE_BLOCK = re.compile(rf"(<(?:{_BLOCK_TAGS})[\s/>])", re.IGNORECASE)
_AFTER_BLOCK = re.compile(rf"(</(?:{_BLOCK_TAGS})>)", re.IGNORECASE)
_STARTS_WITH_BLOCK = re.compile(rf"^\s*</?(?:{_BLOCK_TAGS})[\s/>]", re.IGNORECASE)


def is_video_url(url):
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    return host in VIDEO_HOSTS or host.endswith(".vimeo.com")


def shortcode_attributes(text):
    return {
        match.group(1).lower(): html.unescape(next(g for g in match.groups()[1:] if g is not None))
        for match in _ATTRIBUTE.finditer(text)
    }


def _embed_html(url):
    url = html.escape(url.strip())
    return (
        f'<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">{url}</div></figure>'
    )


def _link_paragraph(url):
    url = html.escape(url.strip())
    return f'<p><a href="{url}">{url}</a></p>'


def _caption(match):
    attributes = shortcode_attributes(match.group(2))
    # The caption is the text after the image (since WordPress 3.4), or older files' attribute.
    picture = _CAPTIONED_PICTURE.match(match.group(3))
    text = match.group(3)[picture.end() :] if picture else match.group(3)
    text = text.strip() or html.escape(attributes.get("caption", ""))
    picture = picture.group(0) if picture else ""
    return f'\n\n<figure class="wp-caption">{picture}<figcaption>{text}</figcaption></figure>\n\n'


def _gallery(match):
    ids = shortcode_attributes(match.group(1)).get("ids", "")
    return f'\n\n<div class="wp-shortcode-gallery" data-ids="{html.escape(ids)}"></div>\n\n'


def _video(match):
    attributes = shortcode_attributes(match.group(1))
    url = next(
        (
            attributes[key]
            for key in ("src", "mp4", "youtube", "vimeo", "webm")
            if key in attributes
        ),
        "",
    )
    if not url:
        return match.group(0)
    return "\n\n" + (_embed_html(url) if is_video_url(url) else _link_paragraph(url)) + "\n\n"


def expand_shortcodes(text):
    """Known shortcodes as HTML; returns the text and the names of the unknown ones in it."""
    text = _CAPTION.sub(_caption, text)
    text = _EMBED.sub(lambda match: "\n\n" + _embed_html(match.group(1)) + "\n\n", text)
    text = _GALLERY.sub(_gallery, text)
    text = _VIDEO.sub(_video, text)
    unknown = {
        match.group(1).lower()
        for match in _ANY_SHORTCODE.finditer(text)
        if match.group(1).lower() not in KNOWN_SHORTCODES
    }
    return text, unknown


def _url_line(match):
    url = match.group(1)
    # WordPress shows a video address on a line of its own as the video itself.
    return "\n\n" + (_embed_html(url) if is_video_url(url) else _link_paragraph(url)) + "\n\n"


def add_paragraphs(text):
    """WordPress's wpautop, in short: blank lines separate paragraphs, a single line break
    within one is a <br>, and block elements (headings, lists, figures…) stand alone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _URL_LINE.sub(_url_line, text)
    text = _BEFORE_BLOCK.sub(r"\n\n\1", text)
    text = _AFTER_BLOCK.sub(r"\1\n\n", text)
    paragraphs = []
    for chunk in re.split(r"\n\s*\n", text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if _STARTS_WITH_BLOCK.match(chunk):
            paragraphs.append(chunk)
        else:
            paragraphs.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(paragraphs)


def classic_to_html(text):
    """Classic-editor content as HTML, and the unknown shortcodes found in it."""
    text, unknown = expand_shortcodes(text)
    return add_paragraphs(text), unknown
