"""A day of a month corrected to another month inside one phrase ("am 14. April, Quatsch, Mai",
"the 9th of January, no, February"): the caller keeps the day and swaps the month, so the day
of the month said last is meant. Without this the bare month after the correction word replaced
the whole date and the caller was asked which day of that month (blind round 29)."""

from __future__ import annotations

import re

from tools.when.lexicon import CORRECTION_PHRASES, MONTH_RE

# Words (folded) that take back a month; "Blödsinn", "Unsinn" as callers say "Quatsch"
_TAKEN_BACK = "|".join(
    sorted([*CORRECTION_PHRASES, "bloedsinn", "unsinn", "ach", "oh", "doch"], key=len, reverse=True)
)
_DAY_MONTH_CORRECTED = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE})\b"
    rf"(?P<back>(?:\s+(?:{_TAKEN_BACK})\b)+)\s+(?:(?:in|im|the|den)\s+)?"
    rf"(?P<month>{MONTH_RE})\b(?!\s*\d)"
)


def month_corrected(text: str) -> str:
    """The folded text with "<day> <month>, <correction>, <other month>" said as that day of
    the other month; a new day said with the other month ("am 14. April, nein, 15. Mai") is left
    to the correction rules."""
    return _DAY_MONTH_CORRECTED.sub(lambda m: f"{m['day']}. {m['month']}", text)
