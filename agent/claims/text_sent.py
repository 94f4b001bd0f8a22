"""The confirmation said sent as a text: "Die Terminbestätigung ist rausgegangen, per
Kurznachricht", "The booking confirmation went out to you by text" (blind 11 and its probes).

A confirmation sent by text states a text sent (FOLLOW_UP text: false in a salon that sends none)
and the outcome it confirms (DONE: after a cancellation the confirmation is the cancellation's),
not a booking read in "Terminbestätigung" / "booking confirmation", which it replaces. Not:
questions, negations, conditions, a confirmation to come once something is done ("sobald",
"once").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind, FollowUp
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_UNLESS = lazy(NOT_STATED.pattern + r"|\b(?:sobald|once|when|as\s+soon\s+as)\b")
_DE = lazy(
    r"\b\w*bestätigung\b[^.!?]*\b(?:rausgegangen|rausgeschickt|verschickt|versendet|gesendet|"
    r"raus)\b[^.!?]*\b(?:per|als)\s+(?:sms|kurznachricht|textnachricht)\b"
)
_EN = lazy(
    r"\bconfirmation\b[^.!?]*\b(?:went\s+out|has\s+gone\s+out|gone\s+out|is\s+out|was\s+sent|"
    r"has\s+been\s+sent)\b[^.!?]*\b(?:by|as\s+a|via)\s+(?:text|sms)\b"
)
_REPLACES = frozenset({K.BOOKED})

RULES = (
    Rule(
        "de",
        K.FOLLOW_UP,
        lazy(r"bestätigung"),
        _DE,
        FollowUp.TEXT,
        _UNLESS,
        replaces=_REPLACES,
    ),
    Rule("de", K.DONE, lazy(r"bestätigung"), _DE, unless=_UNLESS, replaces=_REPLACES),
    Rule(
        "en",
        K.FOLLOW_UP,
        lazy(r"confirmation"),
        _EN,
        FollowUp.TEXT,
        _UNLESS,
        replaces=_REPLACES,
    ),
    Rule("en", K.DONE, lazy(r"confirmation"), _EN, unless=_UNLESS, replaces=_REPLACES),
)
