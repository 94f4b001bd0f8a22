"""Clock fractions as speech-to-text writes them: "1/2 3", "1/4 nach 11", "3/4 10", "½ 3", "¼ past
4". The recogniser hears "halb drei", "Viertel nach elf", "dreiviertel zehn", "quarter past four"
and writes the fraction; read as written, "1/2" is a date (1 February) and "1/4 nach 11" eleven
and four minutes, both confident and wrong.

A fraction of a half or a quarter is a clock word when what follows is an hour (a number up to
12 or its word, maybe "Uhr") or "nach"/"vor"/"past"/"to"; after a day's article ("am 1/4", "den
3/4", "on 1/2") it stays a date. Rewritten to the words ("halb 3", "viertel nach 11",
"dreiviertel 10", "quarter past 4"), which the clock readers already know, so "halb", "viertel"
and "dreiviertel" keep one meaning wherever they are written.

Works on lower-cased text before numbers and punctuation are read (`tools.when.normalize`).
"""

from __future__ import annotations

import re

_GLYPHS = {"½": "1/2", "¼": "1/4", "¾": "3/4"}
_HOUR = (
    r"(?:1[0-2]|0?[1-9])(?![\d.:/,])|eins|ein|zwei|drei|vier|fuenf|fünf|sechs|sieben|acht|neun"
    r"|zehn|elf|zwoelf|zwölf|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
# "am 1/4", "den 3/4", "on 1/2", "vom 1/4": a day and a month, not a clock
_DATE_BEFORE = (
    r"(?<!\bam )(?<!\bden )(?<!\bder )(?<!\bdem )(?<!\bvom )(?<!\bzum )(?<!\bon )(?<!\bthe )"
)
_FRACTION = re.compile(
    _DATE_BEFORE
    + r"(?<![\d./])(?P<frac>1/2|1/4|3/4)\s*(?=(?P<after>nach|vor|past|to|after|before)\b"
    r"|(?:" + _HOUR + r")\b)"
)
_GERMAN = {"1/2": "halb ", "1/4": "viertel ", "3/4": "dreiviertel "}
_ENGLISH = {"1/2": "half ", "1/4": "quarter "}


def fractions_as_words(text: str) -> str:
    """`text` (lower case) with each clock fraction written as the word the caller said."""
    for glyph, digits in _GLYPHS.items():
        text = re.sub(rf"\s*{glyph}\s*", f" {digits} ", text)

    def word(m: re.Match[str]) -> str:
        frac = m["frac"]
        if m["after"] in ("past", "to", "after", "before") and frac in _ENGLISH:
            return _ENGLISH[frac]
        return _GERMAN[frac]

    return _FRACTION.sub(word, text)
