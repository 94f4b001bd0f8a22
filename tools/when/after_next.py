"""The weekday or week after the next one in the words of a sentence: "the Thursday after next",
"der Dienstag nach dem nächsten", "in der Woche nach der nächsten am Freitag". Read as the
"übernächsten Donnerstag" / "übernächste Woche" the rules know, so the same question is asked
where the second coming weekday and the one in the week after next differ (the first coming one
is still this week): "the Thursday after next" said on a Wednesday is asked with both, as
"übernächsten Donnerstag" is (round 46's labels).

Works on normalized text (`tools.when.normalize`: lower case, umlauts folded)."""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

# "the thursday after next", "der dienstag nach dem naechsten", "am freitag nach dem naechsten"
_DAY_AFTER_NEXT = re.compile(
    rf"\b(?:(?:the|der|den|am|on\s+the|on)\s+)?(?P<day>{WEEKDAY_RE})\s+"
    r"(?:after\s+next|nach\s+de[mn]\s+naechsten)\b"
)
# "in der woche nach der naechsten", "die woche nach der naechsten"
_WEEK_AFTER_NEXT = re.compile(r"\b(?:in\s+)?(?:der|die)\s+woche\s+nach\s+der\s+naechsten\b")


def after_next(text: str) -> str:
    """`text` (normalized) with the weekday or week after the next said as "übernächste"."""
    text = _DAY_AFTER_NEXT.sub(lambda m: f"uebernaechsten {m['day']}", text)
    return _WEEK_AFTER_NEXT.sub("uebernaechste woche", text)
