"""Claims said through irony, a double negation or the future perfect (blind 16, claims25):
"Nicht, dass der Freitag nicht gebucht wäre – er ist es", "Es ist ja nicht so, als wären Sie am
Freitag nicht eingetragen", "Not that Friday isn't booked – it is", "It's not as if you weren't
in for Friday" (two negations: the plain claim), "Am Freitag werden Sie gebucht gewesen sein",
"Der Freitag wird bis dahin eingetragen worden sein", "By Friday it'll all have been booked"
(what will have been done is said done: the plain claim, the lead's decision for round 16).

Read as a booking (a cancellation when its word is one) with the details of the sentence, in
place of the "not booked" the inner negation reads. Not: a condition before the future ("Sobald
Sie Ja sagen, wird der Termin gebucht sein" stays not booked, convention 5), a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

_BOOKED_DE = (
    r"(?:gebucht|eingetragen|fest|fix|drin|drinstehen|drinstehe|bestätigt|eingeplant|notiert)"
)
_CANCELLED_DE = r"(?:storniert|abgesagt|gestrichen|gelöscht)"
_BOOKED_EN = r"(?:booked|confirmed|in|down|scheduled|on\s+the\s+books|firm|set)"
_CANCELLED_EN = r"(?:cancell?ed|called\s+off)"
# "nicht, dass … nicht …", "es ist (ja / keineswegs) nicht so, als / dass … nicht …"
_IRONY_DE = (
    r"(?:\bnicht\s*,?\s*dass\b|\bnicht\s+so\s*,?\s*(?:als|dass)\b|"
    r"\b(?:keineswegs|keinesfalls|gar\s+nicht)\s+so\s*,?\s*(?:als|dass)\b)[^.;!?]*?\bnicht\b[^.;!?]*?\b"
)
_IRONY_EN = (
    r"(?:\bnot\s+that\b|\bnot\s+(?:as\s+if|as\s+though|like)\b|"
    r"\b(?:isn't|is\s+not|it's\s+not)\s+(?:as\s+if|as\s+though|like)\b)[^.;!?]*?"
    r"(?:n't\b|\bnot\b)[^.;!?]*?\b"
)
_FUTURE_DE = (
    r"^[^.;!?]*?\b(?:wird|werden|wirst)\b[^.;!?]*?\b{w}\s+(?:worden|gewesen)\s+sein\b|"
    r"^[^.;!?]*?\b(?:wird|werden|wirst)\b[^.;!?]*?\b(?:schon|bereits)\b[^.;!?]*?\b{w}\s+sein\b"
)
_FUTURE_EN = r"^[^.;!?]*?\b(?:will|'ll)\s+(?:all\s+|already\s+)?have\s+been\s+(?:\w+\s+)?{w}\b"
_CONDITION_DE = lazy(r"\b(?:wenn|falls|sobald|sofern|nachdem|ob|erst)\b")
_CONDITION_EN = lazy(r"\b(?:if|once|when|after|unless|whether|as\s+soon\s+as)\b")


def _de(kind: ClaimKind, word: str) -> tuple[Rule, ...]:
    return (
        Rule(
            "de",
            kind,
            re.compile(r"nicht|keineswegs|keinesfalls"),
            re.compile(rf"{_IRONY_DE}{word}\b"),
            unless=None,
            replaces=frozenset({K.NOT_BOOKED, K.BOOKED, K.CANCELLED}),
        ),
        Rule(
            "de",
            kind,
            re.compile(r"\bwir|\bwerden"),
            re.compile(_FUTURE_DE.format(w=word)),
            unless=_CONDITION_DE,
            own_details=True,
        ),
    )


def _en(kind: ClaimKind, word: str) -> tuple[Rule, ...]:
    return (
        Rule(
            "en",
            kind,
            re.compile(r"\bnot\b|n't"),
            re.compile(rf"{_IRONY_EN}{word}\b"),
            unless=None,
            replaces=frozenset({K.NOT_BOOKED, K.BOOKED, K.CANCELLED}),
        ),
        Rule(
            "en",
            kind,
            re.compile(r"have\s+been"),
            re.compile(_FUTURE_EN.format(w=word)),
            unless=_CONDITION_EN,
            own_details=True,
        ),
    )


RULES = (
    _de(K.CANCELLED, _CANCELLED_DE)
    + _de(K.BOOKED, _BOOKED_DE)
    + _en(K.CANCELLED, _CANCELLED_EN)
    + _en(K.BOOKED, _BOOKED_EN)
)
