"""The caller's wish named, then said to be had: "Genau, Freitag um zehn war Ihr Wunsch, und den
haben Sie jetzt", "Ja, Freitag vormittags um zehn, das wollten Sie, und das haben Sie jetzt
auch", "Yes, Friday at ten, as you wanted, and that's what you've got now", "Friday at ten was
what you asked for, and it's yours now" (blind 12 and its probes).

The clause readers read the wish as the caller's and "den haben Sie jetzt" / "it's yours now"
as no record verb. A day and a time named, and the caller said to have it now, is the booking:
BOOKED, with those details. Not: without a day and a time (`placed`), questions, negations,
conditions.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import ClaimKind
from agent.claims.word_rules import Rule

K = ClaimKind

RULES = (
    Rule(
        "de",
        K.BOOKED,
        lazy(r"\bhaben\s+sie\s+(?:jetzt|nun)\b"),
        lazy(
            r"(?:,|\bund\b)\s*(?:und\s+)?(?:den|das|die|ihn)\s+haben\s+sie\s+(?:jetzt|nun)"
            r"(?:\s+auch)?\W*$"
        ),
        placed=True,
    ),
    Rule(
        "en",
        K.BOOKED,
        lazy(r"\byou've\s+got\s+now\b|\byours\s+now\b|\byou've\s+got\s+it\s+now\b"),
        lazy(
            r"(?:,|\band\b)\s*(?:and\s+)?(?:that's\s+what\s+you've\s+got|it's\s+yours|"
            r"that's\s+yours|you've\s+got\s+it)\s+now\W*$"
        ),
        placed=True,
    ),
)
