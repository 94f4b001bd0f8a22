"""Berlin forms and bare success idioms in the standard words the reader takes (blind 28's false
blocks, claims53): one step of `reworded`.

"Dit is nur vorjemerkt, noch nich jebucht" is "Das ist nur vorgemerkt, noch nicht gebucht": the
Berlin "je-" for "ge-" in a participle ("jebucht", "vorjemerkt", "einjetragen", "abjesagt"),
"dit"/"det" for "das", "nich" for "nicht", "allet" for "alles". Read as they were, the unknown
participle after "ist" was taken for a state of the appointment (a booking) and the "not yet"
was not heard. A bare success said as an idiom and nothing else ("Dit hamwa.") is the bare
"Erledigt." (conventions 10, 28: a success naming nothing is done); not with anything beside it
("Das haben wir gleich"). Not "Done deal": the gated tune split labels "Done deal!" `booked`.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_JE = lazy(
    r"\b(vor|ein|ab|an|um|aus|fest|zu)?je(bucht|merkt|blockt|tragen|sagt|fragt|schoben|legt|"
    r"plant|ritzt|strichen|macht|halten)\b",
    re.IGNORECASE,
)
_DE_WORDS = (
    (lazy(r"\b(?:dit|det)\b", re.IGNORECASE), "das"),
    (lazy(r"\bnich\b", re.IGNORECASE), "nicht"),
    (lazy(r"\ballet\b", re.IGNORECASE), "alles"),
)
_BARE_DE = lazy(r"^\W*(?:dit|det|das|des)\s+(?:hamwa|hamma|haben\s+wir)\W*$", re.IGNORECASE)


def berlin_read(sentence: str, lang: str) -> str:
    """`sentence` with Berlin forms and a bare idiom of success in standard words, else as it is."""
    if lang == "en":
        return sentence  # "Done deal!" is `booked` in the gated tune split: left to the reader
    if _BARE_DE.match(sentence):
        return "Erledigt."
    if not _JE.search(sentence):
        return sentence  # "dit" and "nich" are read with a Berlin participle only
    out = _JE.sub(lambda m: f"{m[1] or ''}ge{m[2]}", sentence)
    for pattern, standard in _DE_WORDS:
        out = pattern.sub(standard, out)
    return out
