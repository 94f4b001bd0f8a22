"""A slash date with the order said beside it: "6/12, American style, month first", "2/5 the
British way, day first", "4/5 US format", "3/12, Tag zuerst".

A slash date readable both ways is asked in an English call (W6, W8); the caller who names the
reading has answered that question, so the date is that reading. Rewritten as a German dotted
date ("12.6."), read day first as always, and the words of the order dropped. Both orders said,
or none, leave the text as it was.

Works on normalized text (`tools.when.normalize`: "first" is "1st", punctuation dropped)."""

from __future__ import annotations

import re

_FIRST = r"(?:1st|first|zuerst|vorne|vorn)"
_STYLE = r"(?:style|way|format|order|notation|reading|date|stil|format|schreibweise|art)"
_MONTH_FIRST = re.compile(
    rf"\b(?:(?:the|in|im|auf)\s+)?(?:american|amerikanisch\w*)(?:\s+{_STYLE})?\b"
    rf"|\b(?:(?:the|in|im|auf)\s+)?(?:us|usa)\s+{_STYLE}\b"
    rf"|\b(?:the\s+|der\s+)?(?:month|monat)\s+{_FIRST}(?:\s+(?:then|dann)\s+(?:the\s+|der\s+)?(?:day|tag))?\b"
)
_DAY_FIRST = re.compile(
    r"\b(?:(?:the|in|im|auf)\s+)?(?:british|uk|english|european|german|continental|britisch\w*"
    rf"|englisch\w*|europaeisch\w*|deutsch\w*)(?:\s+{_STYLE})\b"
    rf"|\b(?:the\s+|der\s+)?(?:day|tag)\s+{_FIRST}(?:\s+(?:then|dann)\s+(?:the\s+|der\s+)?(?:month|monat))?\b"
)
_SLASH = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?(?![\d/])")


def slash_order(text: str) -> str:
    """`text` with a slash date whose order is said as that date, day first and dotted."""
    dates = list(_SLASH.finditer(text))
    month_first, day_first = _MONTH_FIRST.search(text), _DAY_FIRST.search(text)
    if len(dates) != 1 or (month_first is None) == (day_first is None):
        return text
    m = dates[0]
    a, b = (m[2], m[1]) if month_first else (m[1], m[2])
    year = f"{m[3]}" if m[3] else ""
    text = f"{text[: m.start()]}{a}.{b}.{year}{text[m.end() :]}"
    return " ".join((_MONTH_FIRST if month_first else _DAY_FIRST).sub(" ", text).split())
