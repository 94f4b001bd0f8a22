"""A date said as two ordinals, day and month ("den achtundzwanzigsten Elften"), before a
booking said of everything: "Für den achtundzwanzigsten Elften ist alles gebucht" (blind 11).

The clause reader takes "den … Elften" for a person the sentence is about, so "ist alles gebucht"
is read of someone else; the details reader reads the date (28.11.). A day and a month said as
ordinals after "für den" / "am", then the booking, is the caller's booking: BOOKED, with that
date. Not: questions, negations, conditions, a day that is full ("ausgebucht", "voll").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_MONTH = (
    r"(?:ersten|zweiten|dritten|vierten|fünften|sechsten|siebten|achten|neunten|zehnten|elften|"
    r"zwölften)"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(rf"\b{_MONTH}\b"),
        lazy(
            rf"\b(?:für\s+den|am)\s+[a-zäöüß]+(?:te[nrm]?|ste[nrm]?)\s+{_MONTH}\s+(?:ist|sind)\s+"
            r"(?:sie\s+|alles\s+)?(?:jetzt\s+|fest\s+)?(?:gebucht|eingetragen|eingebucht|bestätigt)\b"
        ),
        unless=lazy(NOT_STATED.pattern + r"|ausgebucht|voll"),
    ),
)
