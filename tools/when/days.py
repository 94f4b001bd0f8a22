"""Which day a caller means: each way of naming a day becomes a `DayTerm`, the set of dates it
can mean (one for "morgen" or "27.11.", several for "nächste Woche" or "nächsten Freitag" said on
a Tuesday). `tools.when.resolve` intersects the terms of one request, so "nächsten Freitag, den
4." is one day and "Freitag, den 26." a weekday mismatch.

Rules a careful receptionist follows:
- A day and month said without a year is its nearest reading: the one gone recently is past
  ("27.10." in late November, "30.12." said on 2 January), the coming one when close ("15.
  Januar" in December, said back with its year), and also when the one gone is further back than
  the coming one is ahead ("3. März" said in September: next March, said back with its year:
  nobody books a day half a year gone); while the one gone is nearer and only months back ("3.
  März" said in May, "20. Juli" in November), both are plausible and the caller is asked, naming
  next year's date. Never silently moved
  a year.
- A bare day of the month ("am 3.") is the next such day; one only days gone ("am 23." said on
  the 24th) may be a slip for yesterday or next month's: asked.
- "nächsten Freitag" said before Friday of the same week can mean either Friday: both are offered.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from calendar_adapter.salon import SalonFile
from tools.when.counted_days import days_counted, settle_years
from tools.when.english_said import said_in_english
from tools.when.event_gone import is_gone, last_day_said
from tools.when.feast_weeks import after_gone_feast, days_around, weeks_from_sunday
from tools.when.lexicon import (
    ENGLISH_WEEKDAYS,
    MONTH_RE,
    MONTHS,
    NEAR_DAY_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    is_temporal,
)
from tools.when.named_days import (
    feast_day,
    holiday_anywhere,
    just_gone,
    named_days,
    phrase_pattern,
)
from tools.when.short_year import nearest_full_year
from tools.when.weekend_words import weekend_said

RECENT_PAST_DAYS = 60  # "27.10." said in late November is in the past, not next October
NEXT_YEAR_WITHIN_DAYS = 92  # "15.1." said on 10.12. is next January
# "3. März" said in May (gone 68 days, next March 297 days ahead) or in July (gone 130 days, next
# 235 ahead) is asked; said in September (gone 196 days, next 169 ahead) it is next March. A day
# gone months ago is not "clearly meant for next year" until next year's is the nearer one.
NIGHT_ENDS = 5  # before 05:00, "morgen" may be said of the day that has just begun
BARE_DAY_PAST_WITHIN = 7  # "am 23." said on the 24th: yesterday or next month's (asked)
BRIDGE_WITHIN = timedelta(days=60)  # "am Brückentag": the next one, or asked among those close
HOLIDAY_REFERENCE_DAYS = 14  # "nach dem Feiertag": the next public holiday, if this close
SHORT_VISIT = timedelta(minutes=30)  # today is left for a stretch while this still fits
BARE_DAY_NEXT_WITHIN = 35  # "am 31." said on 30 June is 31 July; said on 10 June it is asked
_ORD = r"(?:\.|ter|ten|te|sten|ste|st|nd|rd|th)"
_NAMED_RE = phrase_pattern().pattern.removeprefix(r"(?<![\w.])")
_NUM_WORDS = {"einer": 1, "einem": 1, "einen": 1, "eine": 1, "ein": 1, "a": 1, "an": 1, "one": 1}


@dataclass(frozen=True)
class Today:
    """The moment a request is understood, in the salon's zone."""

    now: datetime  # aware, salon zone
    salon: SalonFile
    language: str = "de"  # the call's language ("en": an English call, slash dates both ways)

    @property
    def day(self) -> date:
        return self.now.date()

    def still_open_today(self) -> bool:
        hours = self.salon.hours_on(self.day)
        return hours is not None and self.now.time() < hours[1]


@dataclass(frozen=True)
class DayTerm:
    """The dates one phrase can mean (in order), and what else it says."""

    dates: tuple[date, ...]
    text: str
    weekday: int | None = None  # a weekday was said: filters the other terms' dates
    weekday_only: bool = False  # nothing but a weekday ("Freitag")
    names: dict[date, str] = field(default_factory=dict)  # named days ("Heiligabend")
    earliest: bool = False  # "so bald wie möglich": the first open day
    invalid: str = ""  # a date that does not exist ("31.02.")
    year_unclear: bool = False  # this year's date is gone, next year's is far: which is meant?
    span: bool = False  # a stretch of days ("am Wochenende"), not readings of one day
    recent_past: date | None = None  # "am 23." said on the 24th: maybe this one, just gone
    now_only: bool = False  # "jetzt", "sofort": today or not at all, never the next open day
    until: bool = False  # "bis Freitag", "vor Weihnachten": a deadline, days up to it
    part_of_week: bool = False  # "Anfang nächster Woche": a vague stretch, no day of it named
    far: bool = False  # "Brückentag" of a week ahead: asked with the candidates (W44)
    # "nach Ostern" with Easter gone: the coming days, never the first open one of them
    after_gone: bool = False
    new_year: bool = False  # "nächstes Jahr", "im neuen Jahr": days of the coming year
    loose: bool = False  # "in acht Tagen": no weekday named; closed there, the nearest open days
    month_unsaid: bool = False  # "den ersten Sonntag im Monat" with this month's gone: which month?
    order_unclear: bool = False  # an English "3/12": 12 March or 3 December? asked, closed or not


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _count(word: str) -> int:
    """'3', 'einer', and an ordinal counted the same ('am 2. Tag nach Weihnachten')."""
    word = word.rstrip(".")
    return int(word) if word.isdigit() else _NUM_WORDS.get(word, 0)


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _year(year: str | None, today: date) -> int | None:
    """The year said; two digits ("5.1.00") the one of that ending nearest to today (W28)."""
    if not year:
        return None
    y = int(year)
    return nearest_full_year(y, today) if y < 100 else y


def day_and_month(
    day: int, month: int, today: date, year: int | None = None, *, open_order: bool = False
) -> tuple[date, ...]:
    """A day and month, in the year said. Without a year: the coming date when it is this
    year's; the one gone when that was recent (within RECENT_PAST_DAYS, also across the new year:
    "30.12." said on 2 January); next year's when that is close or nearer than the one gone;
    else both (asked). With `open_order` (a slash date
    whose numbers are a date in either order, "1/4") only a close coming one is taken: the order
    is already in doubt. Empty when the date does not exist."""
    if year is not None:
        d = _valid(year, month, day)
        return (d,) if d else ()
    if (month, day) == (2, 29) and not calendar.isleap(february_meant(today)):
        return ()  # "am 29. Februar" in a year without one: no such day (never 1 March)
    readings = [_valid(y, month, day) for y in (today.year - 1, today.year, today.year + 1)]
    gone = [d for d in readings if d is not None and d < today]
    coming = [d for d in readings if d is not None and d >= today]
    last = gone[-1] if gone else None
    nxt = coming[0] if coming else None
    if last is not None and (today - last).days <= RECENT_PAST_DAYS:
        return (last,)
    if nxt is not None and (nxt.year == today.year or (nxt - today).days <= NEXT_YEAR_WITHIN_DAYS):
        return (nxt,)
    if nxt is not None and not open_order and (last is None or (nxt - today) < (today - last)):
        return (nxt,)
    return tuple(d for d in (last, nxt) if d is not None)


def february_meant(today: date) -> int:
    """The year of the February a date said without a year means: this year's until it is
    recently gone (within RECENT_PAST_DAYS of its end), then next year's."""
    end = date(today.year, 3, 1) - timedelta(days=1)
    return today.year if (today - end).days <= RECENT_PAST_DAYS else today.year + 1


def bare_day(day: int, today: date, day_over: bool = False) -> tuple[date, ...]:
    """'am 27.': this month's if still ahead, else next month's. One gone within a week ("am
    23." on the 24th, "am ersten" on the 4th) is either a slip for a day gone or next month's:
    both, to be asked (tests/corpus/README.md); gone longer, next month's. `day_over`: said after
    the salon's closing today, so the week is counted from tomorrow ("den 20." said on the 27th
    at 19:00 is gone more than a week: next month's)."""
    this_month = _valid(today.year, today.month, day)
    if this_month is not None and this_month >= today:
        return (this_month,)
    nxt = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
    following = _valid(nxt.year, nxt.month, day)
    if this_month is None and day >= today.day:  # "am 31." in June: July's, if that is close
        if following is None or (following - today).days > BARE_DAY_NEXT_WITHIN:
            return ()
    gone = (today - this_month).days + (1 if day_over else 0) if this_month is not None else 0
    recent = this_month is not None and gone <= BARE_DAY_PAST_WITHIN
    if recent:
        return tuple(d for d in (this_month, following) if d is not None)
    return (following,) if following else ()


def _span(start: date, end: date) -> tuple[date, ...]:
    return tuple(start + timedelta(days=i) for i in range((end - start).days + 1))


def _weekday_default(weekday: int, ctx: Today) -> tuple[date, ...]:
    """A plain weekday: the next one; on that very weekday, today or in a week (asked)."""
    today = ctx.day
    delta = (weekday - today.weekday()) % 7
    if delta:
        return (today + timedelta(days=delta),)
    nxt = today + timedelta(days=7)
    return (today, nxt) if ctx.still_open_today() else (nxt,)


def _weekday_with(modifier: str, weekday: int, ctx: Today) -> tuple[date, ...]:
    today = ctx.day
    delta = (weekday - today.weekday()) % 7
    coming = today + timedelta(days=delta or 7)
    later_this_week = delta > 0 and today.weekday() + delta <= 6
    if modifier in ("diesen", "diese", "dieser", "this"):
        if not delta and not ctx.still_open_today():  # said on that day after its last start:
            return (coming,)  # today's is gone, next week's, as a plain weekday (round 27)
        return (today + timedelta(days=delta),)
    if modifier == "this coming" and not delta and ctx.still_open_today():
        # said on that weekday while it still holds a start: "this" is today's, "coming" the one
        # in a week; both asked (rounds 11/13), as a plain weekday said on it
        return (today, coming)
    if modifier in ("kommenden", "kommende", "kommender", "coming", "this coming"):
        return (coming,)
    if modifier in (
        "letzten", "letzte", "letzter", "vergangenen", "vergangene", "last", "vorigen", "vorige",
        "voriger",
    ):  # fmt: skip
        return (today - timedelta(days=(today.weekday() - weekday) % 7 or 7),)
    if modifier.startswith("uebernaechst"):
        if later_this_week:
            return (coming + timedelta(days=7), coming + timedelta(days=14))
        return (coming + timedelta(days=7),)
    # naechsten / next: ambiguous while that weekday is still to come this week
    if later_this_week:
        return (coming, coming + timedelta(days=7))
    return (coming,)


def _in_weeks(weekday: int, weeks: int, ctx: Today) -> tuple[date, ...]:
    """'Freitag in einer Woche': that weekday in the week a week from now. When that day is
    closer than the weeks said (a Friday said on a Saturday), the caller may count from the
    coming Friday instead: both are offered."""
    today = ctx.day
    day = _monday(today + timedelta(days=7 * weeks)) + timedelta(days=weekday)
    if (day - today).days < 7 * weeks:
        return (day, day + timedelta(days=7))
    return (day,)


def _week_of(offset_weeks: int, ctx: Today) -> date:
    return _monday(ctx.day) + timedelta(days=7 * offset_weeks)


_WEEK_WORDS = {
    "diese": 0, "dieser": 0, "this": 0, "naechste": 1, "naechster": 1, "naechsten": 1,
    "kommende": 1, "kommender": 1, "kommenden": 1, "next": 1, "the following": 1,
    "uebernaechste": 2, "uebernaechster": 2, "uebernaechsten": 2, "the week after next": 2,
    "letzte": -1, "letzten": -1, "letzter": -1, "vorige": -1, "vorigen": -1, "voriger": -1,
    "vergangene": -1, "vergangenen": -1, "last": -1, "previous": -1,
}  # fmt: skip
_PAST_WEEK = r"letzte|letzten|letzter|vorige|vorigen|voriger|vergangene|vergangenen|last|previous"


def _part_of_week(part: str, which: str | None, ctx: Today) -> tuple[date, ...]:
    offset = _WEEK_WORDS.get(which or "", None)
    ranges = {"anfang": (0, 2), "early": (0, 2), "beginning": (0, 2), "mitte": (1, 3),
              "mid": (1, 3), "middle": (1, 3), "ende": (3, 5), "end": (3, 5), "late": (3, 5)}  # fmt: skip
    lo, hi = ranges[part]
    if offset is None:  # "Ende der Woche": this week while some of it is ahead, else next
        offset = 0 if ctx.day <= _week_of(0, ctx) + timedelta(days=hi) else 1
    monday = _week_of(offset, ctx)
    return tuple(d for d in _span(monday + timedelta(days=lo), monday + timedelta(days=hi)))


def _month_of(month: int, ctx: Today, year: int | None = None) -> tuple[int, int]:
    if year is not None:
        return year, month
    today = ctx.day
    return (today.year, month) if month >= today.month else (today.year + 1, month)


def _part_of_month(part: str | None, year: int, month: int) -> tuple[date, ...]:
    last = calendar.monthrange(year, month)[1]
    lo, hi = {
        None: (1, last), "anfang": (1, 10), "early": (1, 10), "beginning": (1, 10),
        "mitte": (11, 20), "mid": (11, 20), "middle": (11, 20),
        "ende": (21, last), "end": (21, last), "late": (21, last),
    }[part]  # fmt: skip
    return _span(date(year, month, lo), date(year, month, hi))


def _next_month(day: date) -> tuple[int, int]:
    nxt = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return nxt.year, nxt.month


def _add_months(day: date, months: int) -> date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# -- the rules ---------------------------------------------------------------------------------

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], Today], DayTerm | None]]
_RULES: list[Rule] = []


def rule(pattern: str) -> Callable:
    def register(fn: Callable[[re.Match[str], Today], DayTerm | None]) -> Callable:
        _RULES.append((re.compile(pattern), fn))
        return fn

    return register


def _exact(day: date | tuple[date, ...] | None, m: re.Match[str], **kw: object) -> DayTerm:
    days = day if isinstance(day, tuple) else ((day,) if day else ())
    if not days:
        return DayTerm((), m[0], invalid=m[0])
    years = {d.year for d in days}
    return DayTerm(days, m[0], year_unclear=len(years) > 1, **kw)  # type: ignore[arg-type]


def _bare(day: int, m: re.Match[str], ctx: Today) -> DayTerm:
    """A bare day of the month; two readings (just gone, next month's) are asked."""
    over = ctx.salon.hours_on(ctx.day) is not None and not ctx.still_open_today()
    days = bare_day(day, ctx.day, day_over=over)
    if len(days) > 1:
        return DayTerm(days, m[0], recent_past=days[0])
    return _exact(days, m)


def _main_day(group: tuple[date, ...], names: dict[date, str], ctx: Today) -> date:
    """The day a feast of several days is counted from: its Sunday when it is named after one
    (Ostersonntag, Pfingstsonntag), else its first public holiday (Erster Weihnachtstag)."""
    sunday = next((d for d in group if names.get(d, "").lower().endswith("sonntag")), None)
    holiday = next((d for d in group if ctx.salon.holiday_on(d)), None)
    return sunday or holiday or group[0]


# the month's end as the point a day is counted from ("am Tag nach dem Monatsende", "two days
# before the end of the month"): its last day, as "Monatsletzter"; alone it stays the last days
_MONTH_END_POINT = re.compile(
    r"^(?:monatsende|ende\s+(?:des|vom)\s+monats?|(?:the\s+)?end\s+of\s+(?:the\s+)?month"
    r"|month\s+end)\b"
)


@rule(
    rf"\b(?:(?:der|den|am|the)\s+)?(?:(?:letzte[nr]?|last|1\.|1st|first|erste[nr]?)\s+)?"
    rf"(?:(\d+\.?|einen|einem|ein|eine|einer|one|a)\s+)?(tag|tage|tagen|day|days"
    rf"|woche|wochen|week|weeks|{WEEKDAY_RE})\s+(vor|nach|before|after|bevor|nachdem)\s+"
    rf"(?:(?:dem|den|der|the)\s+)?(\S.*)$"
)
def _relative_to_day(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """A day counted from another day the caller names: 'am Tag nach dem 1. Mai', 'zwei Tage
    vor Silvester', 'Samstag vor Ostern', 'Donnerstag nach dem Feiertag'. The named day may be
    any day phrase; a feast of several days counts from its main day (`_main_day`): the day
    after Weihnachten is the 26th, the day before Ostern Karsamstag. 'Der letzte Samstag vor
    Weihnachten', 'der erste Montag nach Ostern' are the same days as without the ordinal.
    'Am Tag nach dem Monatsende' counts from the month's last day (`_MONTH_END_POINT`)."""
    anchor = _MONTH_END_POINT.sub("monatsletzten", m[4])
    refs, rest = day_terms(anchor, ctx, bare_numbers=True)
    # the caller's own event named before its day ("nach meinem Geburtstag am 14.", "bevor die
    # Schwiegereltern kommen, die kommen am Freitag"): its words are no day of their own
    event = set(anchor[: anchor.find(refs[0].text)].split()) if len(refs) == 1 else set()
    if (
        len(refs) != 1
        or refs[0].span
        or not refs[0].dates
        or any(is_temporal(w) and w not in event for w in rest.split())
    ):
        return None
    ref, before = refs[0], m[3] in ("vor", "before", "bevor")
    if is_gone(anchor[: anchor.find(ref.text)]) and (
        gone := last_day_said(ref.text, ref.weekday if ref.weekday_only else None, ctx.day)
    ):
        ref = replace(ref, dates=(gone,), recent_past=None)  # "der war am 28.": the one gone
    # a named feast may be meant in two years (asked): each year's days are one group
    groups: list[tuple[date, ...]] = (
        [tuple(d for d in ref.dates if d.year == y) for y in sorted({d.year for d in ref.dates})]
        if ref.names
        else [(d,) for d in ref.dates]
    )
    weekday = WEEKDAYS.get(m[2])
    n = _count(m[1]) if m[1] else (1 if m[2] in ("tag", "day") else 0)  # "die Woche nach": none
    n = days_counted(n, m[2])  # "eine Woche nach Himmelfahrt": seven days
    if (weekday is not None and m[1]) or (weekday is None and n <= 0):
        return None
    days: list[date] = []
    mains = [_main_day(group, ref.names, ctx) for group in groups]
    for main in mains:
        if weekday is not None:
            step = (main.weekday() - weekday) % 7 if before else (weekday - main.weekday()) % 7
            day = main + timedelta(days=-(step or 7) if before else (step or 7))
        else:
            day = main - timedelta(days=n) if before else main + timedelta(days=n)
        days.append(day)
    if before and not ref.names and any(d >= ctx.day for d in days):
        # counted back from an event that may be today or next week ("der Flug ist am Samstag"
        # said on a Saturday): a day already gone is not meant
        days = [d for d in days if d >= ctx.day]
    settled = settle_years(tuple(dict.fromkeys(days)), ctx.day)  # this year's gone: round 11
    # the year is asked only where the day counted from is in two years ("eine Woche nach dem
    # 20. April" said in October); two readings of a weekday ("eine Woche nach Dienstag" said on
    # a Tuesday in late December) counted past New Year are two days, neither of them gone
    ref_years = {d.year for d in ref.dates}
    years = {d.year for d in settled} if ref.year_unclear or len(ref_years) > 1 else set()
    if (
        weekday is None
        and ref.names
        and weeks_from_sunday(mains, n)
        and not any(map(ctx.salon.hours_on, settled))
    ):
        return DayTerm(days_around(settled), m[0], span=True)  # asked: `feast_weeks`
    return DayTerm(settled, m[0], weekday=weekday, year_unclear=len(years) > 1)


NEW_YEAR_SOON_UNTIL_MONTH = 2  # "nach Neujahr" said up to the end of February: from now on


@rule(
    r"\b(?:(?:gleich|direkt|sofort|unmittelbar|right|straight|just|immediately)\s+)?"
    r"(?:nach|after)\s+(?:(?:dem|the)\s+)?(?:neujahr(?:stag)?|new\s+years?(?:\s+day)?"
    r"|jahreswechsel|silvester|new\s+years\s+eve)\b"
)
def _after_new_year_just_gone(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'nach Neujahr', 'after New Year', 'gleich nach Neujahr' said in January or February: the
    new year has begun, the caller means soon (from today on: this year's first open days,
    asked), never next January and never 'past'. Said later in the year, left to the rules for
    the coming year's start."""
    today = ctx.day
    if today.month > NEW_YEAR_SOON_UNTIL_MONTH or today == date(today.year, 1, 1):
        return None  # said on New Year's Day: "gleich nach Neujahr" is tomorrow (as before)
    first = max(today, date(today.year, 1, 2))
    return DayTerm(_span(first, first + timedelta(days=YEAR_START_DAYS)), m[0], span=True)


_RIGHT_AFTER = (
    r"\b(?:gleich|direkt|sofort|unmittelbar|right|straight|just|immediately)\s+(?:nach|after)\s+"
    r"(?:(?:dem|den|der|the)\s+)?"
)
_SOONEST_BEFORE = re.compile(r"\b(?:moeglichst|as\s+soon\s+as\s+possible)\s*$")


def _soonest_wished(m: re.Match[str]) -> bool:
    """ "möglichst gleich nach Ostern": the first open day after it, as early as it can be."""
    return bool(_SOONEST_BEFORE.search(m.string, 0, m.start()))


@rule(r"\b(?:(?:am|den|der|dem|the|on\s+the)\s+)?(1\.|2\.)\s+(?:feiertag|festtag)\b")
def _feast_day_by_number(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'am ersten Feiertag', 'zweiter Feiertag': that day of the two-day feast at hand
    (Christmas, Easter, Pentecost); none near: not read here (asked)."""
    found = feast_day(int(m[1][0]), ctx.day)
    if found is None:
        return None
    name, day = found
    return DayTerm((day,), m[0], names={day: name})


@rule(rf"{_RIGHT_AFTER}{_NAMED_RE}")
def _right_after_named(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'gleich nach Neujahr', 'direkt nach Ostern', 'right after New Year': the first open day
    after the named day (after the last of a feast's days: Ostermontag), not the week after."""
    found = named_days(m[1], ctx.day)
    if not found or len({d.year for _, d in found}) > 1 or found[-1][1] < ctx.day:
        return None  # the feast in two years, or just gone: left to the rules that ask
    first = ctx.salon.next_open_days(found[-1][1], 1)
    return DayTerm((first[0],), m[0], earliest=_soonest_wished(m)) if first else None


@rule(
    rf"\b(?:(?:irgendwann|sometime|some\s+time|gleich|direkt|right|straight)\s+)?(?:nach|after)\s+"
    rf"(?:(?:dem|den|der|the)\s+)?{_NAMED_RE}"
)
def _after_gone_feast(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'irgendwann nach Ostern' with Easter just gone: the coming days, asked (`feast_weeks`)."""
    days = after_gone_feast([d for _, d in named_days(m[1], ctx.day)], ctx.day)
    return DayTerm(days, m[0], span=True, after_gone=True) if days else None


# An English "holiday" without "the" is the caller's own ("back from holiday", "on holiday until
# Friday"): never the public one, so not read here (asked); "the holiday", "bank holiday" are, and
# so is the holiday a day is counted from ("the day after the holiday": its article read before)
_PUBLIC_HOLIDAY = (
    r"(?:feiertag|(?:the\s+)?(?:public|bank)\s+holiday"
    r"|(?:^|(?<=the\s)|(?<=dem\s)|(?<=den\s)|(?<=der\s))holiday)"
)


# the holidays of one feast said in the plural ("nach den Feiertagen", "after the holidays"): the
# salon's next public holiday and those that follow it within a long weekend (Christmas' two days,
# Easter's Friday to Monday)
_HOLIDAYS = r"(?:den\s+|the\s+)?(?:feiertagen|feiertage|holidays)\b"
_SAME_FEAST_GAP = 3


def _next_holidays(ctx: Today) -> tuple[date, ...]:
    """The salon's next public holiday (when one is close) and the ones right after it; one
    day of another state's is no "Feiertage" (on Buß- und Bettag they are Christmas')."""
    first = _the_holiday_from(ctx, elsewhere_today=False)
    if first is None:
        return ()
    days = [first]
    while True:
        nxt = next(
            (
                days[-1] + timedelta(days=k)
                for k in range(1, _SAME_FEAST_GAP + 1)
                if ctx.salon.holiday_on(days[-1] + timedelta(days=k))
            ),
            None,
        )
        if nxt is None:
            return tuple(days)
        days.append(nxt)


@rule(
    rf"\b(?:(gleich|direkt|sofort|unmittelbar|right|straight|just|immediately)\s+)?(?:nach|after)\s+{_HOLIDAYS}"
)
def _after_the_holidays(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'gleich nach den Feiertagen', 'right after the holidays': the first open day after the
    coming holidays; 'nach den Feiertagen' the open days after them, offered (round 61). No
    holiday close: not read (asked)."""
    holidays = _next_holidays(ctx)
    if not holidays:
        return None
    days = ctx.salon.next_open_days(holidays[-1], 1 if m[1] else 5)
    if not days:
        return None
    return DayTerm(tuple(days), m[0], span=len(days) > 1, earliest=_soonest_wished(m))


@rule(rf"{_RIGHT_AFTER}{_PUBLIC_HOLIDAY}\b")
def _right_after_the_holiday(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'gleich nach dem Feiertag', 'right after the holiday': the first open day after the
    salon's next public holiday, when one is close (none: not read, so asked)."""
    holiday = _the_holiday(m, ctx)
    if holiday is None:
        return None
    first = ctx.salon.next_open_days(holiday.dates[0], 1)
    return DayTerm((first[0],), m[0], earliest=_soonest_wished(m)) if first else None


@rule(rf"\b(?:(?:dem|den|der|the)\s+)?{_PUBLIC_HOLIDAY}\b")
def _the_holiday(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'der Feiertag' without its name: the salon's next public holiday, when one is close."""
    day = _the_holiday_from(ctx)
    if day is None:
        return None
    name = ctx.salon.holiday_on(day) or holiday_anywhere(day)
    return DayTerm((day,), m[0], names={day: name} if name else {})


def _the_holiday_from(ctx: Today, *, elsewhere_today: bool = True) -> date | None:
    """The salon's next public holiday from today on, when one is close; today when it is a
    holiday in another state ("heute noch, am Feiertag" on Buß- und Bettag, Saxony's: the caller
    says what today is, round 61), unless `elsewhere_today` is off."""
    if elsewhere_today and holiday_anywhere(ctx.day):
        return ctx.day
    for offset in range(HOLIDAY_REFERENCE_DAYS + 1):
        day = ctx.day + timedelta(days=offset)
        if ctx.salon.holiday_on(day):
            return day
    return None


_NTH = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "letzte": -1,
    "letzten": -1,
    "letzter": -1,
    "last": -1,
}


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    days = [d for d in _part_of_month(None, year, month) if d.weekday() == weekday]
    if nth > len(days):
        return None
    return days[nth - 1] if nth > 0 else days[-1]


def _nth_weekday_ahead(weekday: int, nth: int, ctx: Today) -> date | None:
    """The n-th (or last) such weekday of this month, or of the next when this month's is gone."""
    day = _nth_weekday(ctx.day.year, ctx.day.month, weekday, nth)
    if day is not None and day >= ctx.day:
        return day
    return _nth_weekday(*_next_month(ctx.day), weekday, nth)


_MONTH_ITSELF = r"monats?|month"


@rule(
    rf"\b(1|2|3|4|5|letzte[nr]?|last)(?:\.|st|nd|rd|th)?\s+({WEEKDAY_RE})\s+(?:im|in|des|of)\s+"
    rf"(?:the\s+|diese[nms]?\s+|this\s+)?(?:{_MONTH_ITSELF})\b"
)
def _nth_weekday_of_the_month(m: re.Match[str], ctx: Today) -> DayTerm:
    """'am letzten Samstag im Monat', 'the last Friday of the month': this month's while it is
    ahead; said on it or after it the month is not said (this one's today or the next one's,
    the next one's or the one after): both offered."""
    weekday, nth = WEEKDAYS[m[2]], _NTH[m[1]]
    this = _nth_weekday(ctx.day.year, ctx.day.month, weekday, nth)
    if this is not None and this > ctx.day:
        return _exact(this, m, weekday=weekday)
    nxt = _next_month(ctx.day)
    later = _next_month(date(*nxt, 1))
    days = (this,) if this == ctx.day else ()
    days += tuple(d for d in (_nth_weekday(*nxt, weekday, nth), _nth_weekday(*later, weekday, nth))
                  if d is not None)  # fmt: skip
    return DayTerm(days[:2], m[0], weekday=weekday, month_unsaid=True)


# "Ende Januar, am letzten Samstag", "zum Monatsende, so den letzten Dienstag", "Monatsanfang, am
# ersten Samstag", "Anfang Juli, so den ersten Dienstag": the month's part named, then its first
# or last weekday (the part and the weekday agree: "Anfang" with the first, "Ende" with the last)
_FILLED = r"(?:\s+(?:also|so|dann|ja|am|den|der|the|on|at|da|vielleicht|lieber))*\s+"


@rule(
    rf"\b(?:(?:zum|am|zu|at\s+the|the|by\s+the)\s+)?(?:(?P<part>anfang|ende|beginning|start|end)"
    rf"\s+(?:(?:des|of\s+the|of)\s+)?(?P<month>{MONTH_RE}|{_MONTH_ITSELF})"
    rf"|(?P<joined>monatsanfang|monatsbeginn|monatsende))\b{_FILLED}"
    rf"(?P<nth>1|letzte[nr]?|last)(?:\.|st)?\s+(?P<weekday>{WEEKDAY_RE})\b"
)
def _first_or_last_weekday_of_a_month_part(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """The first weekday of a month's beginning or the last of its end, said in that order."""
    start = (m["part"] or m["joined"]) in ("anfang", "beginning", "start", "monatsanfang",
                                           "monatsbeginn")  # fmt: skip
    nth = _NTH[m["nth"]]
    if start != (nth == 1):
        return None  # "Ende Januar, am ersten Samstag": the two disagree (read apart)
    weekday = WEEKDAYS[m["weekday"]]
    if m["month"] in MONTHS:
        return _exact(_nth_weekday(*_month_of(MONTHS[m["month"]], ctx), weekday, nth), m,
                      weekday=weekday)  # fmt: skip
    return _exact(_nth_weekday_ahead(weekday, nth, ctx), m, weekday=weekday)


@rule(
    rf"\b(1|2|3|4|5|letzte[nr]?|last)(?:\.|st|nd|rd|th)?\s+({WEEKDAY_RE})\s+(?:im|in|des|of)\s+"
    rf"(?:the\s+)?(?:(?:dieses|this)\s+)?({MONTH_RE}|neuen\s+jahr(?:es)?|new\s+year|jahr(?:es)?|year)\b"
)
def _nth_weekday_of_month(m: re.Match[str], ctx: Today) -> DayTerm:
    """'der erste Dienstag im Januar', 'am letzten Samstag im Dezember', 'der erste Samstag im
    neuen Jahr' (January of next year); 'am letzten Donnerstag im Jahr' is December's, 'the
    first Monday of the year' January's, this year's while ahead, else next year's (round 61)."""
    weekday, nth = WEEKDAYS[m[2]], _NTH[m[1]]
    if m[3] in MONTHS:
        year, month = _month_of(MONTHS[m[3]], ctx)
    elif m[3].startswith(("jahr", "year")):
        month = 12 if nth < 0 else 1
        this = _nth_weekday(ctx.day.year, month, weekday, nth)
        year = ctx.day.year if this is not None and this >= ctx.day else ctx.day.year + 1
    else:
        year, month = ctx.day.year + 1, 1
    days = [d for d in _part_of_month(None, year, month) if d.weekday() == weekday]
    if nth > len(days):
        return DayTerm((), m[0], invalid=m[0])
    return DayTerm((days[nth - 1] if nth > 0 else days[-1],), m[0], weekday=weekday)


@rule(
    rf"(?<!\bjeden\s)(?<!\bjede\s)(?<!\bevery\s)(?<!\balle\s)"
    rf"\b(?:(?:am|den|der|dem|the|on\s+the)\s+)?([1-5])(?:\.|st|nd|rd|th)\s+({WEEKDAY_RE})\b"
    r"(?!\s+(?:im|in|des|of|nach|vor|after|before|ab|from|von|naechst\w*|next|this|diese\w*)\b)"
)
def _nth_weekday_month_unsaid(m: re.Match[str], ctx: Today) -> DayTerm:
    """'der dritte Mittwoch', 'am zweiten Samstag', 'the second Friday' with no month named: an
    ordinal before a weekday counts that weekday in this month, never 'Mittwoch, der Dritte'
    (the weekday said first stays the date). Where the day of the month read as a date is that
    weekday too and ahead ('am vierten Samstag' when the 4th is a Saturday) the phrase could be
    either: both are offered. Said on it or after it: as 'im Monat' (the month is asked)."""
    weekday, nth = WEEKDAYS[m[2]], int(m[1])
    this = _nth_weekday(ctx.day.year, ctx.day.month, weekday, nth)
    as_date = _valid(ctx.day.year, ctx.day.month, nth)
    if this is None:  # "am fünften Montag" in a month with four: asked, never a later month's
        return DayTerm((), m[0], invalid=m[0])
    if this > ctx.day:
        if as_date is not None and as_date >= ctx.day and as_date.weekday() == weekday:
            return DayTerm((as_date, this), m[0], weekday=weekday)
        return _exact(this, m, weekday=weekday)
    return _nth_weekday_of_the_month(m, ctx)


# "vorletzte", "drittletzte", "second-to-last", "penultimate", "last but one": counted back from
# the month's last day ("letzte" alone is `_last_of_month`'s, unless the next month is said)
_FROM_END = {
    "letzt": 1, "last": 1, "vorletzt": 2, "second": 2, "2nd": 2, "penultimate": 2,
    "last but 1": 2, "last but one": 2, "drittletzt": 3, "third": 3, "3rd": 3, "last but 2": 3,
    "last but two": 3, "viertletzt": 4, "fourth": 4, "4th": 4,
}  # fmt: skip
_FROM_END_RE = (
    r"(?P<nth>(?:vor|dritt|viert)?letzte[nrs]?|(?:second|2nd|third|3rd|fourth|4th)(?:\s+to)?\s+last"
    r"|last\s+but\s+(?:1|one|2|two)|penultimate|last)"
)


@rule(
    rf"\b(?:(?:de[nrm]|am|zum|the|on\s+the)\s+)?{_FROM_END_RE}\s+(?:(?:tag|day)\s+)?"
    r"(?:im|in|des|vom|of)\s+(?:the\s+|this\s+|diese[ns]?\s+|dem\s+)?"
    r"(?P<next>(?:naechste[nrms]?|kommende[nrms]?|next|coming|following)\s+)?"
    rf"(?P<month>monats?|month|{MONTH_RE})\b"
    r"|\b(?:am|zum|den|on\s+the|the)\s+(?P<alone>(?:vor|dritt)letzte[nr]?|penultimate)\b"
    r"(?=\s*$|\s+(?:um|at|gegen|ab|so)\b)"
)
def _counted_from_month_end(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'am vorletzten Tag im Monat', 'the third-to-last day of next month', 'am drittletzten Tag
    im Februar', 'am letzten Tag im nächsten Monat', 'am Vorletzten': that many days back from
    the month's last day (this month's when none is named; a day gone is past, never moved)."""
    said = m["nth"] or m["alone"]
    nth = next(_FROM_END[w] for w in sorted(_FROM_END, key=len, reverse=True) if said.startswith(w))
    if nth == 1 and not m["next"]:
        return None  # "der letzte Tag des Monats", "letzten Oktober": `_last_of_month`
    day = ctx.day
    if m["month"] in MONTHS:
        year, month = _month_of(MONTHS[m["month"]], ctx)
    elif m["next"]:
        year, month = _next_month(day)
    else:
        year, month = day.year, day.month
    last = calendar.monthrange(year, month)[1]
    return _exact(date(year, month, last - nth + 1), m)


@rule(
    r"\b(?:(?:am|zum|den|der|dem|per|on\s+the|the)\s+)?(?:monatsletzte[nrs]?|ultimo)\b"
    # "am Letzten" with nothing after it but a time: the month's last day
    r"|\b(?:am|zum|den|on\s+the|the)\s+(?:letzte[nr]?|last)\b(?=\s*$|\s+(?:um|at|gegen|ab|so)\b)"
)
def _last_of_this_month(m: re.Match[str], ctx: Today) -> DayTerm:
    """'am Monatsletzten', 'zum Ultimo', 'am Letzten': this month's last day (said on it: today)."""
    day = ctx.day
    return _exact(date(day.year, day.month, calendar.monthrange(day.year, day.month)[1]), m)


@rule(
    r"\b(?:(?:de[nrm]|am|the|on\s+the)\s+)?(letzte[nrs]?|last|1\.|1st|first|erste[nrs]?)\s+"
    r"(?:tag|day)\s+(?:im|in|des|vom|of)\s+(?:the\s+|this\s+|diese[ns]?\s+|dem\s+)?"
    r"(?:(?:neue[nms]?|new)\s+)?(?:jahr|jahres|year)\b"
)
def _year_end(m: re.Match[str], ctx: Today) -> DayTerm:
    """'am letzten Tag im Jahr', 'the last day of the year': this year's 31 December (Silvester);
    'am ersten Tag im neuen Jahr', 'the first day of the year': the coming 1 January (Neujahr)."""
    year = ctx.day.year
    if m[1].startswith(("letzte", "last")):
        return _exact(date(year, 12, 31), m)
    return _exact(date(year if ctx.day == date(year, 1, 1) else year + 1, 1, 1), m)


@rule(
    rf"\b(?:(?:de[nrm]|am|the)\s+)?(?:letzte[nrs]?|last)\s+(?:(?:tag|day)\s+)?"
    rf"(?:(?:im|in|des|vom|of)\s+)?(?:the\s+|this\s+|diese[ns]?\s+)?"
    rf"(?:monats?\s+|month\s+)?({MONTH_RE}|monats?|month)\b"
)
def _last_of_month(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'letzter Oktober', 'am letzten Tag im Oktober', 'the last day of February', 'der letzte Tag
    des Monats': the month's last day (29 February in a leap year), of the month's coming or
    current occurrence (this month's when no month is named)."""
    if m[1] in ("monat", "month") and not re.search(r"\b(?:tag|day|des|vom|of)\b", m[0]):
        return None  # "letzten Monat", "last month": the month gone, not its last day
    month = MONTHS.get(m[1], ctx.day.month)

    def last(year: int) -> date:
        return date(year, month, calendar.monthrange(year, month)[1])

    year, _ = _month_of(month, ctx)
    if year > ctx.day.year and not re.match(r"(?:de[nrm]|am|the)\b|.*\b(?:tag|day)\b", m[0]):
        # "letzten Oktober" said in November may be the October gone: both, asked
        return _exact((last(ctx.day.year), last(year)), m)
    return _exact(last(year), m)


@rule(
    rf"\b(?:(?:von|ab|from)\s+)?({WEEKDAY_RE})\s+(?:bis(?:\s+einschliesslich)?|to|till|until"
    rf"|through)\s+(?:zum\s+)?({WEEKDAY_RE})\b"
    rf"|\b(?:zwischen|between)\s+({WEEKDAY_RE})\s+(?:und|and)\s+({WEEKDAY_RE})\b"
)
def _weekday_range(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'von Mittwoch bis Freitag', 'zwischen Mittwoch und Freitag', 'Wednesday to Friday': the
    days from the coming first weekday to the second one after it, to be offered (a range is no
    one day). 'Mittwoch und Freitag' without 'zwischen' is two days, not a range."""
    first, last = WEEKDAYS[m[1] or m[3]], WEEKDAYS[m[2] or m[4]]
    if first == last:
        return None
    start = _weekday_default(first, ctx)[0]
    end = start + timedelta(days=(last - first) % 7)
    return DayTerm(_span(start, end), m[0], span=True)


def _full_date(tag: str) -> str:
    """A day with its month, '13.4.' or '13. April' or 'the 6th of April', as named groups."""
    return (
        rf"(?<![\d.])(?P<d{tag}>\d{{1,2}})(?:\.\s?(?P<n{tag}>\d{{1,2}})\.?"
        rf"|{_ORD}?\s*(?:of\s+)?(?P<m{tag}>{MONTH_RE})\b\.?)"
    )


_TO = r"(?:bis(?:\s+(?:zum|einschliesslich))?|to|till|until|through|thru)\s+(?:the\s+)?"


@rule(
    rf"\b(?:(?:vom|von|ab\s+dem|from(?:\s+the)?)\s+)?{_full_date('a')}\s*{_TO}{_full_date('b')}"
    rf"|\b(?:zwischen|between)\s+(?:dem\s+|the\s+)?{_full_date('c')}\s*(?:und|and)\s+"
    rf"(?:dem\s+|the\s+)?{_full_date('e')}"
)
def _date_range(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'vom 13.4. bis 15.4.', '30. März bis 1. April', 'zwischen dem 1.2. und dem 3.2.', 'from 17
    December to 20 December': both ends carry their month, the days between are offered (never
    the first day alone, nor "up to the second" narrowed to the first)."""
    ends = []
    for first, second in (("a", "b"), ("c", "e")):
        if m[f"d{first}"] is not None:
            ends = [first, second]
    months = [MONTHS[m[f"m{t}"]] if m[f"m{t}"] else int(m[f"n{t}"]) for t in ends]
    days = [int(m[f"d{t}"]) for t in ends]
    if not all(1 <= month <= 12 for month in months):
        return None
    start_readings = day_and_month(days[0], months[0], ctx.day)
    if not start_readings:
        return DayTerm((), m[0], invalid=m[0])
    start = start_readings[-1]
    end = _valid(start.year, months[1], days[1])
    if end is not None and end < start:  # "vom 30.12. bis 2.1.": the end in the next year
        end = _valid(start.year + 1, months[1], days[1])
    if end is None or (end - start).days > 31:
        return DayTerm((), m[0], invalid=m[0])
    return DayTerm(_span(start, end), m[0], span=True, year_unclear=len(start_readings) > 1)


@rule(
    rf"\b(?:vom|von|ab\s+dem|zwischen\s+dem|zwischen|from\s+the|from|between\s+the|between)?\s*"
    rf"(?<![\d.])(\d{{1,2}}){_ORD}\s*(?:bis\s+(?:zum\s+|einschliesslich\s+)?|und\s+(?:dem\s+)?|-\s*"
    rf"|to\s+(?:the\s+)?|till\s+(?:the\s+)?|until\s+(?:the\s+)?|and\s+(?:the\s+)?)"
    rf"(\d{{1,2}}){_ORD}(?:\s*(?:of\s+)?({MONTH_RE})\b|\s*(\d{{1,2}})\.)?"
)
def _day_range(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'vom 8. bis 10.', '8. bis 10. Dezember', 'zwischen dem 8. und 10.12.': the days from the
    first to the last, to be offered."""
    first, last = int(m[1]), int(m[2])
    month = MONTHS[m[3]] if m[3] else (int(m[4]) if m[4] else None)
    if month is not None:
        if not 1 <= month <= 12:
            return None
        ends = [day_and_month(d, month, ctx.day) for d in (first, last)]
        # a range long gone whose next one is months away: the coming one, asked with its year
        unclear = any(len(e) > 1 for e in ends)
        start, end = (e[-1] if e else None for e in ends)
    else:
        # the shortest reading of both ends that still reaches today ("vom 28. bis 3.")
        unclear = False
        pairs = [
            (a, b)
            for a in bare_day(first, ctx.day)
            for b in bare_day(last, ctx.day) + bare_day(last, a)
            if a <= b and b >= ctx.day
        ]
        start, end = min(pairs, key=lambda p: (p[1] - p[0], p[0])) if pairs else (None, None)
    if start is None or end is None or end < start or (end - start).days > 31:
        return DayTerm((), m[0], invalid=m[0])
    # "vom 20. bis 22." on the 24th: this month's range just gone, or next month's: asked
    gone = (
        bare_day(first, ctx.day)[0] if month is None and len(bare_day(first, ctx.day)) > 1 else None
    )
    return DayTerm(
        _span(start, end),
        m[0],
        span=True,
        year_unclear=unclear,
        recent_past=gone if gone != start else None,
    )


@rule(
    rf"\b(1|2|3|4|letzte[nr]?|last)(?:\.|st|nd|rd|th)?\s+(?:woche\s+(?:im|des|in|of)\s+({MONTH_RE})"
    rf"|({MONTH_RE})\s+woche|week\s+(?:of|in)\s+({MONTH_RE}))\b"
)
def _week_of_month(m: re.Match[str], ctx: Today) -> DayTerm:
    """'die erste Januarwoche', 'letzte Woche im Dezember', 'the first week of March': seven
    days of that month; a week of this month already gone is next year's, offered as a stretch
    (asked, said with its year), never a confident "past" (README W7)."""
    year, month = _month_of(MONTHS[m[2] or m[3] or m[4]], ctx)
    days = _week_in(m[1], year, month)
    left = tuple(d for d in days if d >= ctx.day)
    if not left:
        left = _week_in(m[1], year + 1, month)
    return DayTerm(left, m[0], span=True)


def _week_in(which: str, year: int, month: int) -> tuple[date, ...]:
    last = calendar.monthrange(year, month)[1]
    first = last - 6 if which.startswith(("letzt", "last")) else 7 * (int(which) - 1) + 1
    return _span(date(year, month, first), date(year, month, min(first + 6, last)))


@rule(
    rf"\b([12])(?:\.|st|nd)?\s+(?:(?:haelfte|half)\s+(?:des\s+|vom\s+|von\s+|im\s+|in\s+|of\s+)?"
    rf"(?:the\s+)?({MONTH_RE}|monats|month)|({MONTH_RE}|monats)haelfte)\b"
)
def _half_of_month(m: re.Match[str], ctx: Today) -> DayTerm:
    """'in der zweiten Hälfte vom April', 'zweite Aprilhälfte', 'the first half of May', 'die
    erste Monatshälfte': the 1st to the 15th or the 16th to the month's end (a stretch, asked);
    this month's when "Monat" is said (the next month's when it is gone), a half gone this year
    next year's (README W7)."""
    what = m[2] or m[3]
    if what in ("monats", "month"):
        year, month = ctx.day.year, ctx.day.month
    else:
        year, month = _month_of(MONTHS[what], ctx)
    days = _half_in(m[1], year, month)
    left = tuple(d for d in days if d >= ctx.day)
    if not left:
        nxt = _next_month(ctx.day) if what in ("monats", "month") else (year + 1, month)
        left = _half_in(m[1], *nxt)
    return DayTerm(left, m[0], span=True)


def _half_in(which: str, year: int, month: int) -> tuple[date, ...]:
    last = calendar.monthrange(year, month)[1]
    lo, hi = (1, 15) if which == "1" else (16, last)
    return _span(date(year, month, lo), date(year, month, hi))


_YEAR_WORDS = {"diesen": 0, "dieses": 0, "this": 0, "naechsten": 1, "naechstes": 1, "kommenden": 1,
               "kommendes": 1, "next": 1, "uebernaechsten": 2, "uebernaechstes": 2}  # fmt: skip


@rule(
    rf"(?<![\d.])(\d{{1,2}})(?:\.\s?(\d{{1,2}})\.?|{_ORD}?\s*(?:of\s+)?({MONTH_RE})\b\.?)\s+"
    r"(?:des\s+|im\s+)?(diesen|dieses|naechsten|naechstes|kommenden|kommendes|uebernaechsten"
    r"|uebernaechstes|this|next)\s+(?:jahres|jahr|year)\b"
)
def _date_of_year_word(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'am 23.11. nächsten Jahres', '5. Januar kommendes Jahr', '3rd of May next year'."""
    month = int(m[2]) if m[2] else MONTHS[m[3]]
    if not 1 <= month <= 12:
        return None
    return _exact(_valid(ctx.day.year + _YEAR_WORDS[m[4]], month, int(m[1])), m)


@rule(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
def _iso(m: re.Match[str], ctx: Today) -> DayTerm:
    return _exact(_valid(int(m[1]), int(m[2]), int(m[3])), m)


@rule(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})\b")
def _dotted_year(m: re.Match[str], ctx: Today) -> DayTerm:
    return _exact(_valid(_year(m[3], ctx.day) or 0, int(m[2]), int(m[1])), m)


@rule(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?\b")
def _slashed(m: re.Match[str], ctx: Today) -> DayTerm:
    """27/11, 4/12: day first, as a German caller writes and says it; 11/27 can only be month
    first. Said in English ("on 4/8") and readable in both orders, both readings: asked."""
    a, b, year = int(m[1]), int(m[2]), _year(m[3], ctx.day)
    readings: tuple[date, ...] = ()
    open_order = a != b and a <= 12 and b <= 12
    for day, month in ((a, b), (b, a)):
        if 1 <= month <= 12 and not readings:
            readings = day_and_month(day, month, ctx.day, year, open_order=open_order)
    # an English call, or English words beside it: month first (US) or day first (UK)? (W6, W8)
    if open_order and (ctx.language == "en" or said_in_english(m.string)):
        both = set(day_and_month(a, b, ctx.day, year) + day_and_month(b, a, ctx.day, year))
        if len(both) > 1:
            return DayTerm(tuple(sorted(both)), m[0], order_unclear=True)
    if not readings:
        return DayTerm((), m[0], invalid=m[0])
    return _exact(readings, m)


@rule(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})(?:\.|(?![\d:]))")
def _dotted(m: re.Match[str], ctx: Today) -> DayTerm | None:
    day, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12:
        return None
    return _exact(day_and_month(day, month, ctx.day), m)


# What may stand before a day and month said as two bare numbers: an article or preposition of a
# date, a weekday, or nothing (the date field holding only the date).
_BEFORE_DIGIT_DATE = re.compile(
    rf"(?:^|\b(?:am|den|dem|der|vom|zum|ab|on|the|oder|or|{WEEKDAY_RE}))\s*$"
)


@rule(
    r"(?<![\d.:/])\b(\d{1,2})\s+(\d{1,2})(?:\s+(\d{4}))?\b"
    r"(?![.:/]|\s*(?:uhr|h|tage?n?|wochen?|days?|weeks?)\b)"
    # "am 10, 11 oder 12": days offered, unless another day and month follows ("3 2 oder 4 2")
    r"(?!\s+(?:oder|or|und|and|bis|to)\s+(?:(?:am|den|dem)\s+)?\d{1,2}\b(?!\s+\d))"
)
def _digits_day_month(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """A day and month said as two bare numbers ("am 3 12", "den 5 1", "Dienstag 12 12"): the
    recogniser wrote "dritten zwölften" or "3. 12." without its dots. Read as a date (the same
    year rules as "3.12.") when a date word, a weekday or nothing stands before it; "am 10, 11
    oder 12" (days offered) and "um 10 30" (a time) are left to the other rules."""
    day, month = int(m[1]), int(m[2])
    if not (1 <= day <= 31 and 1 <= month <= 12) or not _BEFORE_DIGIT_DATE.search(
        m.string[: m.start()]
    ):
        return None
    return _exact(day_and_month(day, month, ctx.day, _year(m[3], ctx.day)), m)


@rule(
    rf"\b(?:(?:im|in)\s+)?({MONTH_RE})\b\s*,?\s*(?:(?:so|also|dann|irgendwann|on)\s+)*"
    rf"(?:am|den|the|der)\s+(\d{{1,2}}){_ORD}?(?![\d:])(?:\s+(20\d{{2}})\b)?"
)
def _month_then_day(m: re.Match[str], ctx: Today) -> DayTerm:
    """'im März am 3.', 'im April, so am 20.', 'in March on the 3rd', and the month said first
    on its own ('Dezember, am 31.', 'August der dreiundzwanzigste': blind round 29): that day
    of that month."""
    return _exact(day_and_month(int(m[2]), MONTHS[m[1]], ctx.day, _year(m[3], ctx.day)), m)


@rule(rf"\b(\d{{1,2}}){_ORD}?\s*(?:of\s+|im\s+|in\s+)?({MONTH_RE})\b\.?(?:\s+(\d{{4}}))?")
def _day_month_name(m: re.Match[str], ctx: Today) -> DayTerm:
    year = _year(m[3], ctx.day)
    return _exact(day_and_month(int(m[1]), MONTHS[m[2]], ctx.day, year), m)


@rule(
    rf"\b({MONTH_RE})\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th|\.)?(?![\d:.]|\s*(?:uhr|am|pm))\b(?:\s+(\d{{4}}))?"
)
def _month_name_day(m: re.Match[str], ctx: Today) -> DayTerm:
    year = _year(m[3], ctx.day)
    return _exact(day_and_month(int(m[2]), MONTHS[m[1]], ctx.day, year), m)


@rule(
    r"\b(?:(?:kalenderwoche|kw|calendar\s+week)\s*(\d{1,2})\b(?!\s*(?:uhr|pm)\b)"
    r"|(\d{1,2})\.?\s*(?:kalenderwoche|kw)\b"
    # English "Saturday of week 15", "in week 15", "week no. 15": the calendar week, only after
    # "of" / "in" / "during" / a weekday ("Friday, week 12") or at the start, never a clock after
    # "next week" ("next week 3 pm", "week 10 am", "week 10:30")
    r"|(?:(?<=\bof\s)|(?<=\bin\s)|(?<=\bduring\s)|(?<=\bfor\s)|(?<=day\s)|^)"
    r"week(?:\s+(?:number|no))?\s*(\d{1,2})\b(?!\s*(?:uhr|pm|am|o\s*clock)\b|[:.]\d))"
)
def _calendar_week(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'KW 3', 'Kalenderwoche 11', 'in der elften Kalenderwoche', 'calendar week 17': the ISO
    week (date.fromisocalendar), this year's while ahead; one gone within RECENT_PAST_DAYS is
    this year's (said back as past, as a date gone is), an older one next year's. In the last
    days of December, already week 1 of the next ISO year, the weeks just gone are the old
    year's ("KW 50" on 30 December: past, blind round 29), not next December's."""
    week = int(m[1] or m[2] or m[3])
    this_year = ctx.day.isocalendar().year
    for year in (this_year - 1, this_year, this_year + 1):
        try:
            monday = date.fromisocalendar(year, week, 1)
        except ValueError:
            continue
        sunday = monday + timedelta(days=6)
        if sunday >= ctx.day or (year <= this_year and (ctx.day - sunday).days <= RECENT_PAST_DAYS):
            return DayTerm(_span(monday, sunday), m[0], span=True)
    return None


@rule(
    rf"\b(?:brueckentag|bridge\s+day)\s+(nach|vor|after|before)\s+(?:(?:der|dem|den|the)\s+)?"
    rf"{_NAMED_RE}"
)
def _bridge_day_of_named(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'am Brückentag nach Fronleichnam', 'the bridge day after Ascension': the Friday after the
    named day when it is a Thursday, the Monday before it when a Tuesday ('vor'), whether or not
    it is a holiday here (a caller from another state bridges their own); the next such day, or
    one gone within `RECENT_PAST_DAYS` (said back as past). Any other weekday: not read (asked)."""
    after = m[1] in ("nach", "after")
    for _, day in named_days(m[2], ctx.day):
        if day.weekday() != (3 if after else 1):
            continue
        bridge = day + timedelta(days=1 if after else -1)
        if bridge >= ctx.day or (ctx.day - bridge).days <= RECENT_PAST_DAYS:
            return DayTerm((bridge,), m[0])
    return None


@rule(r"\b(?:brueckentag|brueckentage[n]?|bridge\s+day)\b")
def _bridge_day(m: re.Match[str], ctx: Today) -> DayTerm:
    """A working day between a public holiday and the weekend (the salon's holidays): the next
    one, and any other soon after it. Said in that bridge day's own week it is that day (the
    holiday at hand); a bridge day of a week ahead is one of several the caller may mean, so it
    is asked with the candidates, never one picked (W44)."""
    found: list[date] = []
    day = ctx.day
    while day < ctx.day + timedelta(days=366) and not (found and day > found[0] + BRIDGE_WITHIN):
        before, after = day - timedelta(days=1), day + timedelta(days=1)
        if day.weekday() < 5 and not ctx.salon.holiday_on(day):
            thursday_holiday = day.weekday() == 4 and ctx.salon.holiday_on(before)
            tuesday_holiday = day.weekday() == 0 and ctx.salon.holiday_on(after)
            if thursday_holiday or tuesday_holiday:
                found.append(day)
        day = after
    if not found:
        return DayTerm((), m[0], invalid=m[0])
    this_week = found[0].isocalendar()[:2] == ctx.day.isocalendar()[:2]
    return DayTerm(tuple(found), m[0], far=not this_week)


# "in der Woche zwischen den Jahren", "die Tage zwischen Weihnachten und Neujahr": that stretch
_WEEK_OF = r"(?:\b(?:(?:in\s+)?(?:der|die|den)\s+)?(?:woche|tagen?|week|days)\s+)?"


@rule(rf"{_WEEK_OF}\bzwischen den jahren\b|{_WEEK_OF}\bbetween christmas and new year\b")
def _between_years(m: re.Match[str], ctx: Today) -> DayTerm:
    year = ctx.day.year if ctx.day <= date(ctx.day.year, 12, 30) else ctx.day.year + 1
    # a vague stretch (round 12): offered, with one open day left the next one too
    return DayTerm(
        _span(date(year, 12, 27), date(year, 12, 30)), m[0], span=True, part_of_week=True
    )


@rule(rf"{_WEEK_OF}\bzwischen\s+{_NAMED_RE}\s+und\s+{_NAMED_RE.replace('(', '(?P<second>', 1)}")
def _between_named(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'zwischen Weihnachten und Neujahr': the days strictly between."""
    first, second = named_days(m[1], ctx.day), named_days(m["second"], ctx.day)
    if not first or not second:
        return None
    days = _span(first[-1][1] + timedelta(days=1), second[0][1] - timedelta(days=1))
    # a vague stretch like "zwischen den Jahren": offered, with one open day left the next too
    return DayTerm(days, m[0], span=True, part_of_week=True) if days else None


NEW_YEAR_JUST_BEGUN_DAYS = 14  # "im neuen Jahr" said on 1 to 14 January: the year just begun
YEAR_START_DAYS = 10  # a year's start, asked: its first open days within this many days
_YEAR_START_WORDS = (
    r"(?:anfang|zu\s+beginn|beginn|(?:at\s+)?the\s+(?:beginning|start)\s+of|beginning\s+of"
    r"|start\s+of)\s+(?:des\s+|the\s+)?"
)
_NEXT_YEAR_START = (  # always the coming year, also said in January
    rf"\b{_YEAR_START_WORDS}(?:naechsten|kommenden|next)\s+(?:jahres|year)\b"
    r"|\banfang\s+(?:naechstes|kommendes)\s+jahr\b|\bearly\s+next\s+year\b"
)
_NEW_YEAR_START = (  # the year just begun when said in its first days, else the coming one
    rf"\b{_YEAR_START_WORDS}(?:neuen\s+jahres|new\s+year)\b"
    r"|\bim\s+neuen\s+jahr\b|\bnach\s+neujahr\b|\bnach\s+dem\s+jahreswechsel\b"
    r"|\b(?:early\s+)?in\s+the\s+new\s+year\b|\bafter\s+the\s+new\s+year\b"
)


@rule(rf"(?P<next>{_NEXT_YEAR_START})|{_NEW_YEAR_START}")
def _start_of_next_year(m: re.Match[str], ctx: Today) -> DayTerm:
    """'im neuen Jahr', 'nach Neujahr', 'Anfang nächsten Jahres', 'in the new year', 'early next
    year': the year as a whole or its start, never New Year's Day (closed): its first open days,
    asked. Said in the first NEW_YEAR_JUST_BEGUN_DAYS of January, 'the new year' is the one just
    begun (from today on); 'nächsten Jahres' / 'next year' is always the coming one."""
    today = ctx.day
    if m["next"] is None and today.month == 1 and today.day <= NEW_YEAR_JUST_BEGUN_DAYS:
        first = max(today, date(today.year, 1, 2))
        return DayTerm(_span(first, first + timedelta(days=YEAR_START_DAYS)), m[0], span=True)
    start = date(today.year + 1, 1, 2)
    days = _span(start, start + timedelta(days=YEAR_START_DAYS))
    return DayTerm(days, m[0], span=True, new_year=True)


@rule(
    rf"\b(?:(?:im\s+)?({MONTH_RE})\s+(?:des\s+)?(?:naechsten|kommenden)\s+jahres"
    rf"|(?:naechstes|kommendes)\s+jahr\s+(?:im\s+)?({MONTH_RE})|({MONTH_RE})\s+next\s+year"
    rf"|next\s+year\s+in\s+({MONTH_RE}))\b"
)
def _month_next_year(m: re.Match[str], ctx: Today) -> DayTerm:
    month = MONTHS[m[1] or m[2] or m[3] or m[4]]
    return DayTerm(_part_of_month(None, ctx.day.year + 1, month), m[0], span=True)


_CLOCK_CHANGE_NAMES = frozenset({"Beginn der Sommerzeit", "Ende der Sommerzeit"})


# "nach Ostern", "nach der Zeitumstellung", "before the clock change": the article may be said
@rule(rf"\b(vor|nach|before|after)\s+(?:(?:der|dem|den|the)\s+)?{_NAMED_RE}")
def _around_named(m: re.Match[str], ctx: Today) -> DayTerm | None:
    found = named_days(m[2], ctx.day)
    if not found:
        return None
    before = m[1] in ("vor", "before")
    if before:
        # before the holiday itself: a named day the salon opens on ("Weihnachten" with an open
        # Heiligabend) is still before it
        closed = [d for _, d in found if ctx.salon.hours_on(d) is None]
        first = closed[0] if closed else found[0][1]
        days = _span(max(ctx.day, first - timedelta(days=7)), first - timedelta(days=1))
        # said within it with something left to book ("vor Ostern" on Gründonnerstag): a stretch
        # even when one day is left (yesterday kept in it), asked; with nothing left it is gone
        # ("vor Weihnachten noch" on the 23rd after the last start, Heiligabend closed: past)
        inside = first - timedelta(days=7) < ctx.day and any(_room_on(d, ctx) for d in days)
        if inside:
            days = _span(ctx.day - timedelta(days=1), first - timedelta(days=1))
    else:
        last = found[-1][1]
        if last + timedelta(days=7) < ctx.day:  # "nach Ostern" a week after Easter: next year's
            last = (named_days(m[2], ctx.day, ctx.day.year + 1) or found)[-1][1]
        # the clocks change in the night (2 or 3 a.m.): the Sunday of the change is already after
        # it ("morgen nach der Zeitumstellung" said on the Saturday is that Sunday)
        at_night = all(name in _CLOCK_CHANGE_NAMES for name, _ in found)
        days = _span(last + timedelta(days=0 if at_night else 1), last + timedelta(days=7))
        inside = days[0] < ctx.day
    # said within the stretch ("vor Ostern" on Gründonnerstag, "nach Ostern" in Easter week): what
    # is left of it names no day, so it is asked (README.md, round 28)
    return DayTerm(days, m[0], span=True, until=before, part_of_week=inside) if days else None


_YEAR_WORD_RE = (
    r"(?:im\s+|in\s+|des\s+)?(?:diesen|dieses|naechsten|naechstes|kommenden|kommendes|this|next)"
    r"\s+(?:jahres|jahr|year)\b"
)


@rule(
    rf"(?<![\w.])(?P<before>{_YEAR_WORD_RE}\s+(?:(?:an|am|zu|on|at)\s+)?)?(?P<name>{_NAMED_RE})"
    rf"(?P<after>\s+{_YEAR_WORD_RE})?"
)
def _named_in_year(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """A named day with the year said in words ("erster Weihnachtstag nächstes Jahr", "nächstes
    Jahr an Heiligabend", "Frauentag dieses Jahr"): that year's day, not a span of the year."""
    said = m["before"] or m["after"]
    if not said:
        return None
    which = next(w for w in said.split() if w in _YEAR_WORDS)
    found = named_days(m["name"].strip(), ctx.day, ctx.day.year + _YEAR_WORDS[which])
    if not found:
        return None
    return DayTerm(tuple(d for _, d in found), m[0], names={d: n for n, d in found})


@rule(rf"(?<![\w.]){_NAMED_RE}(?:\s+(\d{{4}}))?")
def _named(m: re.Match[str], ctx: Today) -> DayTerm | None:
    found = named_days(m[1], ctx.day, int(m[2]) if m[2] else None)
    if not found:
        return None
    gone = [] if m[2] else just_gone(m[1], ctx.day)
    if gone:  # "Silvester" on 2 January: the one just gone, or next December's? asked
        found = gone + found
    days = tuple(d for _, d in found)
    recent = gone[-1][1] if gone else None
    return DayTerm(days, m[0], names={d: n for n, d in found}, recent_past=recent)


_SPAN_FROM = {"heute": 0, "today": 0, "now": 0, "jetzt": 0, "morgen": 1, "tomorrow": 1}
_SPAN_FROM |= {"uebermorgen": 2}


@rule(
    r"\b(\d+|eine[mnr]?|ein|a|an|one)\s+(tage?n?|wochen?|days?|weeks?|fortnights?|monate?n?"
    r"|months?)\s+"
    r"(?:ab|von|from|on|counting\s+from|gerechnet\s+ab)\s+(?:(?:kommendem|kommenden|naechstem|naechsten"
    rf"|dem|this|next|the\s+coming)\s+)?(heute|today|now|jetzt|uebermorgen|morgen|tomorrow"
    rf"|{WEEKDAY_RE})\b(?:\s+an\b)?(?!\s+(?:bis|to|till|until)\b)"
)
def _span_from_day(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'10 Tage ab heute', 'zwei Wochen ab Mittwoch', 'a fortnight from Thursday', '10 Tage von
    heute an': the span counted from that day (a weekday: the coming one; said on it, today, as
    'a week from Tuesday'); months, as 'in zwei Monaten', are the fortnight around, offered.
    'zwei Tage von Montag bis Mittwoch' is a stretch, not counted."""
    n = _count(m[1])
    if n <= 0:
        return None
    weekday = WEEKDAYS.get(m[3])
    start = ctx.day + timedelta(
        days=_SPAN_FROM[m[3]] if weekday is None else (weekday - ctx.day.weekday()) % 7
    )
    if m[2].startswith(("monat", "month")):  # a rough span, as "in zwei Monaten": offered
        day = _add_months(start, n)
        return DayTerm(_span(day - timedelta(days=7), day + timedelta(days=7)), m[0], span=True)
    days = n * (14 if m[2].startswith("fortnight") else 7 if m[2][0] == "w" else 1)
    return DayTerm((start + timedelta(days=days),), m[0], weekday=weekday)


@rule(
    rf"\b({WEEKDAY_RE})\s+(?:in|nach)\s+(\d+|einer|1|a|one)\s+(wochen|woche|weeks|week|tagen|tage|tag)\b"
    rf"|\bin\s+(\d+|einer|1|a|one)\s+(wochen|woche|weeks|week)\s+(?:am\s+|on\s+)?({WEEKDAY_RE})\b"
    rf"|(?:\ba\s+|^)week\s+(?:on|from)\s+({WEEKDAY_RE})\b"
    rf"|\b(\d+)\s+weeks\s+(?:on|from)\s+({WEEKDAY_RE})\b"
)
def _weekday_in_weeks(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'Dienstag in acht Tagen', 'Dienstag in einer Woche', 'a week on Tuesday' ('two weeks from
    Tuesday': two weeks on from it): a week after
    the coming Tuesday (said on a Tuesday: a week today), however far the coming one is. Two
    weeks and more: "in zwei Wochen am Dienstag" is the Tuesday of the week two weeks on;
    "Dienstag in zwei Wochen" is asked where the readings part (`_in_weeks`)."""
    if m[7]:  # "a week on Friday", "a week from Friday"
        weekday = WEEKDAYS[m[7]]
        return DayTerm((_week_on(weekday, ctx),), m[0], weekday=weekday)
    if m[9]:  # "two weeks from Tuesday": counted from the coming Tuesday, as "a week from"
        weekday, weeks = WEEKDAYS[m[9]], int(m[8])
        if weeks <= 0:
            return None
        day = _week_on(weekday, ctx) + timedelta(weeks=weeks - 1)
        return DayTerm((day,), m[0], weekday=weekday)
    if m[1]:
        weekday, n, unit = WEEKDAYS[m[1]], _count(m[2]), m[3]
        # "in acht Tagen", "in vierzehn Tagen": weeks; "Dienstag in 9 Tagen" is no weekday rule
        weeks = (1 if n == 8 else n // 7 if n % 7 == 0 else 0) if unit.startswith("tag") else n
    else:
        weekday, weeks = WEEKDAYS[m[6]], _count(m[4])
    if weeks <= 0:
        return None
    if weeks == 1:
        return DayTerm((_week_on(weekday, ctx),), m[0], weekday=weekday)
    if m[4]:  # "in drei Wochen am Dienstag": the Tuesday of the week three weeks on (round 28)
        return DayTerm((_week_of(weeks, ctx) + timedelta(days=weekday),), m[0], weekday=weekday)
    return DayTerm(_in_weeks(weekday, weeks, ctx), m[0], weekday=weekday)


_ROUGHLY = r"(?:irgendwann|sometime|some\s+time|ungefaehr|etwa|circa|ca|rund|about|around|roughly)"


@rule(
    rf"\b(?:({_ROUGHLY})\s+)?(?:({NEAR_DAY_RE})\s+)?in\s+"
    rf"(?:({_ROUGHLY})\s+)?(\d+|einer|einem|eine|ein|a|an|one)\s+"
    r"(tag|tagen|tage|woche|wochen|monat|monaten|day|days|week|weeks|month|months)\b"
    rf"(?:\s+({_ROUGHLY}|oder\s+so|or\s+so|herum|rum))?"
)
def _in_span(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'in drei Tagen', 'morgen in einer Woche': that day. Said roughly ('in zwei Wochen
    irgendwann'), the week around it, offered; months ('in zwei Monaten') always roughly."""
    n, unit = _count(m[4]), m[5]
    base = ctx.day + timedelta(days={"morgen": 1, "tomorrow": 1, "uebermorgen": 2}.get(m[2], 0))
    roughly = bool(m[1] or m[3] or m[6])
    if n == 0:
        return None
    if unit.startswith(("monat", "month")):
        # months are a rough span however they are said ("in zwei Monaten" is no one day, and
        # never "closed" for a Sunday the caller did not name): the fortnight around, offered
        day = _add_months(base, n)
        lo, hi = day - timedelta(days=7), day + timedelta(days=7)
        return DayTerm(_span(max(lo, ctx.day), hi), m[0], span=True)
    if unit.startswith(("woche", "week")):
        day = base + timedelta(days=7 * n)
        if roughly:
            return DayTerm(_span(_monday(day), _monday(day) + timedelta(days=6)), m[0], span=True)
        return DayTerm((day,), m[0])
    if n == 8 and not roughly:
        # "in acht Tagen" is a week from today ("heute / morgen in acht Tagen": from that day);
        # said alone it names no weekday and counts one day more than it means, so a closed day
        # there is asked with the open days nearest to it ("in vierzehn Tagen" is the 14th day)
        return DayTerm((base + timedelta(days=7),), m[0], loose=not m[2])
    if roughly:
        return DayTerm(
            _span(base + timedelta(days=n - 1), base + timedelta(days=n + 1)), m[0], span=True
        )
    return DayTerm((base + timedelta(days=n),), m[0])


@rule(
    r"\b(?:a|1|one)\s+week\s+(?:from\s+)?(today|tomorrow|now)\b|\bin\s+a\s+fortnight\b"
    r"|\b(today|tomorrow)\s+week\b"
    r"|\b(?:a\s+)?fortnight\s+(?:today|from\s+today|from\s+now)\b"
)
def _week_from(m: re.Match[str], ctx: Today) -> DayTerm:
    if "fortnight" in m[0]:
        return DayTerm((ctx.day + timedelta(days=14),), m[0])
    """'a week from today', British 'a week today' / 'a week tomorrow' / 'tomorrow week'."""
    tomorrow = "tomorrow" in (m[1], m[2])
    return DayTerm((ctx.day + timedelta(days=8 if tomorrow else 7),), m[0])


@rule(r"\b(\d+)\s+(days|weeks)\s+from\s+(?:now|today)\b")
def _from_now(m: re.Match[str], ctx: Today) -> DayTerm:
    n = int(m[1]) * (7 if m[2] == "weeks" else 1)
    return DayTerm((ctx.day + timedelta(days=n),), m[0])


@rule(
    r"\bin\s+(?:ein\s+paar|einigen|wenigen|a\s+few|a\s+couple\s+of|couple\s+of|a\s+couple)\s+"
    r"(?:tagen|days)\b"
)
def _in_a_few_days(m: re.Match[str], ctx: Today) -> DayTerm:
    return DayTerm(_span(ctx.day + timedelta(days=2), ctx.day + timedelta(days=5)), m[0], span=True)


@rule(
    rf"\b({WEEKDAY_RE})\s+(?:in\s+der\s+|in\s+|of\s+)?(naechsten|naechste|naechster|kommenden|"
    r"kommende|kommender|uebernaechsten|uebernaechste|uebernaechster|dieser|diese|next|this|"
    rf"the\s+following|{_PAST_WEEK})\s+(?:woche|week)\b"
)
def _weekday_of_week(m: re.Match[str], ctx: Today) -> DayTerm:
    weekday = WEEKDAYS[m[1]]
    day = _week_of(_WEEK_WORDS[m[2]], ctx) + timedelta(days=weekday)
    return DayTerm((day,), m[0], weekday=weekday)


@rule(
    r"\b(?:in\s+der\s+)?(naechste|naechsten|naechster|kommende|kommenden|kommender|uebernaechste|"
    rf"uebernaechsten|uebernaechster|diese|dieser|next|this|{_PAST_WEEK})\s+(?:woche|week)\s+"
    rf"(?:am\s+|on\s+)?({WEEKDAY_RE})\b"
)
def _week_then_weekday(m: re.Match[str], ctx: Today) -> DayTerm:
    weekday = WEEKDAYS[m[2]]
    day = _week_of(_WEEK_WORDS[m[1]], ctx) + timedelta(days=weekday)
    return DayTerm((day,), m[0], weekday=weekday)


@rule(rf"\b({WEEKDAY_RE})\s+after\s+next\b")
def _weekday_after_next(m: re.Match[str], ctx: Today) -> DayTerm:
    """'Friday after next': not the coming Friday, the one after it."""
    weekday = WEEKDAYS[m[1]]
    delta = (weekday - ctx.day.weekday()) % 7 or 7
    return DayTerm((ctx.day + timedelta(days=delta + 7),), m[0], weekday=weekday)


# British "Friday week", "Sunday week" (every weekday: a closed one is said closed)
_MONDAY_TO_SATURDAY = "|".join(ENGLISH_WEEKDAYS[:6])
_ANY_WEEKDAY = "|".join(ENGLISH_WEEKDAYS[:7])


@rule(rf"\b({_ANY_WEEKDAY})\s+week\b(?!\s+(?:after|of)\b)")
def _weekday_week(m: re.Match[str], ctx: Today) -> DayTerm:
    """British 'Friday week': a week on from the coming Friday."""
    weekday = WEEKDAYS[m[1]]
    return DayTerm((_week_on(weekday, ctx),), m[0], weekday=weekday)


@rule(rf"\b({_MONDAY_TO_SATURDAY})\s+fortnight\b")
def _weekday_fortnight(m: re.Match[str], ctx: Today) -> DayTerm:
    """British 'Friday fortnight': two weeks on from the coming Friday."""
    weekday = WEEKDAYS[m[1]]
    return DayTerm((_week_on(weekday, ctx) + timedelta(days=7),), m[0], weekday=weekday)


def _week_on(weekday: int, ctx: Today) -> date:
    """'Dienstag in acht Tagen', 'Tuesday week', 'a week on / from Tuesday': seven days after
    the coming Tuesday (said on a Tuesday: a week today)."""
    return ctx.day + timedelta(days=(weekday - ctx.day.weekday()) % 7 + 7)


@rule(
    r"\b(naechsten|naechste|naechster|kommenden|kommende|kommender|diesen|diese|dieser|"
    r"uebernaechsten|uebernaechste|uebernaechster|letzten|letzte|letzter|vergangenen|"
    rf"vergangene|vorigen|vorige|voriger|this\s+coming|next|this|coming|last)\s+({WEEKDAY_RE})\b"
)
def _modified_weekday(m: re.Match[str], ctx: Today) -> DayTerm:
    weekday = WEEKDAYS[m[2]]
    return DayTerm(_weekday_with(m[1], weekday, ctx), m[0], weekday=weekday)


@rule(
    r"\b(?:the\s+)?day\s+after\s+tomorrow\b|\b(vorvorgestern|vorgestern|gestern|heute"
    r"|ueberuebermorgen|uebermorgen|morgen|today|tomorrow|yesterday|tonight)\b"
)
def _relative(m: re.Match[str], ctx: Today) -> DayTerm:
    offsets = {"vorvorgestern": -3, "vorgestern": -2, "gestern": -1, "yesterday": -1,
               "heute": 0, "today": 0, "tonight": 0, "morgen": 1, "tomorrow": 1,
               "uebermorgen": 2, "ueberuebermorgen": 3}  # fmt: skip
    offset = offsets[m[1]] if m[1] else 2
    day = ctx.day + timedelta(days=offset)
    if offset > 0 and ctx.now.hour < NIGHT_ENDS:  # at 00:30 "morgen" may still mean the coming day
        return DayTerm((day - timedelta(days=1), day), m[0])
    return DayTerm((day,), m[0])


@rule(
    r"(?:\b(?:gegen|so|zum|towards|toward)\s+(?:the\s+)?)?"
    r"\b(anfang|mitte|ende|early|mid|middle|end|late|later|beginning)\s+(?:of\s+|in\s+)?"
    r"(?:the\s+|der\s+)?"
    r"(naechsten|naechster|kommenden|kommender|uebernaechsten|uebernaechster|dieser|this|next)?"
    r"\s*(?:woche|week)\b|\b(midweek|wochenmitte|mitte\s+der\s+woche)\b"
    # "zum Wochenende hin", "Richtung Wochenende", "towards the weekend": the end of the week
    r"|\b((?:zum|gegen)\s+(?:das\s+)?wochenende\s+hin|richtung\s+wochenende"
    r"|towards?\s+the\s+weekend)\b"
)
def _part_of_week_rule(m: re.Match[str], ctx: Today) -> DayTerm:
    """A part of a week ("Anfang nächster Woche", "gegen Ende der Woche", "later in the week",
    "zum Wochenende hin"): its days, offered; never one day of them."""
    part, which = ("mitte", None) if m[3] else ("ende", None) if m[4] else (m[1], m[2])
    part = "late" if part == "later" else part
    return DayTerm(_part_of_week(part, which, ctx), m[0], span=True, part_of_week=True)


@rule(
    r"\b(?:in\s+der\s+)?(diese|dieser|naechste|naechsten|naechster|kommende|kommenden|kommender|"
    r"uebernaechste|uebernaechsten|uebernaechster|this|next|the\s+following|"
    rf"{_PAST_WEEK})\s+(?:woche|week)\b(?!\s+(?:im|des|in|of)\b)"
    r"|\b(?:the\s+)?week\s+after\s+next\b"
)
def _week(m: re.Match[str], ctx: Today) -> DayTerm:
    offset = _WEEK_WORDS.get(m[1] or "", 2)
    monday = _week_of(offset, ctx)
    if offset < 0:  # "letzte Woche": gone
        return DayTerm(_span(monday, monday + timedelta(days=6)), m[0], span=True)
    days = _span(max(monday, ctx.day), monday + timedelta(days=6))
    if offset == 0 and not any(_bookable(d, ctx) for d in days):
        # "diese Woche" said on Sunday: nothing of it is left; the coming week is offered
        days += _span(monday + timedelta(days=7), monday + timedelta(days=13))
    return DayTerm(days, m[0], span=True)


def _room_on(day: date, ctx: Today) -> bool:
    """Whether `day` is open and, said today, a short visit still fits before closing."""
    hours = ctx.salon.hours_on(day)
    if hours is None or day < ctx.day:
        return False
    closing = datetime.combine(day, hours[1], ctx.now.tzinfo)
    return day > ctx.day or ctx.now + SHORT_VISIT <= closing


def _bookable(day: date, ctx: Today) -> bool:
    if ctx.salon.hours_on(day) is None:
        return False
    return day > ctx.day or (day == ctx.day and ctx.still_open_today())


# the inflected and uninflected forms ("am nächsten", "das übernächste Wochenende") as the plain one
_WEEKEND_WORDS = {
    "diesem": "dieses", "diese": "dieses", "naechsten": "naechstes", "naechste": "naechstes",
    "kommenden": "kommendes", "kommende": "kommendes", "the": "",
}  # fmt: skip


@rule(
    r"\b(?:(gleich|direkt|sofort|unmittelbar|right|straight|just|immediately)\s+)?"
    r"(?:nach|after)\s+(?:dem\s+|the\s+)?(?:wochenende|weekend)\b"
)
def _after_the_weekend(m: re.Match[str], ctx: Today) -> DayTerm | None:
    """'nach dem Wochenende', 'after the weekend': the working days of the week after the
    coming weekend (said on a weekend, after that one), offered; 'gleich nach dem Wochenende'
    is its first open day (as 'gleich nach Ostern'), 'nach dem Wochenende als Erstes' its first
    slot (round 61)."""
    monday = _monday(ctx.day) + timedelta(days=7)
    week = tuple(monday + timedelta(days=i) for i in range(5))
    if m[1]:
        first = ctx.salon.next_open_days(monday - timedelta(days=1), 1)
        return DayTerm((first[0],), m[0], earliest=_soonest_wished(m)) if first else None
    return DayTerm(week, m[0], span=True)


@rule(
    r"\b(?:(?:am|an|on)\s+(?=(?:diese|naechst|kommend|uebernaechst|the\s+weekend\s+after)))?"
    r"(?:(dieses|diesem|diese|naechstes|naechsten|naechste|kommendes|kommenden|kommende"
    r"|uebernaechstes|uebernaechsten|uebernaechste|this|next|am|on\s+the|the)\s+)?"
    r"(?:(lange[ns]?|long|verlaengerte[ns]?|extended)\s+)?"
    r"(wochenende|weekend)\b(\s+after\s+next\b)?"
)
def _weekend(m: re.Match[str], ctx: Today) -> DayTerm:
    today = ctx.day
    saturday = _monday(today) + timedelta(days=5)
    whole = (saturday, saturday + timedelta(days=1))
    following = tuple(d + timedelta(days=7) for d in whole)
    if m[2]:
        # "am langen Wochenende", "over the long weekend": which long weekend is the caller's to
        # say (a feast's, a bridge day's, their own); the coming one is offered, never answered
        # alone, and a weekday said with it picks its day ("am langen Wochenende, am Samstag")
        return DayTerm(whole, m[0], span=True, part_of_week=True)
    # "am nächsten Wochenende" is "nächstes Wochenende", "the weekend after next" "übernächstes"
    which = "uebernaechstes" if m[4] else _WEEKEND_WORDS.get(m[1] or "", m[1] or "")
    if which.startswith("uebernaechst"):
        if today.weekday() >= 5:  # on the weekend: the one after next week's
            return DayTerm(tuple(d + timedelta(days=14) for d in whole), m[0], span=True)
        # in the week the one after the coming one, or the one after that ("nächstes" said in
        # the week is either of the two coming ones): the two Saturdays, asked (README, round 28)
        saturdays = (following[0], following[0] + timedelta(days=7))
        return DayTerm(saturdays, m[0])
    said = weekend_said(which, whole, following, ctx)
    return DayTerm(said.days, m[0], span=said.span, part_of_week=said.vague)


@rule(
    r"\b(anfang|mitte|ende|early|mid|middle|end|late|beginning)\s+(?:of\s+)?(?:des\s+|dieses\s+|"
    rf"the\s+|im\s+|in\s+)?(monats|month|naechsten\s+monats|next\s+month|{MONTH_RE})\b"
    r"(?:\s+(\d{4}))?|\b(monatsende|monatsanfang)\b"
)
def _part_of_month_rule(m: re.Match[str], ctx: Today) -> DayTerm:
    today = ctx.day
    if m[4]:
        part, what = ("ende" if m[4] == "monatsende" else "anfang"), "monats"
    else:
        part, what = m[1], m[2]
    if what in ("monats", "month"):  # this month's, or next month's when that part is gone
        year, month = today.year, today.month
        left = [d for d in _part_of_month(part, year, month) if _bookable(d, ctx)]
        if left == [today]:  # "Ende des Monats" on its last open day: today, or next month's?
            following = _part_of_month(part, *_next_month(today))
            return DayTerm((today, *following), m[0], span=True)
        if not left:
            year, month = _next_month(today)
    elif what in ("naechsten monats", "next month"):
        year, month = _next_month(today)
    else:
        year, month = _month_of(MONTHS[what], ctx, _year(m[3], ctx.day))
    days = tuple(d for d in _part_of_month(part, year, month) if d >= today)
    if not days and not m[3] and what in MONTHS:
        # "Anfang Januar" said on 28 January: that part is gone this year; next year's, offered
        # as a stretch (asked, said with its year), never a confident "past" (README W7)
        days = _part_of_month(part, year + 1, month)
    return DayTerm(days or _part_of_month(part, year, month), m[0], span=True)


# this month, the next or the one after it, as said before "Monat" ("diesen", "nächsten",
# "übernächsten Monats", "the month after next")
_REL_MONTH = (
    r"((?:naechsten|kommenden|next|diesen|dieses|diesem|this|uebernaechste[nm]?)\s+(?:monats?|month)"
    r"|month\s+after\s+next)\b"
)


def _month_ahead(which: str, today: date) -> tuple[int, int]:
    """The (year, month) "diesen" / "nächsten" / "übernächsten Monat" names, said on `today`."""
    if which.startswith(("diese", "this")):
        return today.year, today.month
    later = which.startswith("uebernaechst") or which.endswith("after next")
    ahead = _add_months(today.replace(day=1), 2 if later else 1)
    return ahead.year, ahead.month


@rule(
    rf"(?:\b(?:am|den|der|the|on\s+the)\s+)?(\d{{1,2}}){_ORD}?\s+(?:des\s+|im\s+|of\s+(?:the\s+)?)?"
    rf"{_REL_MONTH}"
    # the month first, then its day: "nächsten Monat am Zehnten", "im übernächsten Monat am 15.",
    # "next month on the 3rd", "this month on the 12th"
    rf"|\b(?:(?:im|in|in\s+the|the)\s+)?{_REL_MONTH}[\s,]*(?:am|den|der|on\s+the|the|on)\s+"
    rf"(\d{{1,2}}){_ORD}?(?![\d:.]|\s+(?:{WEEKDAY_RE})\b)"  # not "am 10.12.", "am 1. Samstag"
)
def _day_of_month_rel(m: re.Match[str], ctx: Today) -> DayTerm:
    """'am dritten des nächsten Monats', 'the 3rd of next month', 'am 15. übernächsten Monats',
    'nächsten Monat am Zehnten': that day of the month named (a day of this month gone is gone:
    past, never next month's)."""
    day, which = (m[1], m[2]) if m[1] else (m[4], m[3])
    return _exact(_valid(*_month_ahead(which, ctx.day), int(day)), m)


@rule(rf"\b{_REL_MONTH}")
def _month_rel(m: re.Match[str], ctx: Today) -> DayTerm:
    """'diesen Monat', 'nächsten Monat', 'übernächsten Monat': the days of that month from today;
    this month with one open day left or none is offered with the next month's (a stretch said,
    never the one day left alone: asked)."""
    today = ctx.day
    year, month = _month_ahead(m[1], today)
    days = tuple(d for d in _part_of_month(None, year, month) if d >= today)
    if (year, month) == (today.year, today.month) and sum(_bookable(d, ctx) for d in days) < 2:
        days += _part_of_month(None, *_next_month(today))
    return DayTerm(days, m[0], span=True)


@rule(rf"\b(?:im\s+|in\s+)?({MONTH_RE})\b(?:\s+(\d{{4}}))?")
def _month(m: re.Match[str], ctx: Today) -> DayTerm:
    year, month = _month_of(MONTHS[m[1]], ctx, _year(m[2], ctx.day))
    days = tuple(d for d in _part_of_month(None, year, month) if d >= ctx.day)
    return DayTerm(days, m[0], span=True)


@rule(
    r"\b(?:des\s+|im\s+)?(naechsten|kommenden|diesen|dieses)\s+jahr(?:es)?\b"
    r"|\b(naechstes|kommendes)\s+jahr\b|\b(next|this)\s+year\b"
)
def _year_rel(m: re.Match[str], ctx: Today) -> DayTerm:
    """'nächsten Jahres', 'next year': every day of that year ("5. Januar nächsten Jahres")."""
    which = m[1] or m[2] or m[3]
    year = ctx.day.year + (0 if which in ("diesen", "dieses", "this") else 1)
    days = _span(max(date(year, 1, 1), ctx.day), date(year, 12, 31))
    return DayTerm(days, m[0], span=True, new_year=year > ctx.day.year)


@rule(rf"\b({WEEKDAY_RE})\b")
def _weekday(m: re.Match[str], ctx: Today) -> DayTerm:
    weekday = WEEKDAYS[m[1]]
    return DayTerm(_weekday_default(weekday, ctx), m[0], weekday=weekday, weekday_only=True)


@rule(rf"(?:\b(?:am|den|der|dem|vom|the|on\s+the|on)\s+)?(?<![\d.:/])(\d{{1,2}}){_ORD}(?![\d:])")
def _ordinal_day(m: re.Match[str], ctx: Today) -> DayTerm:
    return _bare(int(m[1]), m, ctx)


_RIGHT_NOW = re.compile(r"\b(?:sofort|jetzt|gleich|now|right\s+away|straight\s+away)\b")


@rule(
    # "so fix", Austrian "so rasch", Swiss "so schnäll wie's gaht" (round 59)
    r"\b(?:(?:so\s*(?:schnell|bald|fix|rasch|flott|schnaell)|so\s+(?:frueh|zeitig))\s+(?:(?:wie|als)\s+)?"
    r"(?:moeglich|es\s+geht|es\s+gaht|es\s+geht\s+und\s+steht)"
    r"|moeglichst\s+(?:bald|flott|fix|rasch|"
    r"schnell|zeitnah)|baldmoeglichst|baldigst|schnellstmoeglich\w*|schnellstens|zeitnah"
    r"|naechstmoeglich\w*(?:\s+termin)?|fruehestmoeglich\w*(?:\s+termin)?|soonest"
    # Austrian "ehestmöglich", "ehebaldigst", "ehestens"; "baldestmöglich"
    r"|ehe(?:st)?(?:moeglich\w*|baldigst|ens)|ehestmoeglich\w*|baldestmoeglich\w*"
    # "the next free slot", "the first free appointment", "the earliest slot you have"
    r"|(?:the\s+)?(?:next|first|earliest|naechster)\s+(?:(?:free|available|open|possible)\s+)?"
    r"(?:slot|appointment|opening|time\s+slot)s?(?:\s+you\s+have)?"
    # the next free one by a clause, no noun: "das Nächste, was frei ist", "whatever's free next"
    r"|(?:das\s+|den\s+|der\s+)?naechste[nrs]?\W*(?:was|das|den|der)\s+(?:sie\s+|bei\s+ihnen\s+)?"
    r"(?:noch\s+)?(?:frei|offen|verfuegbar|geht)\b(?:\s+(?:ist|haben|hat|waere))?"
    r"|whatever\W*(?:s\s+|is\s+|you\s+have\s+)?(?:free|open|available)\s+(?:next|first)"
    r"|asap|as\s+soon\s+as\s+(?:possible|you\s+(?:can|could)|you\s+have\s+(?:something|one|a\s+slot))"
    r"|(?:der\s+|den\s+)?"
    # "den nächsten freien Termin", "in der nächsten freien Lücke", "den nächsten freien am
    # Samstag" (round 59)
    r"naechste[nr]?\s+freie[nr]?(?:\s+(?:termin|luecke|slot))?"
    # the question "wann geht's denn frühestens?" (a day before "frühestens" is a bound), "was
    # haben Sie als Nächstes frei?", "Hauptsache bald"
    r"|\bwann\b[a-z ]*?\bfruehestens(?=\W*$)|als\s+naechstes(?:\s+(?:was|etwas))?(?:\s+frei)?"
    r"|hauptsache\s+(?:bald|schnell)|(?:first|naechster)\s+available|earliest|next\s+available|"
    r"fruehestmoeglich|egal\s+wann|wann\s+immer|jederzeit|any\s*time|whenever|sofort|"
    r"jetzt\s+gleich|gleich\s+jetzt|jetzt\s+direkt|direkt\s+jetzt|am\s+besten\s+jetzt|"
    r"right\s+now|right\s+away|straight\s+away|"
    r"gleich\s+heute|heute\s+noch|noch\s+heute|jetzt|now"
    # "gleich" alone (the time field "gleich", "möglichst gleich"): right away, as "sofort"
    r"|^\s*(?:moeglichst\s+|am\s+besten\s+|wenn\s+es\s+geht\s+)?gleich(?=\s*$))\b"
)
def _earliest(m: re.Match[str], ctx: Today) -> DayTerm:
    today = ctx.day
    if "heute" in m[0]:
        return DayTerm((today,), m[0])
    if _RIGHT_NOW.search(m[0]):  # "jetzt gleich" after closing: today's, said to be gone
        return DayTerm((today,), m[0], earliest=ctx.still_open_today(), now_only=True)
    first = today if ctx.still_open_today() else ctx.salon.next_open_days(today, 1)[0]
    return DayTerm((first,), m[0], earliest=True)


_UNTIL = re.compile(
    r"\b(bis|vor|before|until|till|by|spaetestens|allerspaetestens)"
    r"(?:\s+(?:spaetestens|zum|zur|am|dem|den|the|on))*\s*$"
)


def _until(term: DayTerm, word: str, ctx: Today) -> DayTerm:
    """'bis Freitag', 'vor dem 27.': any day from today up to that day (offered, not chosen)."""
    last = term.dates[0] - timedelta(days=1 if word in ("vor", "before") else 0)
    days = _span(ctx.day, last) if last >= ctx.day else term.dates
    return DayTerm(days, f"{word} {term.text}", span=True, until=True)


def day_terms(text: str, ctx: Today, *, bare_numbers: bool) -> tuple[list[DayTerm], str]:
    """Every day phrase in `text` (normalized), and what is left of the text. With
    `bare_numbers`, a lone number is a day of the month ("am 27" in the date field)."""
    terms: list[tuple[int, DayTerm]] = []
    rest = text
    for pattern, fn in _RULES:
        for m in list(pattern.finditer(rest)):
            term = fn(m, ctx)
            if term is None:
                continue
            start = m.start()
            until = _UNTIL.search(rest[:start])
            if until and len(term.dates) == 1 and not term.invalid:
                term, start = _until(term, until[1], ctx), until.start()
            terms.append((start, term))
            rest = rest[:start] + " " * (m.end() - start) + rest[m.end() :]
    if bare_numbers:
        # "in 8" is a count, not the 8th ("in 8 Tog": a unit not understood is asked)
        for m in re.finditer(r"(?<![\d.:/-])(?<!\bin\s)\b(\d{1,2})\b(?![\d.:/-])", rest):
            terms.append((m.start(), _bare(int(m[1]), m, ctx)))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    terms.sort(key=lambda t: t[0])
    return [t for _, t in terms], " ".join(rest.split())
