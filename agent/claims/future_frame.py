"""A claim said in the future of the caller's visit or of the call's end: "You'll be seeing
Fabian on Friday at ten, that's booked", "By the time you hang up you'll already be in our
system, it's done", "Before you've even hung up you'll be in the calendar" (blind 12).

The clause readers take "you'll …" for a plan or a condition, so the verdict joined to it ("that's
booked") or the record the caller "will be in" is not read. Said without a condition it states
the booking: BOOKED, with the details the sentence names. Not: questions, negations, conditions
("If you say yes, you'll be in the system", "Once I confirm, …", "as soon as"), what the agent
might do ("could", "should").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_NOT_CERTAIN = lazy(
    NOT_STATED.pattern + r"|\b(?:once|when|as\s+soon\s+as|after|could|should|might|may|would|"
    r"maybe|perhaps|probably|hopefully|try|trying)\b"
)
_RECORD = r"(?:system|calendar|diary|books?|schedule|planner)"

RULES = (
    # "you'll (already) be in our system / in the calendar"
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\byou(?:'ll|\s+will)\b"),
        lazy(
            rf"\byou(?:'ll|\s+will)\s+(?:already\s+|even\s+|all\s+)?be\s+(?:(?:booked|down|"
            rf"written)\s+)?in\s+(?:our|the)\s+{_RECORD}\b"
        ),
        unless=_NOT_CERTAIN,
    ),
    # "You'll be seeing Fabian on Friday at ten, that's booked."
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\byou(?:'ll|\s+will)\b"),
        lazy(
            r"^\W*you(?:'ll|\s+will)\b[^.;:]*,\s*(?:and\s+)?(?:that's|that\s+is|it's|it\s+is)\s+"
            r"(?:all\s+|now\s+|already\s+)?(?:booked(?:\s+in)?|confirmed|firm|fixed|locked\s+in)"
            r"\W*$"
        ),
        unless=_NOT_CERTAIN,
    ),
)
