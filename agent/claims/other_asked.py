"""The caller's other appointment asked about, and the answer that points back to it (blind 44,
claims109; conventions 560 and 550).

After "Und was ist mit meinem anderen Termin?", "Und mein zweiter Termin?", "What about my other
appointment?", "What about the second one?" the answer's outcome ("Der steht auch.", "Der bleibt,
wie er ist.", "That one's booked too.", "I cancelled that one too.") is said of one of two
appointments the caller has: true only where the call holds two with an outcome (560: `among`
2; a cancellation or move of the other one is true nowhere). An answer that denies the premise
("Sie haben nur den einen am Freitag.", "You only have the one.") is read as said (550).

After a question that names the one it asks about ("Und der am Samstag?", "And the Saturday
one?", "Und der Termin bei Lena?") an answer pointing back to it ("Der steht auch.", "That's
booked too.") carries the question's day, time, stylist or service when it names none itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.caller_words import last_question
from agent.claims.details import Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

K = ClaimKind
_OUTCOMES = frozenset({K.BOOKED, K.STANDS, K.CANCELLED, K.RESCHEDULED, K.DONE})
# the other of the caller's appointments: "meinem anderen Termin", "der zweite", "the other one"
_OTHER = lazy(
    r"\b(?:ander(?:e|en|em|er)|zweite[nmr]?|other|second)\s+(?:\w*termin\w*|buchung|one|"
    r"appointment|booking)\b|\b(?:der|den|dem|the)\s+(?:andere|anderen|zweite|zweiten|other)\s*\?"
)
# a question that only names what it asks about: "Und der am Samstag?", "And the Saturday one?",
# "Und was ist mit dem Termin bei Lena?", "What about my Saturday appointment?"
_NAMED = lazy(
    r"^\W*(?:und|and|what\s+about|how\s+about|und\s+was\s+ist\s+mit|und\s+wie\s+sieht\s+es\s+mit|"
    r"was\s+ist\s+mit)\s+(?:der|den|dem|die|mein\w*|my|the)\b[^?]*\?$"
)
# the answer points back to the appointment asked about: a pronoun or "that one" as its subject
_POINTS_BACK = lazy(
    r"^\W*(?:(?:ja|genau|auch|yes|yeah|yep|and)\W+)*(?:der|den|dem|die|er|that|that's|it|it's|"
    r"i|i've|ich|an\s+dem)\b"
)
# the premise denied: one appointment only (550's exclusive "nur")
_ONLY = lazy(r"\b(?:nur|bloß|lediglich|only|just|kein\w*|no\s+other)\b")


def other_answered(
    sentence: str, caller: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` read as the answer about the appointment the caller asked after (see above)."""
    if not caller or not any(c.kind in _OUTCOMES for c in claims):
        return claims
    question = _last_question(caller)
    if question is None:
        return claims
    text = normalize(sentence)
    if "?" in text or len(re.findall(r"[\w']+", text)) > 12 or _ONLY.search(text):
        return claims
    if _OTHER.search(question):
        return tuple(
            replace(c, details=replace(c.details, among=max(2, c.details.among)))
            if c.kind in _OUTCOMES
            else c
            for c in claims
        )
    if not _NAMED.match(question) or not _POINTS_BACK.match(text):
        return claims
    asked = read_details(question, names)
    if asked.empty:
        return claims
    return tuple(
        replace(c, details=replace(c.details, parts=((Role.ANY, asked),)))
        if c.kind in _OUTCOMES and c.details.empty
        else c
        for c in claims
    )


def asks_after_other(caller: str) -> bool:
    """Whether the caller's last question asks after one of their appointments by naming it
    ("Und was ist mit meinem anderen Termin?", "And the Saturday one?"): its answer is read here."""
    question = _last_question(caller)
    return question is not None and bool(_OTHER.search(question) or _NAMED.match(question))


def _last_question(caller: str) -> str | None:
    question = last_question(normalize(caller))
    return question.strip() if question else None
