"""Two bounds of one day joined by "und" ("nicht vor elf und nicht nach eins", "nicht früher als
neun und nicht später als zehn", "frühestens um halb drei und spätestens um fünf"): the window
between them, as with "aber" or a comma. "und" is otherwise a word of the clock ("viertel und")
and never dropped, so only the "und" between a lower and an upper bound is read as joining them.

Works on normalized text (`tools.when.normalize`): folded, numbers as digits, no commas.
"""

from __future__ import annotations

import re

_LOWER = r"(?:nicht|not)\s+(?:vor|frueher\s+als)|fruehestens"
_UPPER = r"(?:nicht|not)\s+(?:nach|spaeter\s+als)|spaetestens"
# a clock as normalize leaves it: "11", "14:30", "halb 3", "viertel nach 10", with "um" / "uhr"
_CLOCK = r"(?:um\s+)?(?:(?:halb|viertel|dreiviertel)\s+(?:(?:nach|vor)\s+)?)?\d{1,2}(?::\d{2})?(?:\s+uhr)?"
_PAIR = re.compile(
    rf"\b(?P<first>(?:{_LOWER})\s+{_CLOCK}|(?:{_UPPER})\s+{_CLOCK})\s+und\s+(?:auch\s+)?"
    rf"(?P<second>(?:{_LOWER}|{_UPPER})\s+{_CLOCK})\b"
)


def _joined(m: re.Match[str]) -> str:
    lower_first = re.match(_LOWER, m["first"]) is not None
    lower_second = re.match(_LOWER, m["second"]) is not None
    if lower_first == lower_second:  # "nicht vor zehn und nicht vor elf": no window, left as said
        return m[0]
    return f"{m['first']} aber {m['second']}"


def join_bound_pair(text: str) -> str:
    """`text` with the "und" between a lower and an upper bound of one day read as "aber"."""
    return _PAIR.sub(_joined, text)
