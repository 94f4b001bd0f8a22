"""Answers in pieces, as a caller says them after the receptionist's offer: "Und Freitag
Vormittag?", "Mhm. Und Freitag in acht Tagen?", "Hm, nee, Mittwoch kann ich nicht. Freitag?".

- A leading "und" / "and" (after a filler: "Mhm.", "Okay.", "Na gut,") joins the answer to the
  talk before it: dropped when a day or time follows it ("Und?" alone stays asked).
- A day excluded in one clause ("Mittwoch kann ich nicht", "Wednesday's no good") and another
  day asked in a later clause ("Freitag?"): the later one is the wish; the exclusion is left out.
  A slot refused and moved in one breath ("Dienstag um 10 passt nicht, geht auch ne Woche
  später?") is no such piece: the move is counted from the slot refused (`offered_slot`, W40).
  Every earlier clause must be an exclusion or a filler, the later one negate nothing ("Freitag
  nicht, Samstag auch nicht" stays asked).

Works on the words as said (the clauses need their punctuation).
"""

from __future__ import annotations

import re

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.normalize import normalize
from tools.when.offered_slot import offered_slot

_FILLER = (
    r"(?:mhm+|hm+|hmm+|aehm?|ähm?|äh|ah|ach|oh|okay|ok|okey|ja|jo|gut|na|nee|ne|nein|no|nope"
    r"|also|alright|right|well|um+|uh+|er|erm|yeah|yes|sure|fine|hmm+|schade|leider|tja|naja)"
)
_LEADING_AND = re.compile(rf"(?i)^[\s,.!?]*(?:{_FILLER}[\s,.!?]+)*(?:und|and)\b[\s,]*")
_CLAUSES = re.compile(r"[,;.!?]+(?:\s+|$)")
_DAY = re.compile(
    rf"\b(?:{WEEKDAY_RE}|{NEAR_DAY_RE}|woche|week|wochenende"
    r"|weekend)\b|\d{1,2}\.\d"
)
_NEGATED = re.compile(
    r"\b(?:nicht|not|kein\w*|nie|never|cant|cannot|dont|doesnt|wont|no\s+good|no)\b"
)
_ONLY_FILLERS = re.compile(rf"^(?:\s*(?:{_FILLER}|und|and|aber|but|da|then|dann))*\s*$")


def answer_piece(text: str) -> str | None:
    """The day (and time) asked in a piece of an answer, without what joins it to the talk
    before or excludes another day; None when the text is no such piece."""
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    kept = text
    whole = normalize(text)
    if offered_slot(whole) != whole:  # "Dienstag um 10 passt nicht, geht auch ne Woche später?"
        return None  # the slot refused is what the move is counted from (W40)
    if len(clauses) > 1:
        read = [normalize(c) for c in clauses]
        wished = [i for i, r in enumerate(read) if _DAY.search(r) and not _NEGATED.search(r)]
        first = wished[0] if wished else None
        if (
            first
            and any(_DAY.search(r) and _NEGATED.search(r) for r in read[:first])
            and all(_ONLY_FILLERS.match(r) or _NEGATED.search(r) for r in read[:first])
            and not any(_NEGATED.search(r) for r in read[first:])
        ):  # "Hm, nee, Mittwoch kann ich nicht. Freitag?": Freitag
            kept = ", ".join(clauses[first:])
    m = _LEADING_AND.match(kept)
    if m is not None and normalize(kept[m.end() :]).strip():
        kept = kept[m.end() :]  # "Und Freitag Vormittag?": Freitag Vormittag
    return kept if kept != text else None
