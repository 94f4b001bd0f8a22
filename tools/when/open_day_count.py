"""Days counted in the salon's open days, with an ordinal or a count and maybe a week, a month or
a weekday to count in or after: "in zwei Öffnungstagen", "am übernächsten Öffnungstag", "nächste
Woche am zweiten Tag, wo Sie aufhaben", "the second day you're open next week", "den zweiten
Öffnungstag im nächsten Monat", "am dritten Werktag im Mai", "zwei Öffnungstage nach Montag", "the
next day you're open after Sunday", "three business days from now", "the last day you're open
next week", "am dritten Tag, an dem Sie geöffnet haben" (counted after today).

Read as they are, "am dritten Tag" is the 3rd of a month and "nächste Woche ... zweiten Tag" a
week asked, or worse a confident wrong day. Counted in the days the salon is open (its weekdays
without public holidays and its own closed days), as `working_days` counts Werktage (README,
round 24: where Werktage would count otherwise the corpus accepts either day). "Erster Tag, wo
Sie aufhaben" without a week or month is left to `first_open` (from today on).

Works on the caller's words as said, before `normalize`: the phrase becomes the date ("am
22.03.2058"), read as any date said; the rest ("um zehn", "in the morning") stays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from calendar_adapter.salon import SalonFile

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'"})
_ORDINALS = {
    "erste": 1, "first": 1, "1st": 1, "naechste": 1, "next": 1, "following": 1,
    "zweite": 2, "second": 2, "2nd": 2, "uebernaechste": 2, "dritte": 3, "third": 3, "3rd": 3,
    "vierte": 4, "fourth": 4, "4th": 4, "fuenfte": 5, "fifth": 5, "5th": 5, "sechste": 6,
    "sixth": 6, "6th": 6, "letzte": -1, "last": -1,
}  # fmt: skip
_COUNTS = {
    "ein": 1, "einen": 1, "einem": 1, "one": 1, "a": 1, "zwei": 2, "zwo": 2, "two": 2, "drei": 3,
    "three": 3, "vier": 4, "four": 4, "fuenf": 5, "five": 5, "sechs": 6, "six": 6, "sieben": 7,
    "seven": 7, "acht": 8, "eight": 8, "neun": 9, "nine": 9, "zehn": 10, "ten": 10,
}  # fmt: skip
_WEEKDAYS = {
    "montag": 0, "monday": 0, "dienstag": 1, "tuesday": 1, "mittwoch": 2, "wednesday": 2,
    "donnerstag": 3, "thursday": 3, "freitag": 4, "friday": 4, "samstag": 5, "sonnabend": 5,
    "saturday": 5, "sonntag": 6, "sunday": 6,
}  # fmt: skip
_MONTHS = {
    "januar": 1, "jaenner": 1, "january": 1, "februar": 2, "feber": 2, "february": 2, "maerz": 3,
    "march": 3, "april": 4, "mai": 5, "may": 5, "juni": 6, "june": 6, "juli": 7, "july": 7,
    "august": 8, "september": 9, "oktober": 10, "october": 10, "november": 11, "dezember": 12,
    "december": 12,
}  # fmt: skip

_ORD = (
    r"(?P<ord>(?:erste|zweite|dritte|vierte|fuenfte|sechste|letzte|uebernaechste|naechste)[nrms]?"
    r"|first|second|third|fourth|fifth|sixth|last|next|following|[1-6](?:\.|st|nd|rd|th))"
)
# "wo Sie aufhaben", "an dem Sie offen haben", "an dem geöffnet ist", "you're open"
_CLAUSE = (
    r"(?:(?:an\s+de[mn]|an\s+denen|wo|where|when|that|on\s+which)\s+)?"
    r"(?:(?:sie|ihr|you|youre|you\s+are|der\s+salon|the\s+salon|es)\s+)?"
    r"(?:wieder\s+|again\s+)?(?:geoeffnet|offen|open|aufhaben|aufhabt|auf)"
    r"(?:\s+(?:haben|habt|hat|ist|sind|seid))?\b"
)
_ONE_DAY = (
    rf"(?:oeffnungstag|werktag|arbeitstag|business\s+day|working\s+day|workday|open\s+day"
    rf"|opening\s+day|offene[nr]?\s+tag|geoeffnete[nr]?\s+tag|(?:tag|day)\s*,?\s+{_CLAUSE})"
)
_DAYS = (
    rf"(?:oeffnungstag(?:en|e)|werktag(?:en|e)|arbeitstag(?:en|e)|(?:business|working|open"
    rf"|opening)\s+days|workdays|(?:tagen|tage|days)\s*,?\s+{_CLAUSE})"
)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ANCHOR = (
    r"(?:(?:in\s+der\s+|the\s+)?(?:naechste|kommende|uebernaechste)n?\s+woche|next\s+week"
    r"|the\s+week\s+after\s+next|(?:in\s+)?(?:diese[rn]?|this)\s+week|diese\s+woche"
    rf"|(?:im\s+|in\s+)?(?:naechsten|kommenden)\s+monat[s]?|next\s+month|(?:im|in)\s+(?:{_MONTH_NAMES})"
    r"|from\s+(?:now|today)|ab\s+heute|von\s+heute\s+an)"
)
_WEEKDAY = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_AFTER = rf"(?:nach|after)\s+(?:(?:dem|the)\s+)?(?P<after>{_WEEKDAY})"
_LEAD = r"(?:(?:am|den|der|die|dem|the|on\s+the|your|ihren?)\s+)?"
_NTH = re.compile(
    rf"\b(?:(?P<a1>{_ANCHOR})\s*,?\s*)?{_LEAD}{_ORD}\s+{_ONE_DAY}"
    rf"(?:\s*,?\s*(?:(?P<a2>{_ANCHOR})|{_AFTER}))?"
)
_COUNTED = re.compile(
    rf"\b(?:(?:heute|today)\s+)?(?:(?P<in>in)\s+)?(?P<count>\d{{1,2}}|[a-z]+)\s+{_DAYS}"
    rf"(?:\s+(?:(?P<a2>from\s+(?:now|today)|ab\s+heute|von\s+heute\s+an)|{_AFTER}))?"
)


# what else a day may be counted in or from ("im neuen Jahr", "nach Ostern", "of the year")
_OTHER_ANCHOR = re.compile(
    r"\s*,?\s*(?:im|in|innerhalb|nach|vor|ab|seit|des|der|vom|von|bis|zum|zur|after|before"
    r"|of|from|until|since)\b"
)
# Werktage and business days, which `first_open` does not count
_WORKING = re.compile(r"werk|arbeits|business|working|workday")


def _week_start(today: date, anchor: str) -> date | None:
    monday = today - timedelta(days=today.weekday())
    if "uebernaechst" in anchor or "after next" in anchor:
        return monday + timedelta(days=14)
    if "naechst" in anchor or "kommend" in anchor or "next" in anchor:
        return monday + timedelta(days=7)
    return monday if "dies" in anchor or "this" in anchor else None


def _range(anchor: str | None, today: date) -> tuple[date, date] | None:
    """The days to count in (the whole week or month), or None for the days after today."""
    if anchor is None or re.search(r"now|today|heute", anchor):
        return None
    if "woche" in anchor or "week" in anchor:
        start = _week_start(today, anchor)
        return None if start is None else (start, start + timedelta(days=6))
    name = next((n for n in _MONTHS if re.search(rf"\b{n}\b", anchor)), None)
    if name is not None:
        month = _MONTHS[name]
        year = today.year + (month < today.month)
    else:  # next month
        month, year = (1, today.year + 1) if today.month == 12 else (today.month + 1, today.year)
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return first, last


def _open_days(salon: SalonFile, start: date, end: date) -> list[date]:
    days, day = [], start
    while day <= end:
        if salon.hours_on(day) is not None:
            days.append(day)
        day += timedelta(days=1)
    return days


def _calendar_working_days(salon: SalonFile, start: date, end: date, last: int) -> list[date]:
    """The calendar's working days (weekdays up to `last`: 5 Werktag, 4 Arbeitstag) without
    public holidays, open or not: "der zweite Werktag nächste Woche" is Tuesday, even where the
    salon is closed on Monday (W40)."""
    days, day = [], start
    while day <= end:
        if day.weekday() <= last and not salon.holiday_on(day):
            days.append(day)
        day += timedelta(days=1)
    return days


def _nth(
    salon: SalonFile,
    today: date,
    n: int,
    anchor: str | None,
    after: str | None,
    working: int | None = None,
) -> date | None:
    if not -1 <= n <= 20 or n == 0:
        return None
    if after is not None:
        step = (_WEEKDAYS[after] - today.weekday()) % 7
        if step == 0:
            return None  # that weekday said on itself: today or next week's? asked
        today = today + timedelta(days=step)  # counted after the coming one
        anchor = None
    bounds = _range(anchor, today)
    if bounds is None and anchor is not None and not re.search(r"now|today|heute", anchor):
        return None
    start, end = bounds or (today + timedelta(days=1), today + timedelta(days=60))
    if working is not None and bounds is not None:  # a Werktag in a named week or month
        days = _calendar_working_days(salon, start, end, working)
    else:
        days = _open_days(salon, start, end)
    if n == -1:
        day = days[-1] if days and bounds is not None else None
    else:
        day = days[n - 1] if len(days) >= n else None
    # counted in this week or month, the day already gone ("am ersten Werktag im Januar" said on
    # the 15th): not read here (asked)
    return day if day is None or day > today else None


def read_open_day_count(text: str, today: date, salon: SalonFile) -> str:
    """`text` with a day counted in the salon's open days as that date ("am 22.03.2058")."""
    folded = re.sub(r"(\w)'(\w)", r"\1\2", text.lower().translate(_FOLD))

    def as_date(m: re.Match[str], day: date | None) -> str:
        return m[0] if day is None else f" am {day:%d.%m.%Y} "

    def nth(m: re.Match[str]) -> str:
        word = re.sub(r"(?<=[a-z])[nrms]$", "", m["ord"]).rstrip(".")
        n = _ORDINALS.get(word) or (int(word[0]) if word[:1].isdigit() else None)
        anchor = m["a1"] or m["a2"]
        first = word in ("erste", "first", "1st", "1")
        if n is None or (first and m["after"] is None and not _WORKING.search(m[0])):
            return m[0]  # "(nächste Woche) am ersten Tag, wo Sie aufhaben": `first_open` reads it
        if anchor is None and m["after"] is None and _OTHER_ANCHOR.match(folded, m.end()):
            return m[0]  # "am ersten Werktag im neuen Jahr", "nach Ostern": other rules read it
        working = 5 if "werk" in m[0] else 4 if _WORKING.search(m[0]) else None
        return as_date(m, _nth(salon, today, n, anchor, m["after"], working))

    def counted(m: re.Match[str]) -> str:
        word = m["count"]
        n = int(word) if word.isdigit() else _COUNTS.get(word)
        if n is None or not (m["in"] or m["a2"] or m["after"]):
            return m[0]
        return as_date(m, _nth(salon, today, n, None, m["after"]))

    kept = _COUNTED.sub(counted, _NTH.sub(nth, folded))
    return text if kept == folded else kept
