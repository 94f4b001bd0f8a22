"""Speech-to-text spellings of a clock and a day: "halp drei" and "hab zwölf" said for "halb"
("Donnerstag halp drei": 14:30, "Frei tag, hab zwölf": 11:30), the quarter torn in two ("vier
tel nach zehn": 10:15, "drei vier tel zehn": 9:45; never the hour four, which "tel" cannot
follow) and "am" glued to the weekday ("amfreitag um zehn"). A split teen hour ("um acht
zehn") is `split_teen`'s.

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
# "vier tel" / "drei vier tel" / "dreivier tel": "Viertel" and "Dreiviertel" split by the recogniser;
# only before the side ("nach", "vor") or an hour, so a "Tel." of a telephone number stays itself
_TORN_QUARTER = re.compile(
    rf"\b(drei\s*)?vier\s+tel\b(?=\s+(?:nach|vor|{_HOURS})\b)",
    re.IGNORECASE,
)
_GLUED_AM = re.compile(rf"\bam(?=(?:{WEEKDAY_RE})\b)", re.IGNORECASE)


def read_stt_clock(text: str) -> str:
    """`text` with the recogniser's "halp", "hab" (halb), torn "vier tel" and glued "am" read."""
    text = _HALF.sub("halb", text)
    text = _TORN_QUARTER.sub(lambda m: "dreiviertel" if m.group(1) else "viertel", text)
    text = _HAB.sub("halb ", text)
    return _GLUED_AM.sub("am ", text)
