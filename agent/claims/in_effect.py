"""The caller's appointment said to be in force (blind 13, claims22): "The appointment has been
processed and is now active", "Your reservation is processed and in effect", "Your booking is
live now", "Ihr Termin ist bearbeitet und jetzt aktiv", "Die Buchung ist verarbeitet und damit
wirksam".

An appointment, booking or reservation (of the caller: not a system, a website) said active, live
or in effect is booked: BOOKED, replacing the bare success (DONE: "processed") or the hold
("reservation") the clause readers read there, which a cancellation or a hold would back.
Not: conditions, negations, questions, what will or would be active.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|nicht|kein\w*|nicht\s+mehr|wird|würde|wäre|sobald|if|whether|"
    r"unless|not|no|no\s+longer|will|would|once|until)\b|n't\b"
)
_REPLACED = frozenset({K.DONE, K.HELD, K.BOOKED})

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\b(?:aktiv|wirksam|in\s+kraft)\b"),
        lazy(
            r"^\W*(?:ihr|ihre|der|die)\s+(?:\w+\s+){0,2}?(?:termin|buchung|reservierung)\b"
            r"[^.;!?]*?\b(?:ist|sind)\s+(?:\w+\s+){0,5}?(?:jetzt\s+|nun\s+|damit\s+)?"
            r"(?:aktiv|wirksam|in\s+kraft)\b"
        ),
        unless=_NOT_STATED,
        replaces=_REPLACED,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\b(?:active|live|in\s+effect)\b"),
        lazy(
            r"^\W*(?:the|your)\s+(?:\w+\s+){0,2}?(?:appointment|booking|reservation)\b"
            r"[^.;!?]*?\b(?:is|has\s+been|'s)\s+(?:\w+\s+){0,4}?(?:now\s+)?"
            r"(?:active|live|in\s+effect)\b"
        ),
        unless=_NOT_STATED,
        replaces=_REPLACED,
    ),
)
