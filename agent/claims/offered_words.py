"""Slots offered in words `offered_slot.py` does not list, read per clause (the clause must name
the day and the time, so an offer's time after a question about another day is not one):
"Darf ich Ihnen den Freitag um zehn geben?", "Kann ich Ihnen Samstag um elf anbieten?", "Bei
Lena wäre am Samstag um elf noch ein Platz, soll ich?", "Samstag um elf hätte Lena Zeit",
"Freitag um zwölf ist bei Fabian noch offen", "I could give you tomorrow at 3 pm with Fabian".

Each names the slot as AVAILABLE (see slots.py): backed only by a slot the call holds, offered
or set free.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

_UNLESS = lazy(NOT_STATED.pattern + r"|\b(?:haben\s+sie|hätten\s+sie|sie\s+haben)\b")

RULES = (
    Rule(
        "de",
        ClaimKind.AVAILABLE,
        lazy(r"geben|anbieten|wäre|hätte|\bnoch\s+(?:offen|frei|verfügbar|zu\s+haben)"),
        lazy(
            r"\b(?:soll|darf|kann|könnte)\s+ich\s+ihnen\b[^.?!]*\b(?:geben|anbieten)\b|"
            r"\bwäre\b[^.?!]*\bnoch\s+(?:eine?\s+)?(?:platz|termin|lücke|was|etwas)\b|"
            r"\bhätte\b[^.?!]*\bzeit\b|"
            r"\b(?:ist|sind|wäre)\b[^.?!]*\bnoch\s+(?:offen|frei|verfügbar|zu\s+haben)\b"
        ),
        unless=_UNLESS,
        questions=True,
        clause=True,
        placed=True,
    ),
    # the day and time first, cut off by commas from what is said of them (blind 11/12): "Am
    # Donnerstag, 15 Uhr, ist ein Platz offen", "Donnerstag, fünfzehn Uhr, wäre bei Fabian noch
    # zu haben"
    Rule(
        "de",
        ClaimKind.AVAILABLE,
        lazy(r"\b(?:offen|frei|verfügbar|zu\s+haben)\b"),
        lazy(
            r"^\W*(?:am\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)\w*,[^.?!]*,\s*"
            r"(?:ist|sind|wäre)\s+(?:\w+\s+){0,3}?(?:noch\s+)?(?:eine?\s+(?:freier\s+)?"
            r"(?:platz|termin|lücke)\s+)?(?:offen|frei|verfügbar|zu\s+haben)\b"
        ),
        unless=_UNLESS,
        questions=True,
        placed=True,
    ),
    Rule(
        "en",
        ClaimKind.AVAILABLE,
        lazy(r"\bi\s+(?:can|could)\s+(?:give|offer)\b"),
        lazy(r"\bi\s+(?:can|could)\s+(?:give|offer)\s+you\b"),
        questions=True,
        clause=True,
        placed=True,
    ),
)
