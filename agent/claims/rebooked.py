"""A move said with "re-" verbs: "I've re-slotted you for Thursday at three", "It's been rebooked
to the new time" (blind 11 and its probes).

"rebook" alone is a booking (a booking made again after a failure); said "to / onto the new
time" it moves the appointment, and "re-slot" always does. RESCHEDULED (backed only by a moved
appointment, with the details the sentence names), in place of the booking read in the same
words. Not: questions, negations, conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

RULES = (
    Rule(
        "en",
        K.RESCHEDULED,
        lazy(r"re-?slott|re-?book"),
        lazy(
            r"\bre-?slotted\b|\bre-?booked\b[^.;!?]*\b(?:to|onto|into)\s+(?:the|your)\s+new\s+"
            r"(?:time|slot|day|date|appointment)\b"
        ),
        replaces=frozenset({K.BOOKED}),
    ),
)
