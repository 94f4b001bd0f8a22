"""A move said only by the way it went, with a verb that alone names no move (blind 13, claims22):
"I've set your appointment back a bit", "I've put your appointment a bit later", "We've bumped
you forward", "I've nudged it back slightly".

RESCHEDULED, replacing the booking the clause readers read in "set" or "put"; `move_direction`
then adds the way it went, so the sentence is backed only by a move that went that way
(convention 6). Not: "back to" (a return, not a way), conditions, questions, negations, what
could or would be done.
"""

from __future__ import annotations

import re

from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind

RULES = (
    Rule(
        "en",
        K.RESCHEDULED,
        re.compile(r"\b(?:back|later|earlier|forward)\b"),
        re.compile(
            r"\b(?:set|put|bumped|nudged|pushed)\s+(?:your\s+(?:\w+\s+)?(?:appointment|booking)|"
            r"you|it)\s+(?:(?:a\s+)?(?:bit|little|touch|tad|slightly|somewhat)\s+)?"
            r"(?:back|later|earlier|forward)\b(?!\s+(?:to|into|in)\b)"
        ),
        unless=re.compile(NOT_STATED.pattern + r"|\b(?:can|could|would|should|shall|will)\b"),
    ),
)
