"""A day or time the caller takes back with a reason of not managing it, then names another:
"Donnerstag, oh nee, da kann ich nicht, Freitag", "um neun – nee, das schaff ich nicht, um
zehn", "Mittwoch, ach nee, da geht's nicht, Donnerstag", "Friday, oh no, I can't make it,
Saturday". The clause that takes back is a correction ("nein"), so what follows it replaces what
came before (README round 16: what is said last counts).

Only when a day or a time follows the clause ("am", "um", a weekday, a number, "lieber" before
one); a clause with nothing after it ("Donnerstag, oh nee, da kann ich nicht") or with a reason
("..., da kann ich nicht, weil ...") stays as said: something excluded, nothing named instead
(asked).

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import TODAY_TOMORROW_RE, WEEKDAY_RE

_SEP = r"\s*(?:[,.;!:–—-]\s*)*"
_CANNOT = re.compile(
    rf"{_SEP}(?:(?:oh|ach|ah|äh|hm|mist)\b{_SEP})?(?:(?:nee|nein|ne|nö|no|nope)\b{_SEP})?"
    r"(?:"
    r"(?:da|das|dann|des|den|die)\s+(?:kann\s+ich|könnte\s+ich|geht(?:'s|s|\s+es)?|klappt(?:'s|s|\s+es)?"
    r"|passt(?:'s|s|\s+es)?|schaff(?:e)?\s+ich|krieg(?:e)?\s+ich|bin\s+ich|wird\s+das|hab\s+ich|habe\s+ich)"
    r"(?:\s+(?:doch|leider|eh|ja|wohl|echt|gar))*\s+(?:nicht|nich|net|nit)"
    r"(?:\s+(?:so\s+gut|mehr|hin|da|dabei|zeit))*"
    r"|i\s+(?:can't|cannot|can\s+not|won't)(?:\s+(?:do|make))?(?:\s+(?:that|it|then))*"
    r"|(?:that|it)\s+(?:doesn't|does\s+not|won't|will\s+not)\s+work(?:\s+for\s+me)?"
    r")"
    # a mark after the clause: "da kann ich nicht um zehn" excludes the ten, it names nothing
    r"\s*[,.;!:–—-]"
    rf"{_SEP}(?=(?:(?:lieber|besser|eher|dann|aber|also|doch|rather|but|then|instead)\s+)*"
    rf"(?:am|um|an|on|at|den|the|gegen|around|\d|(?:{WEEKDAY_RE})\b|{TODAY_TOMORROW_RE}"
    r"|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|halb|viertel))",
    re.IGNORECASE,
)


def cannot_then(text: str) -> str:
    """`text` with a "da kann ich nicht" between two days or times read as a correction."""
    return _CANNOT.sub(", nein, ", text)
