"""A move said only by the way it went or by where the caller is now instead, with a verb that alone names no move (blind 13, claims22):
"I've set your appointment back a bit", "I've put your appointment a bit later", "We've bumped
you forward", "I've nudged it back slightly"; or by the day the caller is on now instead of the
old one ("…, you're on Thursday at three instead of Friday, … – does that suit you?").

RESCHEDULED, replacing the booking the clause readers read in "set" or "put"; `move_direction`
then adds the way it went, so the sentence is backed only by a move that went that way
(convention 6). Not: "back to" (a return, not a way), conditions, questions, negations, what
could or would be done.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS
from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import NOT_STATED, Rule

K = ClaimKind
_DAY = "(?:" + "|".join(WEEKDAYS) + ")"

RULES = (
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"\b(?:back|later|earlier|forward)\b"),
        lazy(
            r"\b(?:set|put|bumped|nudged|pushed)\s+(?:your\s+(?:\w+\s+)?(?:appointment|booking)|"
            r"you|it)\s+(?:(?:a\s+)?(?:bit|little|touch|tad|slightly|somewhat)\s+)?"
            r"(?:back|later|earlier|forward)\b(?!\s+(?:to|into|in)\b)"
        ),
        unless=lazy(NOT_STATED.pattern + r"|\b(?:can|could|would|should|shall|will)\b"),
    ),
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"\binstead\s+of\b"),
        lazy(
            rf"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:on|in\s+for|down\s+for|booked\s+for)\s+{_DAY}\b"
            rf"[^,;.!?–—]*\binstead\s+of\s+{_DAY}\b"
        ),
        unless=lazy(r"\b(?:if|whether|unless|could|would|should|not)\b|n't\b"),
        questions=True,  # the statement before a question tag ("– does that suit you?")
        clause=True,
        replaces=frozenset({K.BOOKED, K.AVAILABLE}),
    ),
)
