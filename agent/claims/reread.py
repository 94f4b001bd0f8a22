"""Readings of one kind replaced by another inside the clauses a pattern picks out: a hold
upgraded in words ("Der Termin ist nicht mehr bloß vorgemerkt, er ist jetzt fest gebucht",
"It's no longer just held – it's confirmed") is no cancellation; a cancellation recorded ("die
Absage ist bei uns angekommen und eingetragen", "your cancellation is logged") is no booking; a
clause the same sentence says is not booked yet ("Ich habe den Platz für Sie festgehalten, fest
gebucht ist er aber noch nicht") is a hold, not a booking.

The clause readers read "nicht mehr" / "no longer" as an end, a record verb as a booking, and
"festgehalten" as recorded; these patterns say what the clause is about instead. The replaced
reading is dropped and, where the clause states one, the right one added (BOOKED for the
upgrade, CANCELLED for the recorded cancellation).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.pieces import sentence_pieces

K = ClaimKind
_HELD = (
    r"(?:vorgemerkt|reserviert|geblockt|angefragt|vorläufig|held|reserved|on\s+hold|pencil+ed\s+in)"
)
_UPGRADE = lazy(
    rf"\bnicht\s+mehr\s+(?:nur|bloß|lediglich|einfach)\s+{_HELD}|"
    rf"\bno\s+longer\s+(?:just|only|merely|simply)\s+{_HELD}"
)
_CANCELLATION_RECORDED = lazy(
    r"\b(?:ihre\s+|die\s+)?(?:absage|stornierung|kündigung|stornoanfrage)\b[^,.;:!?]*\b"
    r"(?:eingetragen|vermerkt|notiert|erfasst|gespeichert|hinterlegt|angekommen|eingegangen|"
    r"bearbeitet|verbucht)\b|"
    r"\b(?:your\s+|the\s+)?cancellation\b[^,.;:!?]*\b(?:logged|recorded|noted|registered|"
    r"received|processed|on\s+file|in\s+the\s+system)\b"
)
_NOT_YET_BOOKED = lazy(
    r"\b(?:fest\s+|verbindlich\s+)?gebucht\s+ist\s+(?:er|es|sie|der\s+termin|das)\s+"
    r"(?:aber\s+|allerdings\s+|jedoch\s+)?noch\s+nicht\b|"
    r"\b(?:it|that)(?:'s|\s+is)\s+not\s+(?:yet\s+)?(?:booked|confirmed)\s+yet\b|"
    r"\bnot\s+(?:actually\s+)?booked\s+yet\b"
)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    drops: frozenset[ClaimKind]
    adds: ClaimKind | None
    whole_sentence: bool  # drop in the whole sentence, not just the matched clause


_RULES = (
    _Rule(_UPGRADE, frozenset({K.CANCELLED, K.GONE}), K.BOOKED, False),
    _Rule(_CANCELLATION_RECORDED, frozenset({K.BOOKED}), K.CANCELLED, False),
    _Rule(_NOT_YET_BOOKED, frozenset({K.BOOKED}), None, True),
)


def reread(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the readings above replaced."""
    folded = fold(sentence)
    text = folded.text
    if not any(r.pattern.search(text) for r in _RULES):
        return claims
    out = list(claims)
    for rule in _RULES:
        for (s, e), pieces in sentence_pieces(text):
            part = text[s:e]
            if not rule.pattern.search(part) or part.rstrip().endswith("?"):
                continue
            if rule.whole_sentence:
                spans = ((s, e),)
            else:
                spans = tuple((a, b) for a, b in pieces if rule.pattern.search(text[a:b]))
            for a, b in spans:
                start, end = folded.span(a, b)
                out = [c for c in out if not (c.kind in rule.drops and start <= c.start < end)]
                if rule.adds is not None:
                    details = read_details(text[a:b], names)
                    out.append(Claim(rule.adds, start, end, ClaimDetails(((Role.ANY, details),))))
    return tuple(out)
