"""The other appointment said to stay beside a change made to one (blind 13, claims22): "Den
Freitag habe ich gestrichen, die Strähnchen am Samstag bleiben", "Freitag ist storniert, Samstag
bei Lena steht weiterhin", "I've scrapped Friday, the highlights on Saturday remain", "Friday's
cancelled, but your Saturday with Lena is still on", "…; Saturday's highlights stay as they are".

A clause of its own (after a comma, semicolon, "aber", "but") whose subject names a day (with a
service or stylist beside it, before or after) and whose predicate says it stays: STANDS of that
day (see `stands`), so the sentence is true only where the change was made and the named
appointment still stands as booked; it replaces the booking the clause readers read there.
Not: conditions, what should or would stay.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_NOT_STATED = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|sollte|möchten|würde|wäre|if|whether|unless|should|"
    r"would|could|nicht|kein\w*|not|no|never)\b|n't\b"
)

RULES = (
    Rule(
        "de",
        K.STANDS,
        lazy(r"\b(?:bleib(?:t|en)|steh(?:t|en)\s+weiter)"),
        lazy(
            rf"^\W*(?:aber\s+|und\s+)?(?:[\w.:]+\s+){{0,4}}?{_DAY}(?:\s+[\w.:]+){{0,3}}?\s+"
            r"(?:bleib(?:t|en)|steh(?:t|en)\s+weiter(?:hin)?)"
            r"(?:\s+(?:bestehen|weiter(?:hin)?|so|natürlich|wie\s+(?:er|sie|es)\s+"
            r"(?:ist|sind|war|waren)))*\W*$"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
    Rule(
        "en",
        K.STANDS,
        lazy(r"\b(?:stays?|remains?|still)\b"),
        lazy(
            rf"^\W*(?:but\s+|and\s+)?(?:[\w']+\s+){{0,4}}?{_DAY}(?:'s)?(?:\s+[\w']+){{0,3}}?\s+"
            r"(?:stays?|remains?|(?:is|are)\s+still\s+on|still\s+stands?)"
            r"(?:\s+(?:as\s+(?:it\s+is|they\s+are|it\s+was|they\s+were)|in\s+place|unchanged|"
            r"booked))?\W*$"
        ),
        unless=_NOT_STATED,
        clause=True,
        replaces=frozenset({K.BOOKED}),
    ),
)
