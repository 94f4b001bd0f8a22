"""The salon's first open day in or after what the caller names: "im neuen Jahr gleich am ersten
Tag, wo Sie aufhaben", "nach Ostern der erste Tag, an dem Sie offen haben", "the first day
you're open after the holidays", "am ersten Tag, wo Sie aufhaben" (from today on).

Read as they are, "am ersten Tag" would be the 1st of a month ("am ersten Tag, wo Sie aufhaben"
said in August: the 1st of September, closed) and "im neuen Jahr" the whole January (asked). The
words "erster Tag" count only with the salon's opening said with them ("wo Sie aufhaben", "an
dem Sie offen haben", "you're open"): "am ersten Tag im neuen Jahr" is still New Year's Day.

"nach den Feiertagen" / "after the holidays" with the first open day: the public holidays (and
the salon's named closed days) ahead within `HOLIDAYS_AHEAD_DAYS`, each within a week of the
next, are one stretch; the first open day after its last. None that near: not read (asked).

Works on normalized text (`tools.when.normalize`: "ersten" is "1.", "first" is "1st").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tools.when.days import DayTerm, Today

HOLIDAYS_AHEAD_DAYS = 14
HOLIDAYS_APART_DAYS = 7

_FIRST_DAY = (
    r"(?:(?:gleich|direkt|right|straight)\s+)?(?:(?:am|den|der|dem|the|on\s+the)\s+)?"
    r"(?:1\.|1st|first)\s+(?:(?:offenen|open|geoeffneten)\s+)?(?:tag|day)\b"
)
_CLAUSE_HEAD = r"(?:(?:wo|an\s+dem|an\s+welchem|den|wenn|where|when|that|on\s+which)\s+)?"
# who is open: the salon addressed, named, or "bei Ihnen" ("an dem bei Ihnen offen ist")
_SUBJECT = r"(?:sie|ihr|you|youre|you\s+are|der\s+salon|the\s+salon|bei\s+ihnen|bei\s+euch)"
# a German verb at the clause's end, after the words of a time said inside the clause
_VERB_LAST = (
    r"(?:aufhaben|auf\s+haben|offen\s+haben|offen\s+sind|geoeffnet\s+haben|geoeffnet\s+sind"
    r"|aufmachen|aufhat|offen\s+hat|offen\s+ist|geoeffnet\s+hat|geoeffnet\s+ist|auf\s+ist)\b"
)
OPEN_CLAUSE = (
    rf"{_CLAUSE_HEAD}{_SUBJECT}\s+(?:wieder\s+|again\s+)?"
    r"(?:aufhaben|auf\s+haben|offen\s+haben|offen\s+sind|geoeffnet\s+haben|geoeffnet\s+sind"
    r"|offen\s+ist|geoeffnet\s+ist|auf\s+ist"
    r"|aufmachen|wieder\s+aufmachen|geoeffnet|offen|auf|are\s+open|re\s+open|open|reopen)\b"
)
# the same clause with the time said inside it ("an dem Sie im neuen Jahr aufhaben", "wo Sie vor
# Weihnachten noch offen haben"): the words inside are kept as the anchor
OPEN_CLAUSE_AROUND = (
    rf"{_CLAUSE_HEAD}{_SUBJECT}(?P<inside>(?:\s+\S+){{1,4}}?)\s+(?:wieder\s+|noch\s+)?{_VERB_LAST}"
)
# "am 1. Tag wo Sie aufhaben", with the anchor maybe between ("den 1. Tag im neuen Jahr, an dem
# Sie geöffnet haben") or inside the clause ("am 1. Tag, an dem Sie im neuen Jahr aufhaben"): the
# words "erster Tag" and the opening clause; what is between or inside is kept
_FIRST_OPEN = (
    re.compile(rf"\b{_FIRST_DAY}(?P<between>(?:\s+\S+){{0,4}}?)\s+{OPEN_CLAUSE}"),
    re.compile(rf"\b{_FIRST_DAY}(?P<between>)\s+{OPEN_CLAUSE_AROUND}"),
)
# "der erste Öffnungstag", "the first open day": no opening clause needed
_FIRST_OPEN_DAY = re.compile(
    r"\b(?:(?:gleich|direkt|right|straight)\s+)?(?:(?:am|den|der|dem|the|on\s+the)\s+)?"
    r"(?:1\.|1st|first)\s+(?:oeffnungstag|offenen\s+tag|open\s+day|geoeffneten\s+tag)\b"
)
_AFTER_THE_HOLIDAYS = re.compile(
    r"\b(?:nach|after)\s+(?:den\s+|the\s+)?(?:feiertagen|festtagen|holidays|feiertage)\b"
)


@dataclass(frozen=True)
class FirstOpen:
    text: str  # what is left of the phrase: the anchor ("im neuen Jahr"), maybe nothing
    days: list[DayTerm]  # days this module reads itself ("after the holidays")


def first_open_day(text: str, ctx: Today) -> FirstOpen | None:
    """The phrase without its "first day you're open" words, or None when it has none."""
    m = next((m for p in _FIRST_OPEN if (m := p.search(text))), None)
    if m is not None:
        inside = m.groupdict().get("inside") or ""
        text = f"{text[: m.start()]} {m['between']} {inside} {text[m.end() :]}"
    else:
        m = _FIRST_OPEN_DAY.search(text)
        if m is None:
            return None
        text = f"{text[: m.start()]} {text[m.end() :]}"
    days: list[DayTerm] = []
    holidays = _AFTER_THE_HOLIDAYS.search(text)
    if holidays is not None:
        last = _last_holiday_ahead(ctx)
        if last is None:
            return None  # no holidays near: which ones? asked
        days.append(DayTerm((last + timedelta(days=1),), holidays[0]))
        text = f"{text[: holidays.start()]} {text[holidays.end() :]}"
    return FirstOpen(" ".join(text.split()), days)


def _last_holiday_ahead(ctx: Today) -> date | None:
    """The last day of the next stretch of holidays (closed for a reason, each within a week of
    the next) that begins within `HOLIDAYS_AHEAD_DAYS`."""
    salon, last = ctx.salon, None
    day = ctx.day
    while day <= ctx.day + timedelta(days=HOLIDAYS_AHEAD_DAYS) or (
        last is not None and (day - last).days <= HOLIDAYS_APART_DAYS
    ):
        if salon.closure_on(day):
            last = day
        elif last is not None and (day - last).days > HOLIDAYS_APART_DAYS:
            break
        day += timedelta(days=1)
    return last


def first_open_from(days: tuple[date, ...], ctx: Today) -> date | None:
    """The salon's first open day on or after the first of `days` (today when none is said),
    never before today; today only while the salon is still open."""
    start = max(min(days), ctx.day) if days else ctx.day
    if start == ctx.day and ctx.still_open_today():
        return start
    found = ctx.salon.next_open_days(start - timedelta(days=1) if start > ctx.day else start, 1)
    return found[0] if found else None
