"""Evening and late wishes in other words, made the forms the time patterns read (README round
12: "so spät wie möglich" is the day's last start, "spät abends" the day's last hours):

- "the latest you have", "the latest you've got", "the latest one", "so spät wie geht", "as late
  as you go", "as late as you're open", "so spät wie Sie aufhaben": as late as possible;
- "spätabends", "late in the evening", "late evening": late in the evening ("spät abends");
- "at night" with a clock said after it ("Thursday, at night after seven"): the evening, the
  clock its time (a salon has no night hours; "at night" alone stays the night, outside);
- "um sieben oder später", "at seven or later": from that time ("ab sieben").
Works on normalized text (number words as digits)."""

from __future__ import annotations

import re

_CLOCK = r"(?:halb\s+|half\s+)?\d{1,2}(?::\d{2})?(?:\s*(?:uhr|pm|am|oclock))?"
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:the\s+)?latest\s+(?:(?:one|time|slot)\s+)?(?:you\s*(?:ve\s+)?(?:have|got|can\s+do)"
            r"|you\s+can|possible|available|there\s+is|theres)\b(?:\s+free|\s+left|\s+available)?"
        ),
        "as late as possible",
    ),
    (re.compile(r"\b(?:so\s+)?spaet\s+wie\s+(?:es\s+)?geht\b"), "so spaet wie moeglich"),
    # "as late as you go", "as late as you're open", "so spät wie Sie aufhaben": the salon's own
    # last start said by its hours, as "as late as possible"
    (
        re.compile(
            r"\bas\s+late\s+as\s+(?:you(?:\s+guys)?\s+(?:go|do|will\s+go|are\s+open|stay\s+open"
            r"|work|take\s+(?:people|bookings|appointments|clients)|have(?:\s+(?:it|anything))?"
            r"|can\s+(?:go|do|take\s+me|fit\s+me\s+in))|youre\s+open|youll\s+(?:go|take\s+me)"
            r"|it\s+goes|there\s+is|theres)\b"
        ),
        "as late as possible",
    ),
    (
        re.compile(
            r"\b(?:so\s+)?spaet\s+wie\s+(?:sie|ihr)\s+(?:aufhaben|aufhabt|auf\s+haben|offen\s+ha(?:ben|bt)"
            r"|geoeffnet\s+ha(?:ben|bt)|da\s+(?:sind|seid)|arbeiten|arbeitet)\b"
        ),
        "so spaet wie moeglich",
    ),
    (re.compile(r"\bspaetabends?\b|\bspaet\s+am\s+abend\b"), "spaet abends"),
    (re.compile(r"\blate\s+in\s+the\s+evening\b|\blate\s+evening\b"), "late in the day evening"),
    (re.compile(rf"\bat\s+night(?=\s+(?:after|at|around|from|by)\s+{_CLOCK}\b)"), "in the evening"),
    (re.compile(rf"\b(?:um|at)\s+({_CLOCK})\s+(?:oder|or)\s+(?:spaeter|later)\b"), r"ab \1"),
)


def late_words(text: str) -> str:
    """`text` (normalized) with evening and late wishes in the words the time patterns read."""
    for pattern, said in _REWRITES:
        text = pattern.sub(said, text)
    return text
