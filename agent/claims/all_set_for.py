"""The caller said set or booked for a day counted from today in several words: "You're all set
for the day after tomorrow", "You're booked for two days from now" (blind 11).

The clause readers read "for the day" as a span of time, so the booking before it is lost. Said
of the caller with a relative day after "for", it is the booking: BOOKED, with that day. Not:
questions, negations, conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

RULES = (
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\bday\s+after|\bdays\s+from\s+now|\bin\s+two\s+days"),
        lazy(
            r"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:all\s+)?(?:set|booked(?:\s+in)?|confirmed|down)\s+"
            r"(?:(?:for|on)\s+)?(?:the\s+day\s+after(?:\s+tomorrow)?|two\s+days\s+from\s+now|in\s+two\s+days)\b"
        ),
    ),
)
