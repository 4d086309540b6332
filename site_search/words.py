"""What the site search understands of words: stems, editors' synonyms and spelling suggestions.

- ``stem``: the Snowball stem of a word in French, German, English or Portuguese (Luxembourgish has
  no stemmer: its words are kept as typed). The SQLite index stores each record's stems beside its
  words (``site_search.backends.extensions.StemmedSQLiteIndex``); the queries ask for a word or its
  stem, so "jardins" finds "Service jardin" on every backend.
- ``search_query``: the query sent to the backend: every word or one of its stems, and a word or
  expression that belongs to an editors' ``SynonymGroup`` or any other of its group.
- ``spelling_suggestion``: for a query that found nothing, the same words with unknown ones
  replaced by the closest word of the indexed titles ("did you mean").
"""

from __future__ import annotations

import difflib
import re
from functools import cache

import snowballstemmer
from modelsearch.query import And, Or, Phrase, PlainText

from geography.places import fold
from portal.caching import SEARCH, cached

STEMMER_LANGUAGES = {"fr": "french", "de": "german", "en": "english", "pt": "portuguese"}
MIN_STEM_LENGTH = 3
WORD_RE = re.compile(r"[^\W_]+")


@cache
def _stemmer(language: str):
    return snowballstemmer.stemmer(STEMMER_LANGUAGES[language])


def stem(word: str, language: str | None) -> str:
    """``word`` folded (lower case, no accents) and reduced to its stem in ``language``.

    Snowball is given both the word and its folded form and the shorter stem is kept, so that a word
    typed without its accents ("Internetcafe") gets the same stem as with them ("Internetcafés").
    """
    lowered = word.casefold()
    if language not in STEMMER_LANGUAGES:
        return fold(lowered)
    stemmer = _stemmer(language)
    stemmed = min(fold(stemmer.stemWord(lowered)), stemmer.stemWord(fold(lowered)), key=len)
    return stemmed if len(stemmed) >= MIN_STEM_LENGTH else fold(lowered)


def stems(text: str, language: str | None) -> list[str]:
    """The stems of the words of ``text`` that differ from the word, once each, for the index."""
    if language not in STEMMER_LANGUAGES:
        return []
    found = {}
    for word in WORD_RE.findall(text):
        stemmed = stem(word, language)
        if stemmed != fold(word):
            found[stemmed] = True
    return list(found)


def _word_query(word: str, language: str | None):
    stemmed = stem(word, language)
    if fold(stemmed) == fold(word):
        return PlainText(word)
    return Or([PlainText(word), PlainText(stemmed)])


def _expression_query(words: list[str], language: str | None):
    if len(words) == 1:
        return _word_query(words[0], language)
    return Phrase(" ".join(words))


def search_query(words: list[str], *, language: str | None, synonyms: list[list[str]], operator: str = "and"):
    """The backend query for ``words``: each word or its stem; a run of words that is an expression of
    a synonym group (``synonyms``: each group's expressions) or any other expression of that group.

    ``operator`` "and" asks for every word (or its alternatives), "or" for any.
    """
    folded = [fold(word) for word in words]
    expressions = {}
    for group in synonyms:
        for expression in group:
            expressions.setdefault(tuple(fold(part) for part in WORD_RE.findall(expression)), group)
    clauses = []
    position = 0
    while position < len(words):
        for length in range(min(4, len(words) - position), 0, -1):
            group = expressions.get(tuple(folded[position : position + length]))
            if group is not None:
                alternatives = [_expression_query(WORD_RE.findall(expression), language) for expression in group]
                clauses.append(Or(alternatives))
                position += length
                break
        else:
            clauses.append(_word_query(words[position], language))
            position += 1
    if len(clauses) == 1:
        return clauses[0]
    return And(clauses) if operator == "and" else Or(clauses)


def spelling_suggestion(words: list[str], vocabulary: frozenset[str]) -> list[str] | None:
    """``words`` with each word not in ``vocabulary`` (folded words) replaced by the closest one, or
    None when every word is known or none has a close match."""
    corrected, changed = [], False
    known = list(vocabulary)
    for word in words:
        folded = fold(word)
        if folded in vocabulary or len(folded) < MIN_STEM_LENGTH or folded.isdigit():
            corrected.append(word)
            continue
        close = difflib.get_close_matches(folded, known, n=1, cutoff=0.8)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return corrected if changed else None


def synonym_groups() -> list[list[str]]:
    """The editors' synonym groups (``SynonymGroup``), each as its words and expressions; cached until one is saved."""
    from site_search.models import SynonymGroup

    return cached(
        "search-synonyms",
        lambda: [group.expressions for group in SynonymGroup.objects.all()],
        depends_on=[SEARCH],
    )


def word_alternatives(word: str, *, language: str | None, synonyms: list[list[str]]) -> set[str]:
    """What may stand for ``word`` in a text, folded: the word, its stem, and the one-word expressions
    of its synonym group (for substring matching, as the directory matches names)."""
    folded = fold(word)
    found = {folded, stem(word, language)}
    for group in synonyms:
        expressions = [fold(expression) for expression in group]
        if folded in expressions:
            found |= {expression for expression in expressions if " " not in expression}
    return found
