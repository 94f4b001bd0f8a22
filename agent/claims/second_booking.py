"""A second or further booking said done by its slot (blind 39, claims95): "To be safe I booked a
second one, Friday 10:30", "Just in case, I booked another one, Friday 11:30", "Sicherheitshalber
habe ich noch einen zweiten eingetragen, Freitag 10:30".

"One" / "einen zweiten" stands for an appointment, and the slot said after the comma is the one
booked: BOOKED with the details the sentence names, so a slot no booking has (a duplicate the
calendar does not hold) is checked. Not: questions, conditions, an offer ("Shall I book a
second one?"), a denial ("I didn't book another one").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_NOT_SAID = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|würde|könnte|nicht|kein\w*|if|whether|shall|should|"
    r"would|could|not|never)\b|n't\b"
)

RULES = (
    Rule(
        "en",
        K.BOOKED,
        lazy(r"second|another|extra"),
        lazy(
            r"\bi(?:'ve|\s+have)?\s+(?:also\s+|just\s+|now\s+)?(?:booked|put\s+in|made|entered)\s+"
            r"(?:a\s+second|another|an\s+extra|a\s+further)\s+(?:one|appointment|booking|slot)\b"
        ),
        unless=_NOT_SAID,
        placed=True,
    ),
    Rule(
        "de",
        K.BOOKED,
        lazy(r"zweite|weitere|noch\s+einen"),
        lazy(
            r"\b(?:habe|hab)\s+ich\s+(?:\w+\s+){0,3}?(?:noch\s+)?(?:einen|ein)\s+"
            r"(?:zweiten|weiteren|zusätzlichen|zweites|weiteres)\s+(?:\w*termin\s+)?"
            r"(?:eingetragen|gebucht|angelegt)\b|"
            r"\bich\s+habe\s+(?:\w+\s+){0,3}?(?:noch\s+)?(?:einen|ein)\s+(?:zweiten|weiteren|"
            r"zusätzlichen|zweites|weiteres)\s+(?:\w*termin\s+)?(?:eingetragen|gebucht|angelegt)\b"
        ),
        unless=_NOT_SAID,
        placed=True,
    ),
)
