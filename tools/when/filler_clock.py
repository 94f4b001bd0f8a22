"""A hesitation inside a clock time, and a clock word said twice around it ("um zehn äh dreißig",
"fünfzehn, äh, fünfzehn Uhr dreißig", "um, ähm, vierzehn, vierzehn Uhr", "halb, äh, halb vier",
"zwanzig, ähm, nach zehn", "at ten uh thirty"), and one between a day of the month and its month
("am neunundzwanzigsten äh November": a month cannot correct a day): read as if said once,
without the pause.

An hour said bare and then again with "Uhr" ("um elf, elf Uhr dreißig", "so um zwölf, ähm,
zwölf Uhr mittags", "gegen drei, drei Uhr fünfzehn") is a restart: the caller broke off and said
the whole time, which is the wish, exact as said again (as "so um drei, drei Uhr" is three
o'clock); never the two side by side (11:00-11:30) or "elf elf" as 11:11. So is the hour said again
with its minutes ("at ten, ten thirty", "um zehn, zehn dreißig": 10:30); "at ten ten" stays 10:10.

A hesitation between two whole times stays a correction ("um drei, äh, halb vier": 15:30, read by
the resolver), so the pause is dropped only where what comes before it is no whole time: after a
word that needs its clock ("um", "halb", "gegen"), before the same word again, between the
minutes and "nach"/"vor", or between an hour and minutes no hour can be (24-59, and 15, 30, 45:
"um elf äh fünfzehn" is 11:15). Works on normalized text (number words as digits)."""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.when.lexicon import MONTH_RE

_PAUSE = r"(?:aeh|aehm|oeh|oehm|ehm|hm|hmm|uh|uhm|erm)"
# a word that needs a clock after it, or a clock word said again after the pause
_OPEN = r"um|at|gegen|around|halb|half|viertel|dreiviertel|quarter"
_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "so um 12 aehm 12 uhr mittags", "um 11 11 uhr 30": the hour broken off, then said whole
    (
        re.compile(
            r"\b(?:(?:so|etwa|ungefaehr|circa|ca)\s+)?(?:um|at|gegen|around)\s+(\d{1,2})\s+"
            rf"(?:{_PAUSE}\s+)*\1\s+uhr\b"
        ),
        r"um \1 uhr",
    ),
    # "at 10 10 30", "um 10 aeh 10 30": the hour broken off, then said again with its minutes (not
    # "um 1 1 30", "2 2 30": digits a recogniser split from 11 or 22, left as said)
    (
        re.compile(
            r"\b(?:(?:so|etwa|ungefaehr|circa|ca|about)\s+)?(um|at|gegen|around)\s+"
            r"(?!1\s|2\s)(\d{1,2})\s+"
            rf"(?:{_PAUSE}\s+)*\2\s+([0-5]\d)\b(?![.:]|\s*uhr)"
        ),
        lambda m: f"{'at' if m[1] in ('at', 'around') else 'um'} {m[2]}:{m[3]}",
    ),
    # "um aeh 14 14 uhr": the pause after a word needing a clock, and the hour said twice
    (re.compile(rf"\b({_OPEN})\s+(?:{_PAUSE}\s+)+(\d{{1,2}})\s+\2\b"), r"\1 \2"),
    # "um aeh 14", "halb aeh halb 4", "gegen aeh gegen 11": the pause after a word needing a clock
    (re.compile(rf"\b({_OPEN})\s+(?:{_PAUSE}\s+)+"), r"\1 "),
    # "16 aeh 16 uhr 30": the same word said again after the pause (not the hour of "halb 10,
    # aeh, 10": a whole time, then a correction)
    (
        re.compile(
            r"(?<!\bhalb )(?<!\bviertel )(?<!\bnach )(?<!\bvor )(?<!\bpast )(?<!\bto )"
            rf"(?<!\bhalf )(?<!\bquarter )\b(\w+)\s+(?:{_PAUSE}\s+)+(?=\1\b)"
        ),
        "",
    ),
    # "20 aehm nach 10": the minutes, the pause, then how they go with the hour
    (re.compile(rf"\b(\d{{1,2}})\s+(?:{_PAUSE}\s+)+(?=(?:nach|vor|past|to|after)\s+\d)"), r"\1 "),
    # "um 10 aeh 30", "at 10 uh 30": an hour, the pause, minutes no hour can be
    (
        re.compile(
            rf"\b(um|at|gegen|around)\s+(\d{{1,2}})\s+(?:{_PAUSE}\s+)+(15|30|45|[2-5]\d)\b(?!\s*uhr)"
        ),
        r"\1 \2:\3",
    ),
    # "am 29. aeh november", "the 6th uh april": the day, the pause, its month (no clock before it)
    (
        re.compile(
            r"(?<!\bum )(?<!\bat )(?<!\bgegen )(?<!\baround )"
            rf"\b(\d{{1,2}}(?:\.|st|nd|rd|th)?)\s+(?:{_PAUSE}\s+)+(?=(?:of\s+)?(?:{MONTH_RE})\b)"
        ),
        r"\1 ",
    ),
    # "Dienstag 10 aeh 30": with no word before the hour, minutes no hour or day of month can be
    (
        re.compile(
            rf"(?<![\d.:])\b([1-9]|1\d|2[0-3])\s+(?:{_PAUSE}\s+)+(3[2-9]|[45]\d|30)\b(?![.:]|\s*uhr)"
        ),
        r"\1:\2",
    ),
)
# a word needing a clock said twice in a row once the pause is gone: "halb halb 4" (never two
# numbers: "am 5 5" is the 5th of May, "so um 3, 3 uhr" two times side by side)
_ECHO = re.compile(rf"\b({_OPEN})\s+\1\b")
# the minutes and their side said twice around a pause: "viertel nach aeh viertel nach 10", "10 vor
# aeh 10 vor 3", "quarter past uh quarter past ten": once
_ECHO_SIDE = re.compile(
    rf"\b((?:viertel|quarter|\d{{1,2}})\s+(?:nach|vor|past|to|after))\s+(?:{_PAUSE}\s+)*\1\b"
)


def filler_clock(text: str) -> str:
    """`text` (normalized) with a hesitation inside a clock time or a date left out."""
    text = _ECHO_SIDE.sub(r"\1", text)
    for pattern, said in _RULES:
        text = pattern.sub(said, text)
    return _ECHO.sub(r"\1", text)
