"""The titles a caller puts before a name ("Frau Spitzer", "Herr Brandt", "Mrs Yilmaz"), and the
title the salon file gives a stylist. A title that contradicts the stylist a name reaches ("Frau
Spitzer" where the only Spitzer is Fabian) may mean someone else (the owner's wife, a stylist
who left): `tools.stylist_match` asks it back, never answers it as that stylist."""

from __future__ import annotations

import re

from calendar_adapter.backend import Stylist
from calendar_adapter.salon import SalonFile

_TITLES = {
    "frau": "Frau", "fraeulein": "Frau", "mrs": "Frau", "ms": "Frau", "miss": "Frau",
    "missus": "Frau", "misses": "Frau", "madame": "Frau",
    "herr": "Herr", "herrn": "Herr", "mr": "Herr", "mister": "Herr", "monsieur": "Herr",
}  # fmt: skip
_TITLED = re.compile(r"\b(" + "|".join(_TITLES) + r")\.?\s+(?:(?:dr|doktor)\.?\s+)?([a-z]\w+)")


def titled_words(folded: str) -> list[tuple[str, str]]:
    """(title, word) for every word said right after a title, in folded text."""
    return [(_TITLES[m[1]], m[2]) for m in _TITLED.finditer(folded)]


def title_of(stylist: Stylist, salon: SalonFile | None) -> str | None:
    """How the salon file says the stylist is addressed, if it says."""
    if salon is None:
        return None
    return next((s.title for s in salon.staff if s.username == stylist.username), None)


def title_for(word: str) -> str | None:
    """The title a folded word says ("herrn" -> "Herr", "mrs" -> "Frau"), or None."""
    return _TITLES.get(word)
