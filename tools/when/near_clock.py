"""A time said as a little before or after a clock time, in words the time patterns do not know:
"knapp vor zwölf", "knapp nach zehn", "etwas vor drei", "ein bisschen nach elf", "ein wenig vor
vier", "a bit before eleven", "a tad after two", "slightly after five", "knapp vor / nach
Mittag", and said as right after or before one: "gleich nach zwölf", "direkt nach 14 Uhr",
"unmittelbar vor drei", "right after twelve", "straight after 2". They are read as "kurz vor" / "kurz nach" ("just before" / "just after"): a window on
that side of the clock time. Read as the bound alone ("vor zwölf": any time before noon), or
"knapp vor Mittag" as the morning, they would be a confident wrong answer.

Only before a clock time ("knapp vor Weihnachten", "etwas vor" without an hour are left alone).
"etwas" is also "something": asked for ("haben Sie etwas vor zwölf?", "ist etwas nach drei
frei?", "etwas vormittags") it is left alone, the bound as before.
Works on normalized text (`tools.when.normalize`: folded, number words as digits)."""

from __future__ import annotations

import re

# what says "a little": German and English ("ein bisschen", "ein wenig" are "bisschen", "wenig"
# once normalized)
_LITTLE = r"(?:knapp|etwas|bisschen|bissl|wenig|a\s+(?:bit|tad|touch)|slightly)"
# a clock time follows: a digit, the words of a half or quarter hour, noon
_CLOCK_AHEAD = (
    r"(?=(?:um\s+|at\s+)?(?:\d|halb\b|viertel\b|dreiviertel\b|half\b|quarter\b|mittag\b|noon\b"
    r"|midday\b))"
)
# what says "right": "gleich / direkt / unmittelbar nach zwölf", "right / straight after twelve"
# (a short window after the hour, never the rest of the day that "nach zwölf" leaves open)
_RIGHT = r"(?:gleich|direkt|unmittelbar|sofort|right|straight|immediately|directly)"
_NEAR = re.compile(
    rf"\b(?P<little>{_LITTLE}|{_RIGHT})\s+(?P<side>vor|nach|before|after)\s+{_CLOCK_AHEAD}"
)
_AS = {"vor": "kurz vor", "nach": "kurz nach", "before": "just before", "after": "just after"}
# "knapp vor / nach Mittag" (normalized "knapp vormittag", "knapp nachmittag"): just before or
# after noon, never the morning or the afternoon ("etwas vormittags" is something in the morning)
_NEAR_NOON = re.compile(r"\b(?:knapp|bisschen|bissl|wenig)\s+(vor|nach)mittags?\b")
# "etwas" as "something": a verb or pronoun of asking before it, or what is free after it
_SOMETHING_BEFORE = re.compile(
    r"\b(?:haben|habt|hast|hat|haetten|haettet|haettest|gibt|gaebe|geht|ginge|ist|waere|noch|sie"
    r"|ihr|du|es|mir|uns|frei|irgend)\s*$"
)
_SOMETHING_AFTER = re.compile(r"^[^,;]*\b(?:frei|offen|moeglich|drin|da|free|open)\b")


def _near(m: re.Match[str]) -> str:
    text = m.string
    if m["little"] == "etwas" and (
        _SOMETHING_BEFORE.search(text[: m.start()]) or _SOMETHING_AFTER.search(text[m.end() :])
    ):
        return m[0]
    return _AS[m["side"]] + " "


def near_clock(text: str) -> str:
    """`text` with "a little before / after" a clock time said as "kurz vor / nach"."""
    text = _NEAR_NOON.sub(lambda m: f"kurz {m[1]} 12", text)
    return _NEAR.sub(_near, text)
