"""Turning what a visitor typed (a commune name or a postcode) into a commune.

``commune_lookup`` is the one resolver every form uses (directory, care request, guide, events,
importers): it forgives case, accents, hyphens, slashes and other punctuation, the little words
of compound names ("sur", "an der", "op der"), common abbreviations ("Esch/Alzette", "Lux-Ville")
and the names of localities ("Belvaux" is in Sanem), in French, German and Luxembourgish.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from django.utils.text import slugify

from geography.models import Commune
from geography.reference import postcode_index, read_rows
from portal.caching import DIRECTORY, cached

POSTCODE_RE = re.compile(r"^\s*(?:L\s*-?\s*)?(\d{4})\s*$", re.IGNORECASE)
MAX_LENGTH = 100
SUGGESTION_COUNT = 3
SUGGESTION_CUTOFF = 0.75

CONNECTORS = frozenset({"sur", "sous", "les", "la", "le", "de", "l", "d", "an", "der", "den", "am", "op", "zum", "um"})
"""Little words of compound names, left out so that "esch alzette" finds "Esch-sur-Alzette"."""

ABBREVIATIONS = {"st": "saint", "ste": "sainte", "lux": "luxembourg", "ville": "", "stad": "", "city": ""}
"""Words people shorten or add: "Lux-Ville", "Luxembourg-Ville", "Stad Lëtzebuerg" all mean Luxembourg."""


def fold(text: str) -> str:
    """Lower case without accents, so that 'schifflange' matches 'Schifflange' and 'kaerjeng' 'Käerjeng'."""
    return _fold(str(text))


@lru_cache(maxsize=16384)  # names of communes, services and terms come back on every search
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()


@lru_cache(maxsize=4096)
def name_key(text: str) -> str:
    """``text`` as the look-up compares names: folded, punctuation and little words left out.

    "Esch/Alzette", "esch sur alzette", "Esch an der Alzette" and "ESCH-ALZETTE" all give "esch alzette".
    """
    words = re.split(r"[\W_]+", fold(text).replace("ß", "ss"))
    words = [ABBREVIATIONS.get(word, word) for word in words]
    return " ".join(word for word in words if word and word not in CONNECTORS)


@dataclass
class PlaceMatch:
    """The result of a look-up.

    - ``commune``: the commune meant, when there is exactly one;
    - ``communes``: every commune that fits; more than one (``is_ambiguous``) means the visitor must
      choose ("Esch": Esch-sur-Alzette or Esch-sur-Sûre; a postcode shared by two communes);
    - ``suggestions``: when nothing fits, the communes whose names are close ("did you mean");
    - ``postcode``: the postcode, when one was typed.
    """

    communes: list[Commune] = field(default_factory=list)
    suggestions: list[Commune] = field(default_factory=list)
    postcode: str = ""

    @property
    def commune(self) -> Commune | None:
        return self.communes[0] if len(self.communes) == 1 else None

    @property
    def is_ambiguous(self) -> bool:
        return len(self.communes) > 1

    @property
    def is_unknown(self) -> bool:
        return not self.communes


@dataclass(frozen=True)
class _NameIndex:
    """Name keys of the communes (in French, German, Luxembourgish), their slugs, and their localities' keys."""

    names: dict[str, frozenset[str]]
    slugs: dict[str, str]
    localities: dict[str, frozenset[str]]


@cache
def _name_index() -> _NameIndex:
    """Built from the reference files the data migration loads (the slug is the French name's, as there)."""
    names: dict[str, set[str]] = {}
    slugs: dict[str, str] = {}
    for row in read_rows("communes.csv"):
        slugs[slugify(row["name_fr"])] = row["lau2_code"]
        for column in ("name_fr", "name_de", "name_lb"):
            names.setdefault(name_key(row[column]), set()).add(row["lau2_code"])
    localities: dict[str, set[str]] = {}
    for rows in postcode_index().values():
        for row in rows:
            localities.setdefault(name_key(row.locality), set()).add(row.lau2_code)
    return _NameIndex(
        names={key: frozenset(codes) for key, codes in names.items()},
        slugs=slugs,
        localities={key: frozenset(codes) for key, codes in localities.items()},
    )


def _communes(codes) -> list[Commune]:
    """The communes of ``codes`` in alphabetical order of the active language (read once, then cached)."""
    communes = cached(
        "geography-communes", lambda: list(Commune.objects.select_related("canton")), depends_on=[DIRECTORY]
    )
    return sorted((commune for commune in communes if commune.lau2_code in codes), key=lambda c: fold(c.name))


def _starting_with(wanted: str, keys) -> set[str]:
    """Names whose words begin with the typed words: "esch" fits "esch alzette" and "esch sure"."""
    typed = wanted.split()
    found = set()
    for key in keys:
        words = key.split()
        if len(typed) <= len(words) and all(word.startswith(part) for part, word in zip(typed, words, strict=False)):
            found.add(key)
    return found


def commune_lookup(text: str) -> PlaceMatch:
    """Find the commune a visitor means by what they typed: a name in any language, or a postcode.

    Tried in turn, the first that fits wins:

    1. a postcode ("4001", "L-4001", "l 4001"): its commune, or the communes it spans;
    2. a commune's name in French, German or Luxembourgish, or its slug, compared with ``name_key``;
    3. a locality's name (from the postcode list): "Belvaux" is in Sanem;
    4. names beginning with the typed words (at least 3 letters): "Esch" asks which Esch;
    5. nothing fits: ``suggestions`` lists up to three communes with a close name ("schiflange" →
       Schifflange), never chosen on the visitor's behalf.

    Never raises; empty or absurd input gives an empty match.
    """
    text = (text or "").strip()[:MAX_LENGTH]
    if not text:
        return PlaceMatch()
    postcode_match = POSTCODE_RE.match(text)
    if postcode_match:
        postcode = postcode_match.group(1)
        codes = {row.lau2_code for row in postcode_index().get(postcode, ())}
        return PlaceMatch(communes=_communes(codes), postcode=postcode)
    wanted = name_key(text)
    if not wanted:
        return PlaceMatch()
    index = _name_index()
    slug = slugify(text)
    for codes in (
        index.names.get(wanted) or ({index.slugs[slug]} if slug in index.slugs else None),
        index.localities.get(wanted),
    ):
        if codes:
            return PlaceMatch(communes=_communes(codes))
    if len(wanted.replace(" ", "")) >= 3:
        codes = {code for key in _starting_with(wanted, index.names) for code in index.names[key]}
        if codes:
            return PlaceMatch(communes=_communes(codes))
    close = difflib.get_close_matches(wanted, list(index.names), n=SUGGESTION_COUNT, cutoff=SUGGESTION_CUTOFF)
    codes = list(dict.fromkeys(code for key in close for code in sorted(index.names[key])))
    return PlaceMatch(suggestions=_communes(codes[:SUGGESTION_COUNT]))
