"""The text of an old-site article as the new page wants it: the lead, the photo credit,
video addresses, and text without its markup."""

import re
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

LEAD_MAX_LENGTH = 600  # NewsPage.lead
_CREDIT = re.compile(r"(?:^|(?<=[\s.(\[|–-]))(?:foto's|foto|beeld|fotografie|photo)\s*:\s*", re.I)
_DATE_LINE = re.compile(r"^(geplaatst op|gepubliceerd op|posted on)\b.{0,40}$", re.I)


def split_credit(text):
    """(caption, credit) from the old site's captions: 'Johan Dreesen. Foto: Douwe Dronkert'
    gives the name as the credit. A 'Foto:' followed by a description rather than a name
    ('Foto: de startbijeenkomst heeft…') stays the caption, unchanged."""
    text = " ".join(text.split())
    matches = list(_CREDIT.finditer(text))
    if not matches:
        return text, ""
    marker = matches[-1]
    credit = text[marker.end() :].strip(" .)]")
    looks_like_a_name = (
        0 < len(credit) <= 80 and len(credit.split()) <= 8 and not re.search(r"[.!?:]\s", credit)
    )
    if not looks_like_a_name:
        return text, ""
    return text[: marker.start()].strip(" |–-([").strip(), credit


def video_url(url):
    """A player's address as the page address that oEmbed knows: youtube.com/embed/ID →
    youtube.com/watch?v=ID, player.vimeo.com/video/ID → vimeo.com/ID."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    path = parts.path.rstrip("/")
    if host in ("youtube.com", "youtube-nocookie.com") and path.startswith("/embed/"):
        return f"https://www.youtube.com/watch?v={path.rsplit('/', 1)[-1]}"
    if host == "player.vimeo.com" and path.startswith("/video/"):
        return f"https://vimeo.com/{path.rsplit('/', 1)[-1]}"
    if parts.scheme == "http":
        return "https" + url.strip()[4:]
    return url.strip()


def text_of(node, line_breaks=" "):
    """The text of an element as a reader sees it: whitespace collapsed, <br> a space (or
    `line_breaks`), no space added between a word and the markup around it."""
    for line_break in node.find_all("br"):
        line_break.replace_with(line_breaks)
    text = node.get_text()
    if line_breaks != " ":
        return "\n".join(" ".join(line.split()) for line in text.split(line_breaks))
    return " ".join(text.split())


def plain_text(markup):
    return text_of(BeautifulSoup(markup or "", "html.parser"))


def take_lead(blocks, excerpt=""):
    """(lead, blocks): the excerpt as the lead, or else the body's first paragraph, which
    then leaves the body so that the page does not say it twice. A leading date line
    ('Geplaatst op 20 maart 2025') goes too: the page shows its date itself."""
    lead = plain_text(excerpt)
    while blocks and blocks[0]["type"] == "paragraph":
        soup = BeautifulSoup(blocks[0]["value"], "html.parser")
        first = next((tag for tag in soup.children if isinstance(tag, Tag)), None)
        if first is None or first.name != "p":
            break
        text = text_of(first)
        is_date_line = bool(_DATE_LINE.match(text))
        if not is_date_line and (lead or len(text) > LEAD_MAX_LENGTH):
            break
        if not is_date_line:
            lead = text
        first.extract()
        rest = str(soup).strip()
        blocks = ([{"type": "paragraph", "value": rest}] if plain_text(rest) else []) + blocks[1:]
        if not is_date_line:
            break
    return shorten(lead, LEAD_MAX_LENGTH), blocks


def opens_with_image(blocks, image_id):
    """Whether the body starts with `image_id`, the featured image, which the page shows
    above the text already: authors on the old site often started the text with it too."""
    return bool(image_id and blocks and blocks[0]["type"] == "image") and (
        blocks[0]["value"]["image"] == image_id
    )


def shorten(text, limit):
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
