"""Slot words that are not about the caller's slot: free of charge ("Park round the back on
Friday, it's free after nine", "Am Freitag können Sie hinten parken, ab neun ist das frei") and a
day set aside for the salon's own purpose ("Friday's set aside for training", "Der Freitag ist
für eine Schulung geblockt", "Saturday is blocked for a team meeting").

The slot reader reads "frei"/"free" as a free slot and "geblockt"/"set aside" as a hold for the
caller. When the clause names parking, a drink or a price, or says "it"/"das" right after a clause
that does, "free" costs nothing: the AVAILABLE claim of that clause is dropped ("Thursday at
three is free, and parking is free too" keeps its slot). Set aside for training, a meeting or the like, the day is taken by the salon,
not held for the caller: the HELD claim of that clause is dropped.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import CLAUSE_PIECE

_NO_CHARGE = lazy(
    r"\b(?:park\w*|parken|parkplatz\w*|kaffee|coffee|getränk\w*|drinks?|wasser|water|wlan|wifi|"
    r"wi-fi|kostet|kosten|price|charge)\b"
)
# "it's free", "ab neun ist das frei": what is free is what the clause before named
_PRONOUN = lazy(r"\b(?:it's|it\s+is|that's|that\s+is|ist\s+(?:es|das)|das\s+ist|es\s+ist)\b")
_FREE = lazy(r"\b(?:frei|free|kostenlos|gratis)\b")
_PURPOSE = lazy(
    r"\b(?:set\s+aside|reserved|blocked|geblockt|blockiert|reserviert|freigehalten|vorgesehen)\s+"
    r"(?:\w+\s+)?(?:for|für)\s+(?:a\s+|an\s+|the\s+|our\s+|eine?n?\s+|die\s+|das\s+|den\s+|unsere?n?\s+)?"
    r"(?:\w+\s+)?(?:training|schulung|fortbildung|inventur|stocktake|meeting|teammeeting|"
    r"besprechung|event|seminar|workshop|renovation|renovierung|umbau|betriebsausflug)\b|"
    r"\b(?:für|for)\s+(?:a\s+|an\s+|the\s+|eine?n?\s+|die\s+|das\s+|den\s+)?(?:\w+\s+)?"
    r"(?:training|schulung|fortbildung|inventur|stocktake|meeting|teammeeting|besprechung|"
    r"seminar|workshop|renovierung|umbau)\s+(?:set\s+aside|reserved|blocked|geblockt|"
    r"blockiert|reserviert|freigehalten|vorgesehen)\b"
)


def without_slot_elsewhere(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus slot claims of clauses that are about no slot of the caller (see above)."""
    kinds = {c.kind for c in claims}
    if ClaimKind.AVAILABLE not in kinds and ClaimKind.HELD not in kinds:
        return claims
    folded = fold(sentence)
    text = folded.text
    no_charge = _NO_CHARGE.search(text) is not None and _FREE.search(text) is not None
    if not no_charge and not _PURPOSE.search(text):
        return claims
    drop: list[tuple[ClaimKind, int, int]] = []
    before = ""  # the clause before: "Park round the back on Friday, it's free after nine"
    for m in CLAUSE_PIECE.finditer(text) if no_charge else ():
        piece = m.group()
        if _FREE.search(piece) and (
            _NO_CHARGE.search(piece) or (_PRONOUN.search(piece) and _NO_CHARGE.search(before))
        ):
            drop.append((ClaimKind.AVAILABLE, *folded.span(m.start(), m.end())))
        before = piece
    for m in re.finditer(r"[^.!?;]+", text):
        if _PURPOSE.search(m.group()):
            drop.append((ClaimKind.HELD, *folded.span(m.start(), m.end())))
    return tuple(c for c in claims if not any(k is c.kind and s <= c.start < e for k, s, e in drop))
