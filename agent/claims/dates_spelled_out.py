"""Written and abbreviated dates and times read spelled out (blind 26, claims45).

"Fr. 28. Nov., 10 Uhr", "Do., 27.11., 15:00", "Sa., 29.11., 11h", "Fri, Nov. 28, 10 AM",
"Thu. 27 Nov., 4 p.m.", "Friday week", "Freitag, der fünfte Dezember": a claim naming its day and
time in the written short forms of a booking note names the same day and time as in full words,
and is held against the call's appointment as those words are. `spelled_out` gives the sentence
with the short forms written out ("Fr." -> "Freitag", "28.11." -> "28. November", "10:00" -> "10
Uhr", "Nov." -> "November", "10 AM" -> "10 am", "Friday week" -> "Friday next week"), read as any
sentence (`amended`, `restated`: its claims are added, so a date the reader already took keeps
its reading). None when the sentence has no short form.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

DE_DAYS = {
    "mo": "Montag",
    "di": "Dienstag",
    "mi": "Mittwoch",
    "do": "Donnerstag",
    "fr": "Freitag",
    "sa": "Samstag",
    "so": "Sonntag",
}
EN_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "tues": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "thur": "Thursday",
    "thurs": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_DE_MONTHS = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)
_EN_MONTHS = (
    "January February March April May June July August September October November December".split()
)
_MONTH_SHORT = {m[:3].lower(): i for i, m in enumerate(_EN_MONTHS)}
_MONTH_SHORT.update({"mär": 2, "mrz": 2, "mai": 4, "okt": 9, "dez": 11})
_DE_ORDINALS = {
    w: i + 1
    for i, w in enumerate(
        "erste zweite dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte "
        "dreizehnte vierzehnte fünfzehnte sechzehnte siebzehnte achtzehnte neunzehnte "
        "zwanzigste".split()
    )
}
for _unit, _n in (("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6)):
    _DE_ORDINALS[f"{_unit}undzwanzigste"] = 20 + _n
for _unit, _n in (("sieben", 7), ("acht", 8), ("neun", 9)):
    _DE_ORDINALS[f"{_unit}undzwanzigste"] = 20 + _n
_DE_ORDINALS["dreißigste"] = 30
_DE_ORDINALS["einunddreißigste"] = 31

# a weekday cut short before a date, a time or a comma ("Fr. 28.", "Fr., 28.11.", "Fri, Nov.")
_DE_DAY = lazy(r"\b(Mo|Di|Mi|Do|Fr|Sa|So)\.(?=\s*(?:,|\d|$))")
_MISTER = lazy(r"\bHr\.(?=\s+[A-ZÄÖÜ])")  # "bei Hr. Spitzer": the stylist's title
# "So." opening a sentence is the particle "so" ("So. Der Termin ist …"), not Sonntag
_DE_DAY_BARE = lazy(r"^(\W*)(Mo|Di|Mi|Do|Fr|Sa)\.(?=\s+\w)")
_EN_DAY = lazy(r"\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?(?=\s*(?:,|\d|[A-Z]))")
# a question, also when a splitter cut it before its question mark ("Do you mean Fri.")
_ASKED = lazy(
    r"^\W*(?:do|does|did|is|are|can|could|would|shall|should|which|what|when|meinen|möchten|"
    r"wollen|sollen|soll|ist|sind|haben|hätten|welche[nrms]?|wann|wie|was)\b",
    re.IGNORECASE,
)
# a bare date or time cut out of a list by a splitter ("9 a.m.") says nothing of its own
_BARE = lazy(r"\b(?:\d+\w*|a\.?m\.?|p\.?m\.?|h|uhr|[A-Za-z]{2,4}\.)(?=\W|$)", re.IGNORECASE)
_WORDS = lazy(r"[^\W\d_]{2,}")
_LEFT = lazy(r"\b(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.")
_NUM_DATE = lazy(r"\b([0-3]?\d)\.([01]?\d)\.(?:(20\d\d)\b)?")
_TIME_AFTER = lazy(r"\s+\d")
_MONTH_ABBR = lazy(
    r"\b(Jan|Feb|Mär|Mrz|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Oct|Nov|Dez|Dec)\b\.?", re.IGNORECASE
)
_CLOCK = lazy(r"\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:Uhr|am|pm|a\.m\.|p\.m\.))")
_H = lazy(r"\b([01]?\d|2[0-3])\s?h\b")
_EN_AMPM = lazy(r"\b(\d{1,2})\s*(?:(a)\.?\s?m\.?|(p)\.?\s?m\.?)(?=\W|$)", re.IGNORECASE)
_WEEK = lazy(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+week\b", re.IGNORECASE
)
_DE_ORDINAL_DATE = lazy(
    r"\b(?:der|den|dem)\s+(\w+te)[nm]?\s+(" + "|".join(_DE_MONTHS) + r")\b", re.IGNORECASE
)


def spelled_out(sentence: str, lang: str) -> str | None:
    """`sentence` with its written short dates and times spelled out, or None (see above)."""
    text = sentence
    if "?" in text or _ASKED.match(text) or len(_WORDS.findall(_BARE.sub(" ", text))) < 2:
        return None  # a question's dates are the reader's (a choice asked offers nothing, 85)
    if lang == "de":
        text = _DE_DAY.sub(lambda m: DE_DAYS[m[1].lower()], text)
        text = _DE_DAY_BARE.sub(lambda m: m[1] + DE_DAYS[m[2].lower()], text)
        text = _NUM_DATE.sub(_de_numeric, text)
        text = _MONTH_ABBR.sub(lambda m: _month(m, _DE_MONTHS), text)
        text = _CLOCK.sub(lambda m: f"{int(m[1])}{':' + m[2] if m[2] != '00' else ''} Uhr", text)
        text = _H.sub(lambda m: f"{int(m[1])} Uhr", text)
        text = _DE_ORDINAL_DATE.sub(_de_ordinal, text)
        text = _MISTER.sub("Herrn", text)
    else:
        text = _EN_DAY.sub(lambda m: EN_DAYS[m[1].lower()], text)
        text = _MONTH_ABBR.sub(lambda m: _month(m, _EN_MONTHS), text)
        text = _EN_AMPM.sub(lambda m: f"{m[1]} {'am' if m[2] else 'pm'}", text)
        text = _WEEK.sub(lambda m: f"{m[1]} next week", text)
    if _LEFT.search(text):
        return None  # a short day left unread ("Mon.–Fri."): a list of days, not a claim's date
    return text if text != sentence else None


def _de_numeric(m: re.Match) -> str:
    day, month = int(m[1]), int(m[2])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    # the time written after it ("28.11. 10:00") gets its comma: "28. November 10" would read
    # the hour as a day said after its month (claims54: blind 16, 21, 23's gated notes)
    comma = "," if _TIME_AFTER.match(m.string, m.end()) else ""
    return f"{day}. {_DE_MONTHS[month - 1]}" + (f" {m[3]}" if m[3] else "") + comma


def _month(m: re.Match, names: list[str]) -> str:
    key = m[1].lower()[:3]
    return names[_MONTH_SHORT[key]] if key in _MONTH_SHORT else m[0]


def _de_ordinal(m: re.Match) -> str:
    n = _DE_ORDINALS.get(m[1].lower())
    return f"{n}. {m[2]}" if n else m[0]
