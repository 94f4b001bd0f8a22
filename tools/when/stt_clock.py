"""Speech-to-text spellings of a clock and a day: "halp drei" and "hab zwölf" said for "halb"
("Donnerstag halp drei": 14:30, "Frei tag, hab zwölf": 11:30) and "am" glued to the weekday
("amfreitag um zehn"). A split teen hour ("um acht zehn") is `split_teen`'s.

"hab" is read as "halb" only right before an hour that ends the phrase or its clause ("hab
zwölf", "hab drei, bitte"), never after a pronoun ("ich hab zwölf Uhr frei", "wir hab drei
Kinder") nor before "Uhr" or another word.

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import WEEKDAY_RE

_HOURS = r"(?:eins|ein|zwei|zwo|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwoelf|1[0-2]|[1-9])"
_HALF = re.compile(r"\bhalp\b", re.IGNORECASE)
_HAB = re.compile(
    r"(?<!\bich\s)(?<!\bwir\s)(?<!\bdu\s)(?<!\bsie\s)(?<!\ber\s)\bhab\s+"
    rf"(?={_HOURS}(?:\s*(?:$|[,.;!?])|\s+(?:bitte|oder|wenn|am|an|geht|ginge|passt|wäre|waere)\b))",
    re.IGNORECASE,
)
_GLUED_AM = re.compile(rf"\bam(?=(?:{WEEKDAY_RE})\b)", re.IGNORECASE)


def read_stt_clock(text: str) -> str:
    """`text` with the recogniser's "halp", "hab" (halb) and glued "am" read."""
    text = _HALF.sub("halb", text)
    text = _HAB.sub("halb ", text)
    return _GLUED_AM.sub("am ", text)
