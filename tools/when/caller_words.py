"""The caller's own words for what a question back is about: the resolver reads normalized text
("letztes" is "letzten", "acht" is "8", "after the holidays" loses "the"), but the question the
model asks should quote what the caller said ("'letztes Mal'", "'nicht am Wochenende'").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.when.normalize import normalize

_TOKEN = re.compile(r"[^\s,;.?!]+(?:\.(?=\S))?[^\s,;.?!]*")
_EXCLUSION = re.compile(
    r"(?:\b(?:any|every|all)(?:\s*(?:day|days|thing|time))?\s+|\balles\s+|\bjeden\s+tag\s+)?"
    r"\b(?:nicht|not|kein\w*|au(?:ß|ss)er|except|but|save)\b[^,;.?!]*",
    re.IGNORECASE,
)
# a word that says little alone: quoted with the words after it ("nach der Kita")
_LEADING = frozenset({"nach", "vor", "ab", "bis", "seit", "um", "after", "before", "until", "from"})
MAX_EXCLUSION_WORDS = 6


def caller_words(texts: Iterable[str | None], words: list[str]) -> list[str]:
    """For each normalized word, the word the caller said that reads as it ("letztes" for
    "letzten"); the normalized word itself when none does (a word the recogniser split)."""
    tokens = [t for text in texts if text for t in _TOKEN.findall(text)]
    found: list[str] = []
    for word in words:
        at = next((i for i, t in enumerate(tokens) if word in normalize(t).split()), None)
        said = word if at is None else tokens[at]
        if at is not None and word in _LEADING:
            said = " ".join(tokens[at : at + 3])
        if said not in found:
            found.append(said)
    return found


def excluded_words(texts: Iterable[str | None]) -> str:
    """What the caller excluded, as said ("nicht am Wochenende", "any day but Tuesday"), up to
    the end of its clause; "" when no exclusion word is found."""
    for text in texts:
        m = _EXCLUSION.search(text or "")
        if m is not None:
            return " ".join(m[0].split()[:MAX_EXCLUSION_WORDS])
    return ""
