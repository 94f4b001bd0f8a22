"""Nothing at all said to be entered for the caller any more: "Ich habe den Freitag entfernt, da
ist nichts mehr für Sie eingetragen" (blind 11).

The sentence's effect reading (`cancel_effect.gone_by_effect`) takes the clause for the named
day's visit gone, which the old place of a move backs; but "nichts mehr für Sie eingetragen"
names no day of its own: nothing is booked for the caller at all (NOT_BOOKED, no details: false
while any booking exists, a move's new place too). Not: a clause that names a day itself ("am
Freitag ist nichts mehr eingetragen"), conditions, questions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

RULES = (
    Rule(
        "de",
        K.NOT_BOOKED,
        lazy(r"nichts\s+mehr\s+für\s+sie"),
        lazy(
            r"^\W*(?:und\s+)?da\s+(?:ist|steht)\s+nichts\s+mehr\s+für\s+sie\s+(?:eingetragen|drin|"
            r"gebucht|im\s+kalender)\W*$"
        ),
        unless=lazy(r"\b(?:wenn|falls|ob|sofern|sobald)\b"),
        clause=True,
        own_details=True,
    ),
)
