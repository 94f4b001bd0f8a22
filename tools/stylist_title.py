"""The titles a caller puts before a name ("Frau Spitzer", "Herr Brandt", "Mrs Yilmaz"), and the
title the salon file gives a stylist. A title that contradicts the stylist a name reaches ("Frau
Spitzer" where the only Spitzer is Fabian) may mean someone else (the owner's wife, a stylist
who left): `tools.stylist_match` asks it back, never answers it as that stylist.

Callers whose German is learned put their own language's word of respect beside the name, before
it ("Pani Sophie", "Pan Fabian", "Signora Brandt", "Madame Sophie") or, in Turkish, after it
("Mehmet Bey", "Mehmet abi", "Ayşe Hanım", "Mehmet Usta", "Mehmet kardeşim"): a title or an
address like "Frau" and "Herr", no part of the name (round 58). Those that say a sex are that
title; a word of respect for a craftsman or a kin word of either sex ("Usta", "kardeşim") is an
address without one."""

from __future__ import annotations

import re

from calendar_adapter.backend import Stylist
from calendar_adapter.salon import SalonFile

_TITLES = {
    "frau": "Frau", "fraeulein": "Frau", "mrs": "Frau", "ms": "Frau", "miss": "Frau",
    "missus": "Frau", "misses": "Frau", "madame": "Frau",
    "herr": "Herr", "herrn": "Herr", "mr": "Herr", "mister": "Herr", "monsieur": "Herr",
    # said before the name in the caller's language: Polish, Italian, Spanish, French, Russian
    "pani": "Frau", "signora": "Frau", "senora": "Frau", "mademoiselle": "Frau", "mme": "Frau",
    "gospozha": "Frau",
    "pan": "Herr", "signor": "Herr", "signore": "Herr", "senor": "Herr", "gospodin": "Herr",
}  # fmt: skip
# Turkish words of respect said after the name ("Mehmet Bey", "Mehmet abi", "Ayşe Hanım"), folded
_AFTER = {
    "bey": "Herr", "beyefendi": "Herr", "abi": "Herr", "abim": "Herr", "agabey": "Herr",
    "amca": "Herr", "amcam": "Herr",
    "hanim": "Frau", "hanimefendi": "Frau", "abla": "Frau", "ablam": "Frau", "teyze": "Frau",
    "teyzem": "Frau",
}  # fmt: skip
# words of address that say no sex: a master craftsman, a kin word of either sex ("Mehmet Usta",
# "Usta Mehmet", "Mehmet kardeşim")
_UNSEXED = frozenset({"usta", "ustam", "kardes", "kardesim", "hoca", "hocam"})
# every word of address beside a name, before or after it: no part of the name
ADDRESS_WORDS = frozenset(_TITLES) | frozenset(_AFTER) | _UNSEXED
_TITLED = re.compile(r"\b(" + "|".join(_TITLES) + r")\.?\s+(?:(?:dr|doktor)\.?\s+)?([a-z]\w+)")
_TITLED_AFTER = re.compile(r"\b([a-z]\w+)\s+(" + "|".join(_AFTER) + r")\b")


def titled_words(folded: str) -> list[tuple[str, str]]:
    """(title, word) for every word said right after a title, or right before a Turkish one
    ("Mehmet Bey"), in folded text."""
    before = [(_TITLES[m[1]], m[2]) for m in _TITLED.finditer(folded)]
    return before + [(_AFTER[m[2]], m[1]) for m in _TITLED_AFTER.finditer(folded)]


def title_of(stylist: Stylist, salon: SalonFile | None) -> str | None:
    """How the salon file says the stylist is addressed, if it says."""
    if salon is None:
        return None
    return next((s.title for s in salon.staff if s.username == stylist.username), None)


def title_for(word: str) -> str | None:
    """The title a folded word says ("herrn" -> "Herr", "mrs" -> "Frau", "bey" -> "Herr"), or
    None."""
    return _TITLES.get(word) or _AFTER.get(word)
