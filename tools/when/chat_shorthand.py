"""Written shorthand as a chat, an SMS or a speech recogniser gives it: the words it stands for.

- A weekday abbreviation opening the phrase before a clock or a part of the day ("Fr 10h", "Di
  14:30h", "Sa 11.00", "Thu 4pm", "Mi nachm.", "Do abds"): the weekday. "So" (Sunday) is left
  alone: "so um zehn" is "about ten". An abbreviation anywhere else stays as said.
- Parts of the day cut short ("vorm.", "nachm", "abds", "abd."): the part of the day, so "Sa.
  vorm." is Saturday morning, never the whole Saturday; without the dot only at the end or
  before a comma ("Freitag vorm Wochenende" is "vor dem").
- "tmrw", "tmr", "2morrow", "2moro", "2mrw": tomorrow; "mrgn", "morgn": morgen; "2day": today.
- A clock with a dot whose minutes can be no month ("11.00", "16.30"): that clock.
- A clock with "h" after it ("10h", "14:30h", "18.00h"): that hour; "10a", "2:30p": am / pm; an
  English day followed by a bare "am" / "pm" ("tmrw am", "Friday pm"): its morning / afternoon
  ("am" after a German word is "am", left alone); an English day, whole or cut short, followed
  by a part of the day cut short ("sat morn", "thurs eve", "sat am", "tmrw arvo"): that part of
  that day ("morn" after an English day is the morning, never the Swiss "morn", tomorrow).
- "b4" is before, "nxt" next, "nich" nicht; "zw" before a number is "zwischen", "u" between two numbers "und".

Works on the caller's words as said, before `normalize`.
"""

from __future__ import annotations

import re

from tools.when.lexicon import ENGLISH_NEAR_DAYS, ENGLISH_WEEKDAYS

_TOMORROW = re.compile(r"\b(?:tmrw|tmrow|tmr|tomoz|2morrow|2morow|2moro|2morro|2mrw)\b", re.I)
_MORGEN = re.compile(r"\b(?:mrgn|morgn)\b", re.I)
_TODAY = re.compile(r"\b2day\b", re.I)
# a weekday abbreviation opening the phrase, before a clock or a part of the day (or nothing)
_ABBREVIATED = {
    "mo": "Montag", "di": "Dienstag", "mi": "Mittwoch", "do": "Donnerstag", "fr": "Freitag",
    "sa": "Samstag", "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
_PARTS = {
    "vorm": "vormittag", "vorm.": "vormittag", "vormi": "vormittag", "nachm": "nachmittag",
    "nachm.": "nachmittag", "nachmi": "nachmittag", "abds": "abend", "abds.": "abend",
    "abd.": "abend", "abd": "abend", "mittags.": "mittags",
}  # fmt: skip
_PART_RE = "|".join(re.escape(p) for p in sorted(_PARTS, key=len, reverse=True))
# with its dot anywhere; without it only at the end or before a comma ("vorm Wochenende" is
# "vor dem Wochenende")
_PART = re.compile(
    rf"(?<![\w.])(?:(?:{_PART_RE})(?<=\.)(?=\s|,|$)|(?:{_PART_RE})(?=\s*(?:,|$)))", re.I
)
_OPENING = re.compile(
    rf"^\s*(?P<day>{'|'.join(_ABBREVIATED)})\.?(?=\s*(?:,\s*)?(?:\d|(?:{_PART_RE})(?=\s|,|$)|$))",
    re.I,
)
# glued "h" only, never after "in" / "für" ("in 2h" is two hours from now)
_H_CLOCK = re.compile(r"(?<!\bin\s)(?<!\bfür\s)(?<!\bfor\s)\b(\d{1,2}(?:[:.]\d{2})?)h\b", re.I)
_H_MINUTES = re.compile(r"\b(\d{1,2})h(\d{2})\b", re.I)  # "10h30"
# "Sa 11.00", "16.30": hour and minutes with a dot where the minutes can be no month (00, 13-59)
_DOT_CLOCK = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.(00|1[3-9]|[2-5]\d)(?![\d.])")
_AP_CLOCK = re.compile(r"\b(\d{1,2}(?::\d{2})?)\s?([ap])\b(?!\.?\s*\w)", re.I)
_ENGLISH_DAY = "|".join((*ENGLISH_NEAR_DAYS, *ENGLISH_WEEKDAYS))
_DAY_AM_PM = re.compile(rf"\b({_ENGLISH_DAY})\s+(am|pm|a\.m\.|p\.m\.)(?=\s*$)", re.I)
_ENGLISH_SHORT_DAY = "|".join(k for k, v in _ABBREVIATED.items() if v.endswith("day"))
_ENGLISH_PARTS = {
    "morn": "morning", "eve": "evening", "arvo": "afternoon", "aft": "afternoon",
    "am": "morning", "a.m.": "morning", "pm": "afternoon", "p.m.": "afternoon",
}  # fmt: skip
# the part cut short after an English day; "am" / "pm" only before the end, a comma or a clock's
# "b4" ("sat am", "fri pm, after 3")
_ENGLISH_DAY_PART = re.compile(
    rf"\b({_ENGLISH_DAY}|{_ENGLISH_SHORT_DAY})\.?\s+"
    r"(morn|eve|arvo|aft|(?:am|pm|a\.m\.|p\.m\.)(?=\s*(?:,|$)))(?![\w.])",
    re.I,
)
_CHAT_WORDS = (
    (re.compile(r"\bb4\b", re.I), "before"),
    (re.compile(r"\bnxt\b", re.I), "next"),
    (re.compile(r"\bnich\b", re.I), "nicht"),  # "aber nich vor 3"
    (re.compile(r"\bzw\b\.?\s*(?=\d{1,2}(?::\d\d)?\s*-\s*\d)", re.I), ""),  # "zw 10-12": 10-12
    (re.compile(r"\bzw\b\.?(?=\s*\d)", re.I), "zwischen"),  # "zw 2 und 4", "zw. 9 u 10"
    (re.compile(r"(?<=\d)\s+u\.?\s+(?=\d)", re.I), " und "),  # "9 u 10"
)


def read_chat_shorthand(text: str) -> str:
    """`text` with chat and SMS shorthand written out."""
    text = _TOMORROW.sub("tomorrow", text)
    text = _MORGEN.sub("morgen", text)
    text = _TODAY.sub("today", text)
    for pattern, word in _CHAT_WORDS:
        text = pattern.sub(word, text)
    text = _ENGLISH_DAY_PART.sub(
        lambda m: f"{_ABBREVIATED.get(m[1].lower(), m[1])} {_ENGLISH_PARTS[m[2].lower()]}", text
    )
    text = _OPENING.sub(lambda m: _ABBREVIATED[m["day"].lower()], text)
    text = _PART.sub(lambda m: _PARTS[m[0].lower()], text)
    text = _H_MINUTES.sub(r"\1:\2 uhr", text)
    text = _H_CLOCK.sub(lambda m: m[1].replace(".", ":") + " uhr", text)
    text = _DOT_CLOCK.sub(r"\1:\2", text)
    text = _AP_CLOCK.sub(lambda m: f"{m[1]} {m[2].lower()}m", text)
    return _DAY_AM_PM.sub(
        lambda m: f"{m[1]} {'morning' if m[2].lower().startswith('a') else 'afternoon'}", text
    )
