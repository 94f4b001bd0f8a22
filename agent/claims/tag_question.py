"""A booking said in the du-form or plainly and closed by a tag question (blind 39, claims95):
"Hab dich für Freitag um zehn eingetragen, passt?", "Ich hab Sie für Freitag gebucht, okay?",
"I've booked you for Friday at ten, alright?".

The tag asks the caller's agreement, not whether the booking is made: the statement before it
is the claim (BOOKED with the details it names), where a question would otherwise read none or
only an offer. Not: a question of the booking itself ("Soll ich dich eintragen, passt das?"), a
condition, a denial.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind
_TAG = r"\s*,\s*(?:passt|okay|ok|gut|ja|oder|alright|right|ok\s+so|yeah)(?:\s+(?:das|so|dir|ihnen))?\s*\?\s*$"
_NOT_SAID = lazy(
    r"\b(?:wenn|falls|ob|sofern|soll|sollen|kann|könnte|würde|nicht|kein\w*|noch|if|whether|shall|"
    r"should|could|would|not|yet)\b|n't\b"
)

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"eingetragen|gebucht"),
        lazy(
            r"^\W*(?:(?:so|okay|gut|alles\s+klar),?\s+)?(?:ich\s+)?(?:hab|habe)\s+(?:ich\s+)?"
            r"(?:dich|sie|euch)\s+(?:\w+\s+){0,5}?(?:eingetragen|gebucht)" + _TAG
        ),
        unless=_NOT_SAID,
        questions=True,
        replaces=frozenset({K.AVAILABLE}),
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"booked|put\s+you"),
        lazy(
            r"^\W*(?:(?:so|okay|right),?\s+)?i(?:'ve|\s+have)\s+(?:booked|put)\s+you\s+(?:\w+\s+){0,5}?"
            r"\w+" + _TAG
        ),
        unless=_NOT_SAID,
        questions=True,
        replaces=frozenset({K.AVAILABLE}),
    ),
)
