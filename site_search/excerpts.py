"""Excerpts of a result's text around the visitor's words, with the words marked.

The text comes from the record's own ``search_fields``. An excerpt is plain text cut into pieces,
the matching words apart; ``site_search/includes/excerpt.html`` marks them, escaping everything, so
a hostile query or text never becomes markup.
"""

import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from modelsearch import index

from geography.places import fold

TOKEN_RE = re.compile(r"\w+")
EXCERPT_WORDS = 32
WORDS_BEFORE_MATCH = 8
TITLE_FIELDS = {"title", "name"}


def searchable_text(obj) -> str:
    """The plain text of ``obj``'s searchable fields other than its title, in their declared order."""
    texts = []
    for field in obj.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name in TITLE_FIELDS:
            continue
        value = field.get_value(obj)
        if isinstance(value, list | tuple):
            value = " ".join(str(item) for item in value)
        if value:
            texts.append(strip_tags(str(value)))
    return " ".join(" ".join(texts).split())


SHORT_WORD = 3


def word_stem(word: str) -> str:
    """A rough, language-free stem: "gardens" matches "garden", "café" "cafe", "Garten" "Gartendienst"."""
    word = fold(word)
    return word if len(word) <= 4 else word[: max(4, len(word) - 2)]


def _matcher(words: list[str]):
    """Whether a folded token matches one of ``words``: short words whole, longer ones by their stem."""
    exact = {fold(word) for word in words if len(word) <= SHORT_WORD}
    stems = tuple(word_stem(word) for word in words if len(word) > SHORT_WORD)
    return lambda token: token in exact or (bool(stems) and token.startswith(stems))


def title_coverage(title: str, words: list[str]) -> float:
    """The share of ``words`` found in ``title``: a result named after the query comes first."""
    if not words:
        return 0.0
    tokens = [fold(token) for token in TOKEN_RE.findall(title)]
    return sum(any(_matcher([word])(token) for token in tokens) for word in words) / len(words)


@dataclass(frozen=True)
class ExcerptPiece:
    text: str
    marked: bool = False


@dataclass(frozen=True)
class Excerpt:
    """Pieces of a text in order, the words searched for ``marked``; ``cut_before`` and ``cut_after``
    when the text goes on beyond them."""

    pieces: tuple[ExcerptPiece, ...] = ()
    cut_before: bool = False
    cut_after: bool = False

    def __bool__(self) -> bool:
        return bool(self.pieces)


def highlight(text: str, words: list[str], *, length: int = EXCERPT_WORDS) -> Excerpt:
    """About ``length`` words of ``text`` from just before the first match, the matches marked."""
    tokens = list(TOKEN_RE.finditer(text))
    if not tokens:
        return Excerpt()
    matches = _matcher(words)
    matched = {i for i, token in enumerate(tokens) if matches(fold(token.group()))}
    first = min(matched) if matched else 0
    start = max(0, min(first - WORDS_BEFORE_MATCH, len(tokens) - length))
    window = range(start, min(len(tokens), start + length))
    begin, end = tokens[window[0]].start(), tokens[window[-1]].end()
    # A sentence's final punctuation is kept.
    if end < len(text) and text[end] in ".!?":
        end += 1
    pieces = []
    position = begin
    for i in window:
        if i in matched:
            token = tokens[i]
            if token.start() > position:
                pieces.append(ExcerptPiece(text[position : token.start()]))
            pieces.append(ExcerptPiece(token.group(), marked=True))
            position = token.end()
    if end > position:
        pieces.append(ExcerptPiece(text[position:end]))
    return Excerpt(tuple(pieces), cut_before=begin > 0, cut_after=end < len(text))
