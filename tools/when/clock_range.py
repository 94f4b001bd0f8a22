"""A window said as two clock times with a dash or "bis" and no "zwischen" / "von" before it:
"10 - 12", "10-11", "13-15 Uhr", "9.30-10.30", "10 bis 12", "Thursday 10am-12pm", "2-4pm", and
two German hour words ("zehn bis zwölf", "zwei - vier": read as their digits would be). It is
the window between them ("zwischen 10 und 12"), never a clock "10:12" nor two times to choose
from. Two numbers that count something else ("2-3 Wochen", "10 bis 12 Minuten", "10-12 Euro"), a
date ("10.-12.", "10-12 März") and a phone number are left as said, and so is a second time not
after the first ("10-9").

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import MONTH_RE

_CLOCK = r"(?:[01]?\d|2[0-4])(?:[:.][0-5]\d)?"
_MERIDIEM = r"(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
# what after the second number makes them no times: a unit, a month, a date's dot
_NOT_TIMES = (
    r"minuten|min|stunden|std|tage|tagen|wochen|monate|monaten|jahre|jahren|jahr|euro|eur|prozent"
    r"|mal|leute|personen|kinder|days|weeks|months|years|hours|hrs|minutes|mins|people|times|"
    r"dollar|cm|kg|" + MONTH_RE
)
_RANGE = re.compile(
    rf"(?<![\d.:/,-])(?<!zwischen\s)(?<!between\s)(?<!von\s)(?<!from\s)(?<!vom\s)"
    rf"(?P<lo>{_CLOCK}{_MERIDIEM})(?:\s*(?:uhr|h))?\s*(?:-|–|—|\bbis\b|\bto\b)\s*"
    rf"(?P<hi>{_CLOCK}{_MERIDIEM})(?![\d:])(?!\.\d)(?!\.(?:\s|$))(?!\s*(?:{_NOT_TIMES})\b)",
    re.IGNORECASE,
)


def _minutes(clock: str) -> int:
    digits = re.match(r"(\d{1,2})(?:[:.](\d{2}))?", clock)
    assert digits is not None
    hour = int(digits[1]) % 12 if re.search(r"[ap]", clock, re.IGNORECASE) else int(digits[1])
    if re.search(r"p", clock, re.IGNORECASE):
        hour += 12
    return hour * 60 + int(digits[2] or 0)


def _window(m: re.Match[str]) -> str:
    lo, hi = m["lo"].strip(), m["hi"].strip()
    meridiem = re.search(r"\s*[ap]\.?m\.?$", hi, re.IGNORECASE)
    lo_said = lo
    if meridiem is not None and not re.search(r"[ap]\.?m", lo, re.IGNORECASE):
        lo_said = lo + meridiem[0]  # "2-4pm": from 2pm
        if _minutes(lo_said) > _minutes(hi):  # "11-1pm": from 11am
            lo_said = lo
    first, second = _minutes(lo_said), _minutes(hi)
    if second <= first:  # "10-2": 10 to 14 (a window of a few hours), "10-9" left as said
        if second >= 12 * 60 or second + 12 * 60 - first > 8 * 60:
            return m[0]
    if meridiem is not None or re.search(r"[ap]\.?m", lo, re.IGNORECASE):
        lo, hi = (f"{t // 60}:{t % 60:02d}" for t in (first, second))
    lo, hi = (re.sub(r"(\d)\.(\d)", r"\1:\2", clock) for clock in (lo, hi))
    return f" zwischen {lo} und {hi} "


_HOURS = {
    "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
    "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
}  # fmt: skip
_HOUR_WORD = "|".join(sorted(_HOURS, key=len, reverse=True))
# Two hour words: not after a word that makes the first a part of a clock or a bound already read
# ("halb zehn bis zwölf", "Viertel nach", "zwischen", "von"), not before "Uhr", minutes or another
# number ("zehn bis zwölf Uhr dreißig" is read by the clock reader).
_WORD_RANGE = re.compile(
    r"(?<!halb\s)(?<!viertel\s)(?<!nach\s)(?<!vor\s)(?<!zwischen\s)(?<!von\s)(?<!vom\s)"
    rf"\b(?P<a>{_HOUR_WORD})\s*(?:-|–|—|\bbis\b)\s*(?P<b>{_HOUR_WORD})\b"
    r"(?!\s*(?:uhr|h\b|und\b|halb|viertel|\d|[a-zäöüß]*(?:zig|ßig|ssig|zehn|eins|zwei|drei|vier|fünf"
    r"|sechs|sieben|acht|neun|elf|zwölf)\b))",
    re.IGNORECASE,
)


def _word_window(m: re.Match[str]) -> str:
    digits = f"{_HOURS[m['a'].lower()]} bis {_HOURS[m['b'].lower()]}"
    read = _RANGE.match(digits + m.string[m.end() :])
    if read is None or read.end() != len(digits):  # "drei bis vier Tage": no window
        return m[0]
    return _window(read)


def read_clock_range(text: str) -> str:
    """`text` with a window said "A - B" / "A bis B" as "zwischen A und B"."""
    return _RANGE.sub(_window, _WORD_RANGE.sub(_word_window, text))
