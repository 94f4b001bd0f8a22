"""An appointment told gone by its effect on the visit: "Fabian rechnet am Freitag nicht mehr
mit Ihnen", "Der Freitag ist für Sie damit wieder frei", "Den Freitag brauchen Sie sich nicht
mehr freizuhalten", "Fabian won't be expecting you on Friday".

The stylist no longer expecting the caller, the caller's day free again or no longer to be kept
free, says the appointment there is gone: cancelled, or moved away from that day. That is a
GONE claim (with the day, time and stylist it names), backed by a cancelled appointment or the
old place of a move; it replaces a CANCELLED reading of the same words, which a move would not
back. Not: conditions, questions, another person's day ("Lena hat am Freitag wieder frei"). "Sie
müssen am Freitag nicht mehr kommen" / "You won't need to come in on Friday" are the same class,
read as GONE by the clause readers (reader_de.py, reader_en.py).
"""

from __future__ import annotations

import re

from agent.claims.details import Names
from agent.claims.model import Claim, ClaimKind
from agent.claims.pieces import CONDITION, stated_claims

_DE = re.compile(
    r"\b(?:rechnet|rechnen|erwartet|erwarten)\b.*\bnicht\s+mehr\s+mit\s+(?:ihnen|dir)\b|"
    r"\b(?:erwartet|erwarten)\s+(?:sie|dich)\b.*\bnicht\s+mehr\b|"
    r"\bfür\s+sie\b.*\bwieder\s+frei\b|"
    r"\b(?:(?:brauchen|müssen)\s+sie|sie\s+(?:brauchen|müssen))\s+(?:sich\s+)?(?:\w+\s+){0,4}nicht\s+mehr\s+(?:zu\s+)?"
    r"(?:freizuhalten|freihalten|frei\s+zu\s+halten|einzuplanen|einplanen)\b"
)
_EN = re.compile(
    r"\b(?:no\s+longer|isn't|is\s+not|won't\s+be|will\s+not\s+be|aren't|are\s+not)\s+"
    r"expecting\s+you\b|"
    r"\b(?:won't|will\s+not|don't|do\s+not|no\s+longer)\s+(?:need|have)\s+to\s+"
    r"(?:keep\s+(?:\w+\s+){1,3}(?:free|clear)|block)\b"
)


def gone_by_effect(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """GONE claims `sentence` makes by the effect on the visit (see above)."""
    return stated_claims(sentence, ClaimKind.GONE, _EN if lang == "en" else _DE, CONDITION, names)


def instead_of_cancelled(
    sentence: str, claims: tuple[Claim, ...], gone: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the CANCELLED readings inside a clause read as GONE; a bare success
    after a GONE clause of the same sentence ("No need to come in on Friday anymore, that's
    taken care of") is said of that visit gone, so it is read as GONE too."""
    gone = gone + tuple(c for c in claims if c.kind is ClaimKind.GONE)
    if not gone:
        return claims
    out = []
    for c in claims:
        if c.kind is ClaimKind.CANCELLED and any(
            g.start <= c.start and c.end <= g.end for g in gone
        ):
            continue
        if c.kind is ClaimKind.DONE and any(
            g.end <= c.start and not _SENTENCE_END.search(sentence, g.end - 1, c.start)
            for g in gone
        ):
            c = Claim(ClaimKind.GONE, c.start, c.end, c.details)
        out.append(c)
    return tuple(out)


_SENTENCE_END = re.compile(r"[.!?]\s")
