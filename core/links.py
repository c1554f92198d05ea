"""What a safe link is, checked where a link is saved and again where it is rendered.

A link may be http, https, mailto or tel, a path on this site or an anchor (#…). Anything
else with a scheme (javascript:, data:, vbscript:, file:, …) is refused, however it is
disguised: in capitals, with spaces or control characters inside or before it (browsers
ignore those), or written as HTML entities (&#106;avascript:). Protocol-relative addresses
(//host, also \\host and /\\host, which browsers read the same way) are refused too: they leave
the site without saying so, and an editor can always write https:// instead.

Forms check this on save, but content also reaches pages around the forms: a translation's
override in wagtail-localize (upstream issue wagtail-localize #305), a script, a direct
database write. So templates pass every link from content through `|safe_url` and rendered
rich text through `without_unsafe_links` (see site/templates/wagtailcore/shared/richtext.html).
"""

import html
import re

from bs4 import BeautifulSoup
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

ALLOWED_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

UNSAFE_URL_MESSAGE = _(
    "This link is not allowed. Use a web address that starts with https://, http://, "
    "mailto: or tel:, a path on this site that starts with /, or an anchor that starts with #."
)

# Characters a browser skips or strips when it reads a URL (controls, spaces, tabs,
# newlines), and invisible ones that can hide a scheme from a reader.
_IGNORED_CHARACTERS = re.compile(
    r"[\x00-\x20\x7f-\xa0\u00ad\u200b-\u200f\u2028\u2029\ufeff\ufffd\s]"
)
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):")
# Every value a browser could read for a link attribute, found at every position of the text
# (a lookahead, so one match cannot swallow the next), with the HTML tokenizer's own rules
# for spaces and quotes. It may also find things that are no attribute; it misses none.
_LINK_ATTRIBUTE_VALUE = re.compile(
    r"(?=(?:href|src|action|formaction|data)[\t\n\f\r ]*=[\t\n\f\r ]*"
    r"(\"[^\"]*\"|'[^']*'|[^\t\n\f\r >]*))",
    re.IGNORECASE,
)
LINK_ATTRIBUTES = ("href", "xlink:href", "src", "action", "formaction", "data")


def _as_browser_reads_it(url):
    """The URL with entities decoded (repeatedly, for &amp;#106;), invisible characters
    removed and lower-cased: a superset of what a browser ignores before it reads a scheme,
    so nothing a browser would run as a scheme can hide from the check."""
    text = str(url)
    for _round in range(5):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return _IGNORED_CHARACTERS.sub("", text).lower()


def _is_protocol_relative(text):
    return len(text) >= 2 and text[0] in "/\\" and text[1] in "/\\"


def is_safe_url(url):
    """Whether a link may be rendered: an allowed scheme or no scheme at all (a relative
    address), and not protocol-relative. Empty counts as safe: it links nowhere."""
    text = _as_browser_reads_it(url or "")
    if _is_protocol_relative(text):
        return False
    scheme = _SCHEME.match(text)
    return scheme is None or scheme.group(1) in ALLOWED_SCHEMES


def validate_safe_url(value):
    """Refuse, on save, a link that is unsafe or in a form an editor cannot have meant.

    Besides what `is_safe_url` refuses, a relative address must start with / (a path on
    this site) or # (an anchor): "www.example.org" would otherwise silently become a path
    below the current page.
    """
    text = _as_browser_reads_it(value)
    scheme = _SCHEME.match(text)
    if not is_safe_url(value) or (scheme is None and not text.startswith(("/", "#"))):
        raise ValidationError(UNSAFE_URL_MESSAGE, code="unsafe_url")


class SafeURLFormField(forms.CharField):
    """A form field for a link that may also be a mailto:, tel:, path or anchor, which
    Django's URLField refuses."""

    default_validators = [validate_safe_url]


def safe_url_or_empty(url):
    """The link itself when it is safe, otherwise an empty string."""
    return url if url and is_safe_url(url) else ""


def without_unsafe_links(rendered_html):
    """Rendered rich text with every unsafe link attribute removed (the link text stays).

    Wagtail's rich text rewriter leaves an <a href> it does not recognise untouched, so a
    javascript: address stored in rich text would reach the page. Text whose link values
    are all safe is returned as it is; otherwise it is parsed and written out again from
    the parse, never passed through as it came, so that markup Python's parser reads
    differently from a browser (a repeated href, say) cannot slip through.
    """
    values = _LINK_ATTRIBUTE_VALUE.findall(rendered_html)
    if all(is_safe_url(value.strip("\"'")) for value in values):
        return rendered_html  # the usual case, without the cost of parsing
    soup = BeautifulSoup(rendered_html, "html.parser")
    for tag in soup.find_all(True):
        for attribute in LINK_ATTRIBUTES:
            if attribute in tag.attrs and not is_safe_url(tag[attribute]):
                del tag[attribute]
    return str(soup)
