"""The caller said to have the slot, also as the answer to a question the agent asks itself:
"You've got the last Friday slot with Fabian", "Sie haben jetzt den letzten Platz am Freitag",
"Guess who's got the last Friday slot with Fabian? You do!", "Raten Sie mal, wer den letzten
Platz am Freitag hat? Sie!".

Having the slot is having the appointment (the corpus's possession family: "the slot is
yours"), a BOOKED claim with the day, time and stylist it names. An answered question is read
as its answer states it: the question's "who" is the caller. Not: questions left open
("Who's got the slot before you?"), negated or conditional sentences ("if you get the slot").
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.sentence_claims import claims_where

_SLOT_EN = r"(?:the\s+)?(?:\w+\s+){0,4}?(?:slot|spot|appointment|place|opening)\b"
# blind 34 (claims75): "You got the very last slot", "You grabbed the last slot on Friday",
# "You managed to land the last opening"
_HAVE_EN = lazy(
    rf"\byou(?:'ve|\s+have)\s+(?:now\s+)?got\s+{_SLOT_EN}|\byou\s+(?:now\s+)?(?:have|get)\s+{_SLOT_EN}|"
    r"\byou(?:'ve|\s+have)?\s+(?:just\s+)?(?:got|grabbed|snagged|landed|bagged|"
    rf"managed\s+to\s+(?:get|grab|land|snag))\s+{_SLOT_EN}"
)
_SLOT_DE = r"(?:den|die|das)\s+(?:\w+\s+){0,4}?(?:platz|termin|slot|lücke|zeitfenster)\b"
# blind 34 (claims75): "Sie haben sich das allerletzte freie Zeitfenster geschnappt"
_HAVE_DE = lazy(
    rf"\b(?:sie\s+haben|haben\s+sie)\s+(?:sich\s+)?(?:jetzt\s+|nun\s+)?{_SLOT_DE}|"
    rf"\b(?:sie\s+bekommen|bekommen\s+sie)\s+(?:jetzt\s+|nun\s+)?{_SLOT_DE}"
)
# "Guess who's got …? You do!": the question answered by "you"
_ANSWERED_EN = lazy(
    r"\bwho(?:'s\s+got|\s+has\s+got|\s+has|\s+gets)\b([^?]*)\?\s*(?:you\s+do|you|that's\s+you)\b"
)
_ANSWERED_DE = lazy(r"\bwer\b([^?]*)\b(?:hat|bekommt)\b\s*\?\s*(?:sie|das\s+sind\s+sie)\b")

_ANY = lazy(r"\S")


def _placed(claim: Claim) -> bool:
    """A day or a time named: what the caller is said to get is a slot ("who gets Saturday at
    eleven?"), not "a birthday today"."""
    return any(d.weekdays or d.times for _, d in claim.details.parts)


def possessed_slots(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED claims of `sentence` that say the caller has the slot (see above)."""
    en = lang == "en"
    answered = (_ANSWERED_EN if en else _ANSWERED_DE).search(sentence.lower())
    if answered:
        # read the question as its answer: "you've got the last Friday slot with Fabian."
        said = f"you've got{answered[1]}." if en else f"sie haben{answered[1]}."
        claims = claims_where(said, _ANY, ClaimKind.BOOKED, names)
        return tuple(
            Claim(c.kind, 0, len(sentence), c.details)
            for c in claims
            if (_HAVE_EN if en else _HAVE_DE).search(said) or _placed(c)
        )
    return claims_where(sentence, _HAVE_EN if en else _HAVE_DE, ClaimKind.BOOKED, names)
