"""Result snippets: the piece of a page's text where the query's words are, with those
words marked.

The text is the page's own, so it is escaped piece by piece; the only markup in the result
is the <mark> elements added here. The words that matched go along in the result's link
(`?highlight=`), so search/static/search/highlight.js can mark them on the page too.
"""

from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.query import COMPOUND_LANGUAGES, MIN_COMPOUND_PREFIX
from search.stemming import tokens

SNIPPET_WORDS = 32
# Where in the window the first match goes: a few words of context before it.
LEAD_IN_WORDS = 6
MAX_HIGHLIGHT_WORDS = 10


@dataclass
class Highlighted:
    title: str
    snippet: str
    # The words (as written, lowercase) that matched, for highlighting on the page itself.
    words: list


class Highlighter:
    """Marks the words of one parsed query in titles and texts."""

    def __init__(self, parsed):
        self.language = parsed.language
        self.stems = parsed.stems()
        open_clauses = [clause for clause in parsed.clauses if not clause.quoted]
        self.parts = {stem for clause in open_clauses for stem in clause.stem_alternatives}
        self.compounds = self.language in COMPOUND_LANGUAGES
        self._matching = {}

    def is_match(self, token):
        found = self._matching.get(token.stem)
        if found is None:
            found = self._matching[token.stem] = self._stem_matches(token.stem)
        return found

    def _stem_matches(self, stem):
        if stem in self.stems:
            return True
        # Compounds beyond those the vocabulary offered for the query still get marked.
        return self.compounds and any(
            stem.endswith(part) and len(stem) - len(part) >= MIN_COMPOUND_PREFIX
            for part in self.parts
        )

    def highlight(self, title, text):
        title_html, title_words = self._mark(title, tokens(title, self.language))
        snippet_html, text_words = self._snippet(text)
        words = list(dict.fromkeys([*title_words, *text_words]))[:MAX_HIGHLIGHT_WORDS]
        return Highlighted(title_html, snippet_html, words)

    def _snippet(self, text):
        found = tokens(text, self.language)
        if not found:
            return mark_safe(""), []
        matched = [index for index, token in enumerate(found) if self.is_match(token)]
        # A text that ends within the window is shown from its start: words before the
        # lead-in are only worth cutting to make room for words after it.
        start = min(_best_start(found, matched), max(0, len(found) - SNIPPET_WORDS))
        window = found[start : start + SNIPPET_WORDS]
        begin = 0 if start == 0 else window[0].start
        end = len(text) if start + SNIPPET_WORDS >= len(found) else window[-1].end
        html, _ = self._mark(text[begin:end], window, offset=begin)
        before = "… " if begin > 0 else ""
        after = " …" if end < len(text) else ""
        words = [found[index].word for index in matched]
        return mark_safe(f"{before}{html}{after}"), words

    def _mark(self, text, found, offset=0):
        """`text` escaped, with the matching tokens among `found` in <mark>; the words
        marked."""
        pieces, words, position = [], [], 0
        for token in found:
            if not self.is_match(token):
                continue
            start, end = token.start - offset, token.end - offset
            pieces.append(escape(text[position:start]))
            pieces.append(f"<mark>{escape(text[start:end])}</mark>")
            words.append(token.word)
            position = end
        pieces.append(escape(text[position:]))
        return mark_safe(" ".join("".join(pieces).split())), words


def _best_start(found, matched):
    """The start of the window that shows the most different matching stems; `matched`
    are the indexes of the matching tokens in `found`."""
    best, best_start = -1, 0
    for position, index in enumerate(matched):
        start = max(0, index - LEAD_IN_WORDS)
        end = start + SNIPPET_WORDS
        distinct = {found[i].stem for i in matched[position:] if i < end}
        if len(distinct) > best:
            best, best_start = len(distinct), start
    return best_start
