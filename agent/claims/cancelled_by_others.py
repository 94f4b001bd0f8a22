"""Cancellations said with the stylist or the salon as subject, or of a service named on a day
(blind 15): "Fabian hat Ihren Freitagstermin aus seinem Plan genommen", "Der Salon hat Ihre
Absage für Freitag angenommen", "Lena has taken your Friday appointment out of her book", "The
salon has accepted your cancellation for Friday", "Your colour on Friday has been cancelled".

CANCELLED with the details the sentence names (the service too: "your colour" is not the perm
that was cancelled). Not: questions, conditions, negations, another customer's appointment
("seinen Kunden", "her client").
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_WHO = r"(?:fabian|lena|sophie|mehmet|der\s+salon|das\s+team|the\s+salon|the\s+team|we)"
_NOT = lazy(NOT_STATED.pattern + r"|\b(?:kund\w*|client\w*|customer\w*|soll|shall|would)\b")

RULES = (
    Rule(
        "de",
        K.CANCELLED,
        lazy(r"genommen|angenommen|gestrichen|entfernt"),
        lazy(
            rf"^\W*{_WHO}\s+hat\s+ihre[nm]?\s+(?:\w+\s+){{0,3}}?(?:aus\s+(?:seinem|ihrem|dem)\s+"
            r"(?:plan|kalender|buch|terminbuch)\s+(?:genommen|gestrichen|entfernt)|"
            r"(?:ab|aus)\s+(?:seinem|ihrem|dem)\s+\w+\s+(?:genommen|gestrichen))\b|"
            rf"^\W*{_WHO}\s+hat\s+ihre\s+(?:absage|stornierung)\s+(?:\w+\s+){{0,3}}?"
            r"(?:angenommen|bestätigt|entgegengenommen|eingetragen)\b"
        ),
        unless=_NOT,
    ),
    Rule(
        "en",
        K.CANCELLED,
        lazy(r"taken|accepted|cancel"),
        lazy(
            rf"^\W*{_WHO}\s+(?:has|'s|have|'ve)\s+taken\s+your\s+(?:\w+\s+){{0,3}}?out\s+of\s+"
            r"(?:his|her|their|the|our)\s+(?:book|diary|calendar|schedule)\b|"
            rf"^\W*{_WHO}\s+(?:has|have)\s+accepted\s+your\s+cancellation\b|"
            rf"^\W*your\s+(?:\w+\s+){{1,2}}?on\s+{_DAY}\s+has\s+been\s+cancell?ed\b"
        ),
        unless=_NOT,
    ),
)
