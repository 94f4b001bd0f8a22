"""A time said as a little before or after a clock time, in words the time patterns do not know:
"knapp vor zwölf", "knapp nach zehn", "etwas vor drei", "ein bisschen nach elf", "ein wenig vor
vier", "a bit before eleven", "a tad after two", "slightly after five". They are read as "kurz
vor" / "kurz nach" ("just before" / "just after"): a window on that side of the clock time.
Read as the bound alone ("vor zwölf": any time before noon), they would be a confident wrong
answer.

Only before a clock time ("knapp vor Weihnachten", "etwas vor" without an hour are left alone).
Works on normalized text (`tools.when.normalize`: folded, number words as digits)."""

from __future__ import annotations

import re

# what says "a little": German and English ("ein bisschen", "ein wenig" are "bisschen", "wenig"
# once normalized)
_LITTLE = (
    r"(?:knapp|etwas|bisschen|bissl|wenig"
    r"|a\s+(?:bit|tad|touch)|slightly)"
)
# a clock time follows: a digit, the words of a half or quarter hour, noon
_CLOCK_AHEAD = (
    r"(?=(?:um\s+|at\s+)?(?:\d|halb\b|viertel\b|dreiviertel\b|half\b|quarter\b|mittag\b|noon\b"
    r"|midday\b))"
)
_NEAR = re.compile(rf"\b{_LITTLE}\s+(vor|nach|before|after)\s+{_CLOCK_AHEAD}")
_AS = {"vor": "kurz vor", "nach": "kurz nach", "before": "just before", "after": "just after"}
# "knapp vor Mittag" (normalized "knapp vormittag"): as "kurz vor Mittag", never the morning
_NEAR_NOON = re.compile(rf"\b{_LITTLE}\s+vormittag\b")


def near_clock(text: str) -> str:
    """`text` with "a little before / after" a clock time said as "kurz vor / nach"."""
    return _NEAR_NOON.sub("kurz vormittag", _NEAR.sub(lambda m: _AS[m[1]] + " ", text))
