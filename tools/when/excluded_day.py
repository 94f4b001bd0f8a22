"""A stretch of days with a weekday taken out: "am Wochenende, aber nicht sonntags", "on the
weekend, but not Sunday obviously", "nächste Woche, nur nicht am Dienstag". The days left of the
stretch are the wish: the weekend without its (closed) Sunday is its Saturday; a week without
one day still has several, offered.

Read as they are, the "nicht" would be an exclusion with nothing named instead, asked as such.
Only a weekday is taken out, and only of a stretch said with it ("Wochenende", "Woche"); an
excluded part of the day ("am Wochenende, aber nicht vormittags"), a day excluded with nothing
around it ("nicht am Sonntag") or one followed by what is wanted instead ("nicht Sonntag,
sondern Samstag", `resolve._EXCLUDED_RE`) are left as they are.

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import WEEKDAY_RE, WEEKDAYS

_STRETCH = re.compile(r"\b(?:wochenende|weekend|woche|week)\b")
_EXCLUDED = re.compile(
    r"\b(?:(?:aber|but|nur|only|just)\s+)*(?:nicht|not)\s+(?:(?:am|an|on|a|an\s+einem)\s+)?"
    rf"(?P<day>{WEEKDAY_RE})\b"
    r"(?:\s+(?:natuerlich|obviously|of\s+course|klar|logisch|selbstverstaendlich|bitte|please))?"
)
# what is wanted instead follows: left to the corrections (`resolve._EXCLUDED_RE`)
_INSTEAD = re.compile(
    rf"\b(?:sondern|lieber|besser|eher|rather|instead|but|aber|oder|or|{WEEKDAY_RE})\b"
)


@dataclass(frozen=True)
class Excluded:
    text: str  # the phrase without the exclusion
    weekdays: frozenset[int]


def excluded_weekdays(text: str) -> Excluded | None:
    """The phrase without "aber nicht sonntags" and the weekdays it takes out of the stretch said
    before it, or None when it has no such exclusion."""
    weekdays: set[int] = set()
    for m in reversed(list(_EXCLUDED.finditer(text))):
        if not _STRETCH.search(text[: m.start()]) or _INSTEAD.search(text[m.end() :]):
            return None
        weekdays.add(WEEKDAYS[m["day"]])
        text = f"{text[: m.start()]} {text[m.end() :]}"
    return Excluded(" ".join(text.split()), frozenset(weekdays)) if weekdays else None
