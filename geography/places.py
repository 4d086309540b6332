"""Turning what a visitor typed (a commune name or a postcode) into a commune."""

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from geography.models import Commune
from geography.reference import postcode_index

POSTCODE_RE = re.compile(r"^\s*(?:L\s*-?\s*)?(\d{4})\s*$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents, so that 'schifflange' matches 'Schifflange' and 'kaerjeng' 'Käerjeng'."""
    return _fold(str(text))


@lru_cache(maxsize=16384)  # names of communes, services and terms come back on every search
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold().strip()


@dataclass
class PlaceMatch:
    """The result of a look-up: one commune, several to choose from, or none."""

    communes: list[Commune] = field(default_factory=list)
    postcode: str = ""

    @property
    def commune(self) -> Commune | None:
        return self.communes[0] if len(self.communes) == 1 else None

    @property
    def is_ambiguous(self) -> bool:
        return len(self.communes) > 1


def commune_lookup(text: str) -> PlaceMatch:
    """Find the commune a visitor means by a name (in any of its languages) or a postcode.

    Some postcodes span two communes: the match then lists both, and the form asks which.
    """
    text = (text or "").strip()[:100]
    if not text:
        return PlaceMatch()
    postcode_match = POSTCODE_RE.match(text)
    if postcode_match:
        postcode = postcode_match.group(1)
        codes = sorted({row.lau2_code for row in postcode_index().get(postcode, ())})
        return PlaceMatch(communes=list(Commune.objects.filter(lau2_code__in=codes)), postcode=postcode)
    wanted = fold(text)
    communes = [
        commune
        for commune in Commune.objects.select_related("canton")
        if wanted in {fold(commune.name_fr), fold(commune.name_de), fold(commune.name_lb), commune.slug}
    ]
    return PlaceMatch(communes=communes)
