"""From what the caller said to one answer: a day and a time to hold, a window to search, the
candidates to offer, or the specific question to ask. Never a guess.

The three fields the model fills (date, time, weekday) are read together: any of them may carry
a day, a time or a part of the day ("Freitagnachmittag" in the date, "morgen früh" in the time).
The day is decided first (its opening hours decide how a bare hour is read), then the time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Literal

from calendar_adapter.salon import SalonFile
from tools.when.after_next import after_next
from tools.when.asap_except import AsapExcept, asap_except, asap_from_bound
from tools.when.asides import drop_asides
from tools.when.away import without_away
from tools.when.bound_pair import join_bound_pair
from tools.when.bound_reason import restated_bound
from tools.when.caller_event import CallerEvent, caller_events, in_event
from tools.when.caller_words import caller_words, excluded_words
from tools.when.cannot_then import cannot_then
from tools.when.chat_shorthand import read_chat_shorthand
from tools.when.clock_emphasis import clock_emphasis
from tools.when.clock_range import read_clock_range
from tools.when.clock_sound import clock_by_sound
from tools.when.closed_remark import drop_closed_remark
from tools.when.closing_words import closing_words
from tools.when.companion import companion_events
from tools.when.date_clock import date_clock
from tools.when.day_after_said import day_after_said
from tools.when.day_clock import day_clock
from tools.when.day_or_month import day_or_month
from tools.when.day_question import DayQuestion, day_question
from tools.when.day_rhythm import day_rhythm
from tools.when.days import DayTerm, Today, day_terms
from tools.when.dictation import read_dictation
from tools.when.digit_clock import digit_clock
from tools.when.earliest_day import earliest_day, from_day_said
from tools.when.either_part import LEFT_OPEN, parts_either
from tools.when.end_to_keep import end_to_keep
from tools.when.errand import Errand, drop_errand
from tools.when.evening import SLOT, last_starts, last_starts_before_evening
from tools.when.event_restated import event_restated
from tools.when.excluded_day import excluded_weekdays
from tools.when.filler_clock import filler_clock
from tools.when.first_open import first_open_day, first_open_from
from tools.when.foreign_clock import read_foreign_clock
from tools.when.foreign_days import foreign_weekday
from tools.when.half_across import half_across
from tools.when.hesitation_um import drop_hesitation_um
from tools.when.home_bound import home_bound
from tools.when.hundred_clock import hundred_clock
from tools.when.last_open import last_open_day, last_open_of
from tools.when.late_words import late_words
from tools.when.later_today import later_today, next_start
from tools.when.lexicon import (
    ALTERNATIVES,
    CORRECTION_PHRASES,
    FILLERS,
    MONTH_RE,
    NEAR_DAY_RE,
    NEGATIONS,
    RETRACTIONS,
    WEEKDAY_RE,
    is_temporal,
)
from tools.when.month_corrected import month_corrected
from tools.when.month_first import month_first
from tools.when.month_open_day import month_open_day
from tools.when.month_words import unread_after_day
from tools.when.named_range import ends_named
from tools.when.near_clock import near_clock
from tools.when.next_month import name_next_month
from tools.when.no_such_day import no_such_day
from tools.when.normalize import normalize
from tools.when.offered_slot import offered_slot
from tools.when.open_day_count import read_open_day_count
from tools.when.opening_day import opening_day
from tools.when.ordinal_month import ordinal_month
from tools.when.other_numbers import drop_other_numbers
from tools.when.own_schedule import ERRAND_TIME, own_schedule
from tools.when.party import party
from tools.when.past_visit import drop_past_visits
from tools.when.period_beside_date import without_period_beside_date
from tools.when.pieces import answer_piece
from tools.when.preferred_time import preferred_time
from tools.when.read_back import read_back
from tools.when.reason_between import reason_between
from tools.when.recurring import recurring
from tools.when.same_time import booked_time_events, same_time
from tools.when.same_weekday import same_weekday
from tools.when.second_appointment import second_appointment
from tools.when.services_first import services_first
from tools.when.short_year import full_short_year
from tools.when.slash_order import slash_order
from tools.when.small_talk import drop_small_talk
from tools.when.spelled_digits import read_spelled_digits
from tools.when.split_teen import split_teen, teen_within_hours
from tools.when.spoken import Words
from tools.when.stt_clock import read_stt_clock
from tools.when.time_wish import (
    bounds_by_clause,
    reads_as_time_wish,
    time_wish_clauses,
    vague_bounds,
)
from tools.when.times import Clock, Part, Span, TimeTerm, side_by_side, time_spans, time_terms
from tools.when.usual_time import usual_time_events
from tools.when.week_after_next import week_after_next_day
from tools.when.week_after_said import week_after_said
from tools.when.week_of_date import week_of_date
from tools.when.week_of_feast import week_of_feast
from tools.when.week_shift import shifted, week_shift
from tools.when.week_weekday import a_week_weekday
from tools.when.weekday_question import weekday_apposed, weekday_checked
from tools.when.weeks_from_visit import weeks_from_visit
from tools.when.window_had import span_with_length, window_had
from tools.when.window_lean import drop_window_lean
from tools.when.withdrawn import withdrawn_at_end
from tools.when.work_bound import work_bound
from tools.when.working_days import read_working_days
from tools.when.written_date import read_written_date
from tools.when.year_open_day import year_open_day
from tools.when.zone_said import in_salon_zone

MAX_DAYS_AHEAD = 366  # the longest a calendar year can be: see `a_year_after`


def a_year_after(today: date) -> date:
    """The last day answered: the same date next year (29.2. -> 1.3.). A date beyond it is more
    than a year ahead and asked, even when it is within 366 days ("2.1.2031" on 1.1.2030)."""
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return date(today.year + 1, 3, 1)


_CORRECTION_RE = re.compile(
    r"\b(?:" + "|".join(sorted(CORRECTION_PHRASES, key=len, reverse=True)) + r")\b"
)
# "Mittwoch oder nee, besser Donnerstag", "Freitag oder ne warte lieber Samstag", "Freitag oder
# doch Samstag", "Friday or actually Saturday": "oder" with a correction word and a word of choice,
# or with a word that takes back ("doch", "besser", "actually", "rather", "nein"), replaces what came
# before ("nein" is put in its place): "morgen, oder nein, Samstag" is Saturday, as callers say it
# (the blind rounds 10 and 11 label it so). "Freitag oder lieber Samstag" (a preference, as
# "lieber Samstag als Freitag") and "Freitag oder Samstag" stay both (asked).
_OR_CORRECTED_RE = re.compile(
    r"\b(?:oder|or)\s+(?=(?:nein|nee|noe|naa)\b|no\b(?!\s+(?:earlier|later|sooner|more|less|than"
    r"|preference|problem|matter|particular))|(?:"
    + _CORRECTION_RE.pattern
    + r"\s+)+(?:besser|lieber|eher|doch|better|rather)\b|(?:"
    + _CORRECTION_RE.pattern
    + r"\s+)*(?:doch|besser|better|rather|actually)\b(?!\s+nicht\b))"
)
# Days, clock times and dates as one names them ("am Freitag", "morgen"; "um 3"; "am 22."): what
# "nicht" excludes when another of the same kind follows ("nee, nicht Freitag, Samstag")
_NAMED_KINDS = (
    rf"(?:(?:am|on)\s+)?(?:{WEEKDAY_RE}|{NEAR_DAY_RE})\b",
    r"(?:(?:um|at)\s+)?\d{1,2}(?::\d{2})?\b(?:\s+uhr\b)?(?!\.)",
    r"(?:(?:am|den|the)\s+)?\d{1,2}\.(?:\d{1,2}\.)?",
)
_NOT_THIS_BUT = "|".join(rf"\b(?:nicht|not)\s+{kind}\s*(?={kind})" for kind in _NAMED_KINDS)
# "lieber nicht am Dienstag, da hab ich Yoga, Mittwoch ginge": a day excluded, a reason, and the
# day wanted after it (no number, no "oder" between); "nicht am Dienstag" alone is still asked
_NOT_THIS_LATER = (
    rf"\b(?:nicht|not)\s+{_NAMED_KINDS[0]}(?:(?!\b(?:oder|or|nicht|not|kein|keine)\b)[^\d])*?"
    rf"(?=\b{_NAMED_KINDS[0]})"
)
# What the caller excludes in favour of what they name: "nicht am Freitag, lieber Samstag",
# "nicht um drei, sondern um vier", "Samstag statt Freitag", "four instead of three", "nee,
# nicht Freitag, Samstag" ("Freitag, nicht Samstag" excludes Saturday and says nothing instead).
_EXCLUDED_RE = re.compile(
    r"\b(?:nicht|not)\b(?:(?!\b(?:nicht|not)\b).)*?\b(?=(?:sondern|lieber|besser|eher|but|rather)\b)"
    r"|\b(?:statt|anstatt|anstelle\s+von|instead\s+of|rather\s+than)\b.*?"
    r"(?=\b(?:lieber|besser|eher|doch)\b|$)"
    rf"|{_NOT_THIS_BUT}|{_NOT_THIS_LATER}"
)
# Hesitations among the correction words: what follows adds to what came before ("Freitag, äh,
# der 12."); the others take it back ("morgen, nee, Dienstag": Tuesday).
HESITATIONS = frozenset(
    {"aeh", "aehm", "oeh", "oehm", "ehm", "hm", "hmm", "uh", "uhm", "erm", "moment", "warte"}
    | {"wait", "hang on", "hold on"}
)
# Why the time taken back does not suit, said after the correction word ("um elf, nee, das ist zu
# früh, um zwölf", "at ten, no, that's too early, eleven"): the reason, no part of the day
_TOO_EARLY_OR_LATE = re.compile(
    r"\b(?:das|dies|es|that|it)\s*(?:ist|is|s|waere|wuerde|would\s+be|war|was)\s+(?:mir\s+|for\s+me\s+)?"
    r"(?:(?:doch|etwas|ein\s+bisschen|viel|leider|a\s+bit|a\s+little|much)\s+)?(?:zu|too)\s+"
    r"(?:frueh|spaet|early|late)\b"
)
# taken back with nothing said instead ("morgen, nee", "Freitag, doch nicht"); not "no": Bavarian
# "heit no"
_RETRACTED_AT_END = re.compile(r"\b(?:nein|nee|noe|" + "|".join(RETRACTIONS) + r")\s*$")
# "gleich um neun", "gleich um halb zehn": a time said as the next thing to come, today
_RIGHT_AT = re.compile(r"\b(?:gleich|direkt|sofort)\s+(?:um|ab|gegen|so\s+um)\b")
# "any day but Tuesday", "anything but Friday", "every day except Monday", "any day apart from
# Saturday", "any day other than Wednesday", "apart from Friday any day works": a day excluded
# with nothing named instead (asked, as "nicht am Dienstag"; "but" alone is no exclusion)
_BUT = r"(?:but|except|save|bar|barring|excluding|apart\s+from|aside\s+from|other\s+than|besides)"
_ALL_BUT = re.compile(
    rf"\b(?:any|every|all)(?:\s*(?:other\s+)?(?:day|days|thing|time))?\s+{_BUT}\b"
    rf"|\b{_BUT}\s+(?:on\s+)?(?:a\s+)?(?:{WEEKDAY_RE})s?\b.*\b(?:any|every|all)(?:\s+other)?\s+days?\b"
)
# A count left over unread ("in 8 Tog" with an unknown unit): part of the day said, never dropped
_COUNT_LEFT_OVER = re.compile(r"\bin\s+\d+\b")
# A clock word left over with an unread word after it ("um dingsda", "um halber zwoife", "Klock
# fiew", "um, äh, warten Sie"): a time was said and not read, never dropped (asked); an article or
# filler after it ("um die Mittagszeit") is no unread time, nor "um ... zu" (in order to)
_BROKEN_OFF = r"(?:aeh|aehm|oeh|oehm|ehm|hm|hmm|uh|uhm|erm|moment|mal|warte|warten|sie|kurz)"
_CLOCK_LEFT_OPEN = re.compile(
    r"\b(?:um|gegen|at|around|halb|halber|halbe|klock|klok)\s+"
    rf"(?:{_BROKEN_OFF}\s+)*([a-z][a-z]+)\b"
    r"(?!\s+(?:\w+\s+)?zu\b)"  # "um ehrlich zu sein", "um sicher zu gehen": no clock
)
# "um den 20. herum", "um Pfingsten rum": "um ... herum" is "around", its day read apart
_AROUND_WORDS = frozenset({"herum", "rum", "drum", "umher"})
# ... or with nothing but hesitation to the end ("Samstag um, äh, Moment mal"): broken off
_CLOCK_BROKEN_OFF = re.compile(
    rf"\b(?:um|gegen|at|around|halb|halber|klock|klok)(?:\s+{_BROKEN_OFF})*\s*$"
)
_CLOCK_LEFT_BARE = re.compile(r"\b(?:klock|klok)\b\s*$")
# Three or four digits left unread ("Freitag 1500", "um 1500 oder 1600"): a time said and not
# read, asked, never the day alone
_DIGITS_LEFT = re.compile(r"\d{3,4}")
_JOINED = re.compile(r"\b(?:und|and)\b")
# A time said and then opened ("um drei oder so, vielleicht auch später"): how much later or
# earlier only the caller knows, so the time is asked, never the time alone
_HEDGED_SHIFT = re.compile(
    r"\b(?:vielleicht|eventuell|evtl|gern\w*|oder|maybe|perhaps|or)\s+(?:auch\s+|even\s+|a\s+bit\s+"
    r"|etwas\s+|bisschen\s+)?(spaeter|frueher|later|earlier)\b"
)
MAX_OPTIONS = 6
MAX_TIME_OPTIONS = 4

Status = Literal[
    "ok",
    "invalid_date",
    "invalid_time",
    "weekday_mismatch",
    "past_date",
    "closed",
    "outside_hours",
    "ambiguous_date",
    "ambiguous_time",
]


@dataclass(frozen=True)
class DateCheck:
    """What the day and time a caller asked for come to, decided without the calendar.

    `ok` with `start_local`: one time to check and hold. `ok` with `window`: start times to
    search (a part of the day, "gegen drei", "ab 15 Uhr"); nothing is held. `ok` with neither:
    the whole day. `ambiguous_date` / `ambiguous_time`: `options` are the candidates to offer.
    """

    status: Status
    day: date | None = None
    start_local: datetime | None = None  # aware, salon zone; one asked time
    message: str = ""
    options: list[dict] = field(default_factory=list)
    window: tuple[datetime, datetime] | None = None  # aware, salon zone: start times [start, end]
    prefer: datetime | None = None  # within the window, the time said ("gegen drei": 15:00)
    holiday: str | None = None  # the closed day's name ("Erster Weihnachtstag")
    earliest: bool = False  # "so bald wie möglich": the first open day, earliest times
    spoken: str = ""  # the understood day (and time), with the year when not this year's

    @property
    def ok(self) -> bool:
        return self.status == "ok"


@dataclass
class _Said:
    days: list[DayTerm] = field(default_factory=list)
    times: list[TimeTerm] = field(default_factory=list)
    negated: bool = False
    recurring: bool = False  # "jeden Mittwoch", "every other Tuesday": no one day
    alternatives: bool = False
    left_open: bool = False  # "egal", "whatever": the choice among the alternatives is the salon's
    right_at: bool = False  # "gleich um neun": today's, when no day is said
    first_open: bool = False  # "am ersten Tag, wo Sie aufhaben": the first open day of what is said
    last_open: str = ""  # "am letzten Tag, an dem Sie vor Weihnachten aufhaben": its last one
    excluded: frozenset[int] = frozenset()  # "am Wochenende, aber nicht sonntags": weekdays out
    from_day: bool = False  # "frühestens Donnerstag", "ab Donnerstag": that day or after it
    last_visit: list[str] = field(default_factory=list)  # "wir hatten letztes Mal Dienstag"
    day_or_month: tuple[int, int] | None = None  # "am dritten, äh, Sechsten": (3, 6), asked
    last_visit_time: bool = False  # "zur gleichen Uhrzeit wie letztes Mal": asked beside the day
    questions: list[DayQuestion] = field(default_factory=list)  # "das ist doch nach Ostern, oder?"
    errand: Errand | None = None  # "die macht um acht auf, also danach": from 8, no time said
    asap_except: AsapExcept | None = None  # "so bald wie möglich, aber nicht morgen"
    unknown: dict[str, list[str]] = field(default_factory=dict)
    finish_by: bool = False  # the bound said is when the service must be done ("bis dahin fertig")
    unread: set[str] = field(default_factory=set)  # "den 20. Blumen": never a bare day of month
    later_today: bool = False  # "later today", "heute etwas später": from now on, no time said
    events: list[CallerEvent] = field(default_factory=list)  # "wenn mein Mann zu Hause ist"
    errand_said: str = ""  # "ich hole die Kinder um vier ab": its time asked, quoted as said
    vague: list[tuple[str, str]] = field(default_factory=list)  # "nicht zu früh": (role, words)


def _terms(
    text: str, role: str, ctx: Today, weekday: bool = False
) -> tuple[list[DayTerm], list[TimeTerm], str]:
    """`weekday`: a weekday is said in the whole phrase, maybe in another part of it."""
    if role == "time":  # the time field's "zwei.": the recogniser's full stop, not the 2nd
        text = _HOUR_STOP.sub(r"\1", text)
    spans, left = time_spans(text, "time" if role == "time" else "date")
    rest = " ".join(left.split())
    # with a weekday or a part of the day said ("tomorrow morning nine", "morgen früh neun"),
    # a lone number is its hour (round 62), never a day of the month
    part = any(term.kind == "part" for _, _, term in spans)
    if role == "date" and (weekday or part or _WEEKDAY.search(rest)):
        hours, rest = _hours_by_a_weekday(rest, _places(left))
        spans += hours
    times = side_by_side(text, spans)
    days, rest = day_terms(rest, ctx, bare_numbers=role == "date")
    return days, times, rest


_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b")
# A lone number that can be an hour, with no article, ordinal mark or month: "Freitag zwei",
# "Freitag nachmittag zwei", "Friday, two"
_LONE_HOUR = re.compile(
    r"(?<![\d.:/-])(?<!\d )(?<!\bam )(?<!\bden )(?<!\bder )(?<!\bdem )(?<!\bvom )(?<!\bzum )"
    r"(?<!\bthe )(?<!\bon )(?<!\bin )(?<!\bkw )(?<!woche )(?<!week )"
    r"\b([1-9]|1[0-2])\b(?![\d.:/-])(?!\s+\d)(?!\s+(?:weeks?|wochen?|days?|tagen?|tage)\b)"
    rf"(?!\s+(?:of\s+)?(?:{MONTH_RE})\b)"  # "Wed 9 Jul": the 9th of July, not nine o'clock
)


_HOUR_STOP = re.compile(
    r"(?<![\d.:/-])(?<!\bam )(?<!\bden )(?<!\bder )(?<!\bdem )(?<!\bvom )(?<!\bzum )"
    r"(?<!\bthe )(?<!\bon )\b([1-9]|1[0-2])\.(?![\d.])(?!\s*\d{1,2}\.)"
)


def _places(left: str) -> list[int]:
    """For each character of `left` with its runs of spaces made one (and trimmed), its place
    in `left`."""
    places: list[int] = []
    for word in re.finditer(r"\S+", left):
        if places:
            places.append(word.start() - 1)  # the one space before the word
        places.extend(range(word.start(), word.end()))
    return places


def _hours_by_a_weekday(text: str, places: list[int]) -> tuple[list[Span], str]:
    """With a weekday said, a lone number that can be an hour is that hour, never a day of the
    month the caller did not mark as one ("Freitag zwei" is not Friday the 2nd; "Freitag, den
    2." and "Freitag der zweite" are). Each with where it was said (`places`: each character's
    place in the phrase, to find times said side by side)."""
    hours: list[Span] = []
    for m in list(_LONE_HOUR.finditer(text)):
        said, _ = time_terms(f"um {m[1]}", "date")
        hours += [(places[m.start()], places[m.end() - 1] + 1, term) for term in said]
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return hours, text


def _same_kind(old: list, new: list, kind: Callable[[object], object]) -> bool:
    return bool(old) and bool(new) and {kind(t) for t in old} == {kind(t) for t in new}


def _corrected(text: str, role: str, ctx: Today) -> tuple[list[DayTerm], list[TimeTerm], str]:
    """A caller correcting themselves ("Freitag, nein, Samstag", "um drei, äh, halb vier",
    "Wednesday, I mean Thursday", "nicht um drei, sondern um vier", "Samstag statt Freitag"):
    what is excluded in favour of another is dropped; what follows a correction word replaces what came before it
    when both name the same kind of thing (a weekday for a weekday, a date for a date, a clock
    time for a clock time); anything else said is kept. With "oder" both stay (asked)."""
    text = month_corrected(text)
    # "nicht um zehn, nicht um elf, lieber um zwölf": each excluded in turn, the last first
    while (excluded := _EXCLUDED_RE.sub(" ", text)) != text:
        text = excluded
    text = " ".join(_OR_CORRECTED_RE.sub("nein ", text).split())
    text = _choice_settled(text, role, ctx)
    if any(w in ALTERNATIVES for w in text.split()) or not _CORRECTION_RE.search(text):
        return _terms(text, role, ctx)
    parts = re.split(f"({_CORRECTION_RE.pattern})", text)
    weekday = bool(_WEEKDAY.search(text))
    days: list[DayTerm] = []
    times: list[TimeTerm] = []
    rests: list[str] = []
    day_segment = ""  # the words the days kept so far were read from
    retracted = False  # a "nein" since the last words read: a day replaces a named day
    for i, part in enumerate(parts):
        segment = " ".join(part.split())
        if i % 2:  # a correction word
            retracted = retracted or segment not in HESITATIONS
            continue
        if not segment:
            continue
        shift = week_shift(segment) if retracted and days else None
        if shift is not None:  # "Dienstag, nee, eine Woche später": that day a week on
            new_days, new_times, rest = _terms(shift.rest, role, ctx, weekday)
            if not new_days:
                if _same_kind(times, new_times, lambda t: t.kind == "part"):  # type: ignore[attr-defined]
                    times = []  # "um drei, nee, eine Woche später um vier": the time said last
                days, times = shifted(days, shift), times + new_times
                retracted = False
                rests.append(rest)
                continue
        if retracted:  # "nee, das ist zu früh, um zwölf": the reason, then the time meant
            segment = " ".join(_TOO_EARLY_OR_LATE.sub(" ", segment).split())
        new_days, new_times, rest = _terms(segment, role, ctx, weekday)
        if retracted and len(new_times) > 1 and new_times[0].text in {t.text for t in times}:
            # "um zehn, ach nee, um zehn hab ich was, um elf": the time taken back said again with
            # why, then the time meant
            new_times = new_times[1:]
        today_before = _today_only(days) and not _today_only(new_days)
        if retracted and (
            kept := _weekday_in_week_kept(days, day_segment, new_days, segment, role, ctx)
        ):
            new_days = kept  # "nächste Woche Dienstag, nein, Mittwoch": next week's Wednesday
        if _same_kind(days, new_days, lambda t: t.weekday_only) or (  # type: ignore[attr-defined]
            retracted and new_days and not any(_dated(t) for t in days + new_days)
        ):
            days = []
        elif retracted and new_days and days:
            days = _days_left(days, new_days)
        if retracted and new_days and not new_times and today_before:
            # "heute um halb zwei, oder nee, das wird knapp, Dienstag": a time today was chosen by
            # how soon the caller can come, never carried onto the other day (round 62)
            times = []
        if new_days:  # "nächste Woche, äh, Dienstag": the days kept across a pause read as one
            day_segment = f"{day_segment} {segment}" if days else segment
        if retracted and new_times:
            # "Mittwoch Vormittag, nee, ab vier", "so um drei, nee, vier": the time said after
            # a word that takes back replaces the time before it, of whatever kind (round 62)
            times = []
        retracted = False
        if _same_kind(times, new_times, lambda t: t.kind == "part"):  # type: ignore[attr-defined]
            times = []
        days, times = days + new_days, times + new_times
        rests.append(rest)
    # "morgen, nee": taken back, nothing said instead (also "um zehn, nee, das ist zu früh")
    if _RETRACTED_AT_END.search(" ".join(_TOO_EARLY_OR_LATE.sub(" ", text).split())):
        rests.append("nicht")  # asked as something excluded
    return days, times, " ".join(rests)


def _choice_settled(text: str, role: str, ctx: Today) -> str:
    """A choice settled by a correction after it ("Dienstag oder Mittwoch, nee, eigentlich nur
    Mittwoch", "um drei oder vier, nein, um vier"): the alternatives are taken back like any
    first wish when what follows the last word that takes back names the same kind (a day for
    days, a time for times); else as said (the choice asked, round 62)."""
    takes_back = [m for m in _CORRECTION_RE.finditer(text) if m[0] not in HESITATIONS]
    if not takes_back:
        return text
    last = takes_back[-1]
    before, after = text[: last.start()], text[last.end() :]
    if not any(w in ALTERNATIVES for w in before.split()) or any(
        w in ALTERNATIVES for w in after.split()
    ):
        return text
    days_before, times_before, _ = _terms(before, role, ctx)
    days_after, times_after, _ = _terms(after, role, ctx)
    if not ((len(days_before) > 1 and days_after) or (len(times_before) > 1 and times_after)):
        return text
    alternatives = " ".join("nein" if w in ALTERNATIVES else w for w in before.split())
    return f"{alternatives} {last[0]} {after}"


_TODAY = re.compile(r"\b(?:heute|morgen|uebermorgen|today|tomorrow)\b")


def _today_only(days: list[DayTerm]) -> bool:
    """The days kept so far are said by their nearness to now ("heute", "heute noch", "morgen",
    "today", "tomorrow"): a time or part of the day said with them is chosen by how soon the
    caller can come or what their next days hold ("das wird knapp", "Samstag ist ja morgen")."""
    return bool(days) and all(_TODAY.search(t.text) for t in days)


def _weekday_in_week_kept(
    days: list[DayTerm], said: str, new_days: list[DayTerm], segment: str, role: str, ctx: Today
) -> list[DayTerm]:
    """A weekday said alone as the correction of a weekday in a named week ("nächste Woche
    Dienstag, nein, Mittwoch", "Tuesday the week after next, no, Wednesday"): the correction
    replaces the weekday and keeps the week, what it does not correct. Read as the weekday alone
    it was the coming one, a confident wrong day. Anything else: nothing (read as before)."""
    named = [t for t in days if t.weekday is not None]
    if not (
        len(named) == 1
        and not all(t.weekday_only for t in days)
        and len(new_days) == 1
        and new_days[0].weekday_only
        and not any(_dated(t) for t in days)
        # beside the weekday only a stretch ("nächste Woche, äh, Dienstag"), never a day of its
        # own ("morgen, äh, Dienstag": two days, the correction's to check against them)
        and all(t.span for t in days if t.weekday is None)
    ):
        return []
    new_weekday = _WEEKDAY.search(segment)
    if new_weekday is None or _WEEKDAY.search(said) is None:
        return []
    kept, _, _ = _terms(_WEEKDAY.sub(new_weekday[0], said, count=1), role, ctx, True)
    # read as one the words the days came from ("nächste Woche, äh, Dienstag": one day, two terms
    # read apart across the pause)
    if len(kept) != len(_terms(said, role, ctx, True)[0]) or [
        t.weekday for t in kept if t.weekday is not None
    ] != [new_days[0].weekday]:
        return []
    return kept


def _days_left(days: list[DayTerm], new_days: list[DayTerm]) -> list[DayTerm]:
    """What a correction leaves of the days said before it. Said again with all it named and
    more ("Dienstag, nein Moment, Mittwoch, den 23."): nothing. A date alone correcting a date
    ("Freitag, den 23., nee, doch lieber den 16."): the date goes, the weekday stays to be checked
    against the new date. Else all (read as before)."""
    if {t.weekday_only for t in days} < {t.weekday_only for t in new_days}:
        return []
    if all(_dated(t) for t in new_days) and any(_dated(t) for t in days):
        return [t for t in days if not _dated(t)]
    return days


def _dated(term: DayTerm) -> bool:
    """A day said by its date ("der 12.", "4.1."), not by a name ("morgen", "Dienstag"): a
    weekday and a date said one after the other are checked against each other."""
    return any(c.isdigit() for c in term.text)


# A self-correction settled by restating the day with its time at the end ("Mittwoch. Nee, warte,
# Donnerstag. Ja, Donnerstag um sieben.", "Dienstag, ach nee, da ist Elternabend, Mittwoch dann.
# Mittwoch um drei.", "Thursday. No wait, Friday. Yes, Friday at two."): what comes before the
# restatement (the days dropped, the reasons) is taken back; the last words are the wish. The
# day is said twice in a row, or after "ja" / "also" / "yes", and a clock time follows it.
_RESTATED_AT_END = re.compile(
    rf"\b(?:(?P<day>{WEEKDAY_RE})(?:\s+(?:dann|ja|also|then|yes|ok|okay))*\s+(?P=day)"
    rf"|(?:ja|also|yes|ok|okay)\s+(?:(?:am|on)\s+)?(?:{WEEKDAY_RE}))"
    r"\s+(?:um|at|gegen|around)\s+(?:halb\s+|half\s+)?\d{1,2}(?::\d{2})?(?:\s+uhr)?\s*$"
)


def _settled_at_end(text: str) -> str:
    """Only the restated day and time, after a correction ("nee", "no wait") earlier on."""
    m = _RESTATED_AT_END.search(text)
    if m is None or not _CORRECTION_RE.search(text[: m.start()]):
        return text
    return text[m.start() :]


# A phrase is read once for each `now` it is asked at, and its first steps depend on nothing
# else: kept per text and field (the understanding corpus asks 58,000 cases of 27,000 texts).
@functools.lru_cache(maxsize=4096)
def _as_said(text: str, role: str) -> tuple[str, bool]:
    """The first, day-independent steps of `_read`: the text they leave, and whether it gave
    a stretch to fit the service in (`_Said.finish_by`)."""
    # "ich bin 45 und hätte gern Donnerstag um drei, kostet das 30 Euro?": the caller's story
    # "Schnitt und Farbe am Montag um zehn": the services listed first are no part of the day
    text = services_first(text)
    finish_by = False
    spanned = span_with_length(text) if text else None
    if spanned is not None:  # "von zwei bis vier, das dauert ja zwei Stunden": the stretch to fit
        text, finish_by = spanned, True
    text = drop_other_numbers(text) if text else text
    text = drop_hesitation_um(text) if text else text  # "um, let me check, Thursday": no clock
    # "Donnerstag halp drei", "amfreitag", "le Donnerstag à quinze heures": the clock and day said
    text = read_foreign_clock(read_stt_clock(read_chat_shorthand(text))) if text else text
    # "So 10.5.": Sunday, the 10th of May; "9 punkt 12": the 9th of December
    text = read_written_date(text) if text and role == "date" else text
    # "während der Schulferien, am 4.4.": the date; the holidays only say why
    text = without_period_beside_date(text) if text and role == "date" else text
    # "Donnerstag, oh nee, da kann ich nicht, Freitag": Freitag, a correction
    text = cannot_then(text) if text else text
    # "Mittwoch um drei – nee, da ist Elternabend – Donnerstag um drei": the reason takes back
    text = reason_between(text) if text else text
    # "the week after next, Wednesday": that week's Wednesday
    text = week_after_next_day(text) if text else text
    # "10 - 12", "13-15 Uhr", "10 bis 12": the window between them
    text = read_clock_range(text) if text else text
    return text, finish_by


def _read(text: str | None, role: str, ctx: Today, said: _Said) -> None:
    if text:
        text, finish_by = _as_said(text, role)
        said.finish_by = said.finish_by or finish_by
    # "nächste Woche am zweiten Tag, wo Sie aufhaben", "in zwei Öffnungstagen": that open day
    text = read_open_day_count(text, ctx.day, ctx.salon) if text else text
    # "nächster Werktag", "in drei Arbeitstagen", "the next business day": that open day
    text = read_working_days(text, ctx.day, ctx.salon) if text else text
    # "ich bin bis Mittwoch in Madrid, also Donnerstag": the day after the time away
    text = without_away(text, ctx.day) if text else text
    # "letztes Mal war's der 2. Oktober, also wieder vier Wochen später": weeks after that date
    text = weeks_from_visit(text) if text else text
    past = drop_past_visits(text) if text else None
    if past is not None:  # "wir hatten letztes Mal ja auch Dienstag": not the wish
        text = past.text
        said.last_visit.append(past.aside)
        said.last_visit_time = said.last_visit_time or past.time_again
    # "nicht diese Woche, den Mittwoch drauf": next week's, before the week excluded is dropped
    text = week_after_said(text) if text else text
    piece = answer_piece(text) if text else None
    if piece is not None:  # "Hm, nee, Mittwoch kann ich nicht. Und Freitag?": Freitag
        text = piece
    # "wenn mein Mann um fünf heimkommt", "when my husband gets home at three": from then on
    text = (home_bound(text) or text) if text else text
    bound = work_bound(text) if text else None
    if bound is not None:  # "nach der Arbeit, ich hab um 16 Uhr Schluss": from 16:00
        text = bound.text
        said.finish_by = said.finish_by or bound.finish_by
    had = window_had(text) if text else None
    if had is not None:  # "ich hab eine Stunde ab elf": the stretch, the service to fit in it
        text, said.finish_by = had, True
    kept = end_to_keep(text) if text else None
    if kept is not None:  # "ich muss um zwölf wieder weg": done by then, never the start
        text, done_by = kept
        said.finish_by = said.finish_by or done_by
    schedule = own_schedule(text) if text else None
    if schedule is not None:  # "bevor ich die Kinder abhole um vier": before 16:00, done by then
        text = schedule.text
        said.finish_by = said.finish_by or schedule.finish_by
        said.unread |= set(schedule.unread)
        said.errand_said = schedule.errand or said.errand_said
    errand = drop_errand(text) if text else None
    if errand is not None:  # "ich muss vorher die Kleine zur Kita bringen, also danach"
        text = errand.text
        said.errand = said.errand or (errand if errand.bound else None)
    if not text or not text.strip():
        return
    text = drop_small_talk(text)  # "das Wetter ist furchtbar heute, naja, ... am Dienstag"
    text = full_short_year(text, ctx.day)  # "am 30. April '93": 2093, before the apostrophe goes
    normalized = weekday_checked(drop_closed_remark(normalize(weekday_apposed(text))))
    normalized = event_restated(normalized)  # "am Zahltag, also am Fünfzehnten": the 15th
    normalized = after_next(normalized)  # "the Thursday after next": "übernächsten Donnerstag"
    normalized = offered_slot(normalized, ctx.day)  # "Samstag um eins, ginge auch der Tag danach?"
    normalized = day_after_said(normalized)  # "ich lande am Donnerstag, also am Tag danach"
    normalized = slash_order(normalized)  # "6/12, American style, month first": 12 June
    normalized = clock_by_sound(normalized)  # "um zähn", "um nacht": zehn, acht
    normalized = read_back(normalized)  # "ich sagte drei, nicht zwei", "eine Stunde später"
    normalized = closing_words(normalized)  # "arvo"; "just before you close", "after closing"
    # "knapp vor zwölf", "a bit after two": just before / after; "the 7th of the 5th": 7. 5.
    normalized = ordinal_month(near_clock(normalized))
    # "same time tomorrow", "morgen um die gleiche Zeit": now's clock time
    normalized = same_time(normalized, ctx.now, ctx.salon.slot_interval_minutes)
    # "in fünf Wochen, am selben Wochentag wie heute": today's weekday
    normalized = same_weekday(normalized, ctx.day)
    later = later_today(normalized)  # "later today", "heute etwas später": today from now on
    normalized, said.later_today = later.text, said.later_today or later.said
    # "14 hundert": 14:00; "am Monatsersten"; "je später desto besser", "zur Kaffeezeit" (round 27)
    normalized = date_clock(normalized, ctx.day)  # "16.12. 1530": 15:30 that day, no year 1530
    normalized = day_rhythm(month_first(day_clock(hundred_clock(normalized)), ctx.day))
    normalized = late_words(normalized)  # "the latest you have", "at night after seven"
    normalized = opening_day(normalized)  # "wenn Sie am Mittwoch aufmachen": its opening
    normalized = filler_clock(normalized)  # "um zehn äh dreißig": 10:30, the pause left out
    normalized = digit_clock(normalized)  # "zehn drei null", "nine one five": 10:30, 9:15
    normalized = clock_emphasis(earliest_day(normalized))  # "um Schlag drei", "frühestens Freitag"
    said.from_day = said.from_day or from_day_said(normalized)  # "ab Donnerstag": from it on
    vague = vague_bounds(normalized)  # "nicht zu früh": an aside, its time asked if none is said
    normalized = _settled_at_end(a_week_weekday(drop_asides(normalized)))
    normalized = name_next_month(normalized, ctx.day)  # "im nächsten Monat": its name
    normalized = week_of_feast(normalized)  # "in der Woche nach Ostern am Mittwoch"
    normalized = week_of_date(normalized, ctx.day)  # "in der Woche vom 5. am Donnerstag"
    normalized = preferred_time(normalized)  # "um zehn oder elf, am liebsten elf": elf
    normalized = join_bound_pair(normalized)  # "nicht vor elf und nicht nach eins": the window
    normalized = drop_window_lean(normalized)  # "zwischen elf und eins, lieber früher": the window
    # "so früh wie möglich, aber nicht vor zehn", "nicht vor zehn, aber so früh wie möglich", with
    # a day said here or in the field read before
    normalized = asap_from_bound(normalized, day_said=bool(said.days))
    but_not = asap_except(normalized)
    if but_not is not None:  # "so bald wie möglich, aber nicht morgen": that day skipped
        normalized, said.asap_except = but_not.text, but_not
    out = excluded_weekdays(normalized)
    if out is not None:
        normalized, said.excluded = out.text, said.excluded | out.weekdays
    question = day_question(normalized)
    if question is not None:  # "Dienstag, das ist doch nach Ostern, oder? Ach nee, vorher. Egal"
        normalized = question.text
        said.questions += [question] if question.relation else []
    year_turn = year_open_day(normalized, ctx)
    if year_turn is not None:  # "am ersten Werktag im neuen Jahr": the salon's first open day
        normalized = year_turn[0]
        said.days.append(year_turn[1])
    month_end = month_open_day(normalized, ctx)
    if month_end is not None:  # "am letzten Tag, an dem Sie diesen Monat aufhaben"
        normalized = month_end[0]
        said.days.append(month_end[1])
    first = first_open_day(normalized, ctx)
    if first is not None:
        normalized, said.first_open = first.text, True
        said.days += first.days
    last = last_open_day(normalized)
    if last is not None:  # "am letzten Tag, an dem Sie dieses Jahr offen haben"
        normalized, said.last_open = last
    said.unread |= set(unread_after_day(normalized))
    # "am dritten, äh, Sechsten": 3.6., or the 6th? asked (W11)
    said.day_or_month = said.day_or_month or day_or_month(normalized)
    said.right_at = said.right_at or bool(_RIGHT_AT.search(normalized))
    said.negated = said.negated or bool(_ALL_BUT.search(normalized))
    # "Friday... no, Friday doesn't work for me": the day taken back, nothing named instead
    said.negated = said.negated or withdrawn_at_end(normalized)
    wish = recurring(normalized)  # "alle vier Wochen, das erste Mal am Dienstag": that Tuesday
    normalized, said.recurring = wish.text, said.recurring or wish.asked
    days, times, rest = restated_bound(
        normalized, lambda text: _corrected(text, role, ctx)
    ) or _corrected(normalized, role, ctx)
    if days and times and _JOINED.search(rest) and _day_and_time_joined(normalized, role, ctx):
        rest = _JOINED.sub(" ", rest)
    said.times += times
    said.days += days
    said.unknown.setdefault(role, []).extend(m[0] for m in _COUNT_LEFT_OVER.finditer(rest))
    said.unknown[role].extend(m[0] for m in _HEDGED_SHIFT.finditer(normalized))
    said.unknown[role].extend(
        m[0]
        for m in _CLOCK_LEFT_OPEN.finditer(rest)
        if m[1] not in FILLERS
        and m[1] not in _AROUND_WORDS
        and not is_temporal(m[1])
        # said side by side, not brought together by the clock read between them ("at 9 pm
        # if that's okay", "at nine o'clock, if ...": the clock word had its time)
        and re.search(rf"\b{re.escape(m[0])}\b", normalized)
    )
    said.unknown[role].extend(m[0].strip() for m in _CLOCK_BROKEN_OFF.finditer(normalized))
    said.unknown[role].extend(time_wish_clauses(normalized))  # "wenn die Kinder in der Kita sind"
    said.vague += [(role, v) for v in vague]
    said.events += caller_events(text)  # "wenn mein Mann zu Hause ist": the day, the time asked
    said.events += companion_events(text)  # "parallel zu meinem Sohn": the same, W1's analogy
    said.events += usual_time_events(text)  # "zur gewohnten Zeit": the caller's, unknown here
    # "statt Mittwoch lieber Freitag zur gleichen Zeit": the booking's time, unknown here
    said.events += booked_time_events(text)
    if role == "time" and not times and "uhr" in rest.split():  # "Uhr" alone: which hour?
        said.unknown[role].append("uhr")
    for word in rest.split():
        said.left_open = said.left_open or word in LEFT_OPEN
        if word in NEGATIONS:
            said.negated = True
        elif word in ALTERNATIVES:
            said.alternatives = True
        elif word not in FILLERS and (not word.isdigit() or len(word) > 2) and len(word) > 1:
            # three or four digits left unread ("Freitag 1500", "um 1500 oder 1600") are a time
            # said and not read: asked, never the day alone
            said.unknown.setdefault(role, []).append(word)


def _day_and_time_joined(text: str, role: str, ctx: Today) -> bool:
    """A long sentence with the day and the time joined by "und" ("also der Donnerstag wär gut,
    weil da hab ich frei, und dann so halb drei", "Mittwoch bitte, und die Uhrzeit, zwölf Uhr
    dreißig"): each part names one kind, a day in one and a time in another, so "und" joins
    them; two days or two times ("Donnerstag und Freitag", "Freitag um drei und Samstag um
    zehn") are still asked."""
    kinds: list[str] = []
    for part in _JOINED.split(text):
        days, times, _ = _corrected(" ".join(part.split()), role, ctx)
        if days and times:
            return False
        if days or times:
            kinds.append("day" if days else "time")
    return sorted(kinds) == ["day", "time"]


def _date_option(day: date, say: Words, name: str | None = None) -> dict:
    option = {"date": day.isoformat(), "spoken": say.day(day)}
    named = say.name(name, day)
    if named:
        option["name"] = named
    return option


def _name_of(day: date, ctx: Today, say: Words, names: dict[date, str]) -> str | None:
    """Why the salon is closed on a day (its holiday, its own closed day) or the name the caller
    gave it, in the call's language; None for a day with neither."""
    return say.name(ctx.salon.closure_on(day, say.language) or names.get(day), day)


def _open_after(salon: SalonFile, day: date, say: Words, count: int = 3) -> list[dict]:
    return [_date_option(d, say) for d in salon.next_open_days(day, count)]


# -- the day -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Day:
    days: tuple[date, ...] = ()
    check: DateCheck | None = None  # decided already (mismatch, conflict, invalid)
    names: dict[date, str] = field(default_factory=dict)
    earliest: bool = False
    year_unclear: bool = False
    span: bool = False  # a stretch of days: with one open day ahead, that day is meant
    now_only: bool = False  # "jetzt gleich": today or not at all
    recent_past: date | None = None  # "am 23." on the 24th: just gone, or next month's (asked)
    part_of_week: bool = False  # "Anfang nächster Woche": all closed, the open days after
    month_unsaid: bool = False  # "den ersten Sonntag im Monat" said after it: which month?
    order_unclear: bool = False  # an English "3/12": which order is asked, both days closed too
    loose: bool = False  # "in acht Tagen": closed that day, the nearest open days are offered


def _intersect(a: tuple[date, ...], b: tuple[date, ...]) -> tuple[date, ...]:
    keep = set(b)
    return tuple(d for d in a if d in keep)


def _weekday_mismatch(said: int, day: date, today: date, say: Words) -> DateCheck:
    forward = day + timedelta(days=(said - day.weekday()) % 7)
    backward = forward - timedelta(days=7)
    nearest = forward if (forward - day) <= (day - backward) or backward < today else backward
    message = say.message(
        "date_weekday_mismatch",
        weekday=say.weekday(said),
        nearest=say.day_of_month(nearest),
        day=say.day_of_month(day),
        actual=say.weekday(day.weekday()),
    )
    options = [_date_option(nearest, say)] + ([_date_option(day, say)] if day >= today else [])
    return DateCheck("weekday_mismatch", day=day, message=message, options=options)


def _decide_day(said: _Said, ctx: Today, say: Words) -> _Day:
    today = ctx.day
    terms = said.days
    bad = [t for t in terms if t.invalid]
    if bad:
        return _Day(check=DateCheck("invalid_date", message=no_such_day(bad[0].text, say)))
    far = next((t for t in terms if t.far), None)
    if far is not None and any(t.weekday_only for t in terms):
        # "Freitag, also quasi den Brückentag" with no bridge day near: the weekday said decides
        terms = [t for t in terms if t is not far]
        far = None
    if far is not None:  # "Brückentag" on 30.9.: the next one is at New Year
        return _Day(
            check=DateCheck(
                "ambiguous_date",
                message=say.message("date_next_bridge_day", day=say.day(far.dates[0])),
                options=[_date_option(d, say) for d in far.dates],
            )
        )
    names: dict[date, str] = {}
    for t in terms:
        names.update(t.names)
    earliest = bool(terms) and all(t.earliest for t in terms)
    if said.alternatives and len(terms) > 1:
        union: list[date] = []
        for t in terms:
            union += [d for d in t.dates if d not in union]
        # "morgen oder übermorgen, egal" with both closed: asked, never the first alone
        return _Day(tuple(union), names=names, part_of_week=len(union) > 1)
    deadline = _asap_before_deadline(terms)
    if deadline is not None:  # "noch vor Weihnachten, so bald wie möglich": the first open day
        return _Day((deadline,), names=names, earliest=True)
    weekdays = [t.weekday for t in terms if t.weekday_only and t.weekday is not None]
    # "so bald wie möglich" / "jetzt" said with a day: the day said
    sets = [
        t
        for t in terms
        if not t.weekday_only and not ((t.earliest or t.now_only) and len(terms) > 1)
    ]
    if not sets:
        if len(set(weekdays)) > 1:
            firsts = tuple(next(t.dates[-1] for t in terms if t.weekday == w) for w in weekdays)
            return _Day(tuple(sorted(set(firsts))))
        first = next((t for t in terms if t.weekday_only), None)
        if first is None:  # "jetzt gleich, sofort": now said twice is still now, never moved
            now_only = bool(terms) and all(t.now_only for t in terms)
            return _Day(earliest=earliest, days=terms[0].dates if terms else (), now_only=now_only)
        # "Samstag so früh wie möglich": that day, its earliest times
        return _Day(first.dates, names=names, earliest=any(t.earliest for t in terms))
    weekend = _weekend_of_a_named_day(sets)
    if weekend:  # "am Wochenende, wenn die Uhren umgestellt werden": that weekend's open day
        return _Day(weekend, names=names, span=True)
    days = sets[0].dates
    for t in sets[1:]:
        both = _intersect(days, t.dates)
        if not both:
            union = tuple(dict.fromkeys(days + t.dates))
            texts = say.both(f"'{x.text}'" for x in sets)
            return _Day(
                check=DateCheck(
                    "ambiguous_date",
                    message=say.message("date_days_disagree", said=texts),
                    options=[_date_option(d, say) for d in union[:MAX_OPTIONS]],
                )
            )
        days = both
    year_open = len({d.year for d in days}) > 1 and any(t.year_unclear for t in sets)
    for weekday in dict.fromkeys(weekdays):
        kept = tuple(d for d in days if d.weekday() == weekday)
        if not kept:
            return _Day(check=_weekday_mismatch(weekday, days[0], today, say))
        if not year_open:
            days = kept
    # a weekday beside a date without a year whose year is asked ("Montag, den 20. April" said in
    # October, the one gone nearer than the next): the weekday is no answer to which year, one of
    # them may be a slip (blind round 29); the year stays asked (README, round 11)
    if weekdays and len(days) > 1 and _new_year_at_hand(sets, today):
        # "nächstes Jahr am Dienstag" on New Year's Eve: the first Tuesday of the coming year,
        # set against this year's; said earlier in the year it stays asked
        days = days[:1]
    unclear = len(days) > 1 and any(t.year_unclear for t in terms)
    # "heute, so schnell es geht" (the day and "as soon as possible" in two fields): today's
    # earliest times while the salon is still open; another day said is that day, as said
    if days == (today,) and ctx.still_open_today():
        earliest = earliest or any(t.earliest or t.now_only for t in terms)
    elif len(days) == 1 and days != (today,):
        # "gleich nach der Zeitumstellung so schnell wie möglich", "am 29., so früh es geht": one
        # day named, "as soon as possible" within it: that day's earliest start, as a weekday is
        earliest = earliest or any(_asap_said(t) for t in terms if t not in sets)
    # "heute noch irgendwann, egal wann", "today, whenever": today named, "any time" within it;
    # after today's last start it is gone, never moved to the next open day
    today_only = days == (today,) and any(t.earliest for t in terms if t not in sets)
    span = all(t.span for t in sets)
    gone = next((t.recent_past for t in terms if t.recent_past and set(t.dates) & set(days)), None)
    recent = gone if len(days) > 1 else None
    return _Day(
        days,
        names=names,
        earliest=earliest,
        year_unclear=unclear,
        span=span,
        recent_past=recent,
        now_only=today_only or any(t.now_only for t in terms),
        part_of_week=all(t.part_of_week for t in sets),
        loose=all(t.loose for t in sets),
        month_unsaid=any(t.month_unsaid for t in sets),
        order_unclear=len(days) > 1 and any(t.order_unclear for t in sets),
    )


_WEEKEND_WORD = re.compile(r"\b(?:wochenende|weekend)\b")


def _weekend_of_a_named_day(sets: list[DayTerm]) -> tuple[date, ...]:
    """ "am Wochenende der Zeitumstellung", "on the weekend when the clocks go back": the weekend
    said with one day of it named (a Sunday the salon is closed) is the whole weekend, so its
    open Saturday is the day, never the closed Sunday alone."""
    if len(sets) != 2:
        return ()
    weekend = next((t for t in sets if t.span and _WEEKEND_WORD.search(t.text)), None)
    named = next((t for t in sets if t is not weekend and len(t.dates) == 1), None)
    if weekend is None or named is None or named.dates[0].weekday() < 5:
        return ()
    saturday = named.dates[0] - timedelta(days=named.dates[0].weekday() - 5)
    return (saturday, saturday + timedelta(days=1))


SMALL_HOURS_END = 7 * 60  # "ab vier" is never 04:00; "nach acht" (08:00 or 20:00) may be asked
NEW_YEAR_NEAR_DAYS = 14  # "nächstes Jahr am Dienstag" in late December: January's first


def _new_year_at_hand(terms: list[DayTerm], today: date) -> bool:
    """Every day phrase names the coming year, and it begins within NEW_YEAR_NEAR_DAYS."""
    return (
        all(t.new_year for t in terms)
        and (date(today.year + 1, 1, 1) - today).days <= NEW_YEAR_NEAR_DAYS
    )


def _start_left_today(ctx: Today, minutes: int) -> bool:
    """Whether a visit of `minutes` can still start today before closing."""
    hours = _hours(ctx.salon, ctx.day)
    return ctx.now.time() < _clock_time(hours[1] - max(minutes, 1))


def _time_gone_today(decided: _Day, said: _Said, ctx: Today, minutes: int) -> bool:
    """A weekday said on that weekday (today or in a week) with a time today can no longer
    serve: one clock time gone or past the last start ("Samstag früh um neun" at 13:20), an
    approximate time whose centre is gone ("gegen sieben" at 19:10), the opening ("direkt zur
    Öffnung" after it), or a
    part of the day or a window with no start left in it ("Donnerstag Abend" at 19:50, "Freitag
    vormittags" at 17:45): only next week's is left."""
    today, salon = ctx.day, ctx.salon
    if decided.days != (today, today + timedelta(days=7)) or not said.times:
        return False
    if ctx.salon.hours_on(today) is None:
        return False
    hours = _hours(salon, today)
    if _at_opening_only(said.times):
        # "Dienstag direkt zur Öffnung", "Tuesday first thing" after today's opening: gone (W30)
        return ctx.now.hour * 60 + ctx.now.minute > hours[0]
    t = _decide_time(said, hours, minutes)
    if t.problem or t.options:
        return False
    now = ctx.now.hour * 60 + ctx.now.minute + 1
    if t.at is not None:
        if t.at >= 24 * 60:
            return False
        start = datetime.combine(today, _clock_time(t.at), tzinfo=salon.tz)
        return start <= ctx.now or not salon.is_open_at(start, minutes)
    if t.window is None:
        return False
    if t.prefer is not None and t.prefer < now - 1:
        # "Donnerstag, so gegen sieben" at 19:10: the time meant is gone, the window's last
        # minutes are no wish of the caller's (blind round 29); "so um vier" at 16:00 is not gone
        # yet: its minutes after the hour still serve today (blind round 43), asked with both
        return True
    lo, hi = max(t.window[0], hours[0]), min(t.window[1], hours[1])
    # a window with no start today (gone, or outside the day's hours, as a clock time outside
    # them is: "Samstag zwischen zwei und vier" on a Saturday closing at 14:00): next week's
    return not _holds_a_start(max(lo, now), hi, hours[1], minutes)


def _asap_before_deadline(terms: list[DayTerm]) -> date | None:
    """'So bald wie möglich' with a deadline ('vor Weihnachten', 'bis Freitag') and nothing else:
    the first open day, when it comes before the deadline (else None: read as said)."""
    asap = [t for t in terms if t.earliest and not t.now_only]
    others = [t for t in terms if t not in asap]
    if not asap or not others or not all(t.until and t.dates for t in others):
        return None
    first = asap[0].dates[0]
    return first if all(first <= t.dates[-1] for t in others) else None


# -- the time ----------------------------------------------------------------------------------


def _from_next_start(ctx: Today, minutes: int) -> list[TimeTerm]:
    """A wish for later today as the bound from the next start on the salon's grid; on a closed
    day or after the last start nothing is bound (today is said closed or past as before)."""
    opening, close = _hours(ctx.salon, ctx.day)
    start = next_start(ctx.now, opening, ctx.salon.slot_interval_minutes)
    if ctx.salon.hours_on(ctx.day) is None or start > close - max(minutes, 1):
        return []
    clock = Clock(start // 60, start % 60, fixed=True)
    return [TimeTerm("after", "later today", clocks=(clock,), inclusive=True)]


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _hours(salon: SalonFile, day: date | None) -> tuple[int, int]:
    """Opening and closing in minutes on `day`; the widest weekly hours when it is unknown."""
    if day is not None:
        hours = salon.hours_on(day)
        if hours is not None:
            return _minutes(hours[0]), _minutes(hours[1])
    spans = list(salon.opening_hours.values())
    return min(_minutes(o) for o, _ in spans), max(_minutes(c) for _, c in spans)


def _readings(clock: Clock, hint: str | None) -> list[int]:
    """Every minute-of-day the clock can mean as said (hint: the part of the day said too)."""
    own = clock.hour * 60 + clock.minute
    if clock.fixed:
        return [own]
    if clock.hour == 12 and clock.meridiem is None and hint != "night":
        return [own]
    base = (clock.hour % 12) * 60 + clock.minute
    meridiem = clock.meridiem or hint
    if meridiem == "am":
        return [base]
    if meridiem == "pm":
        return [base + 12 * 60]
    if meridiem == "midday":
        return [r for r in (base, base + 720) if 10 * 60 <= r <= 15 * 60] or [base, base + 720]
    if meridiem == "night":
        return [base] if base < 6 * 60 else [base + 720]
    return [base, base + 720]


_EARLIEST_MORNING = 7 * 60


def _pick(
    readings: list[int], hours: tuple[int, int], mode: str = "at", now: int | None = None
) -> list[int]:
    """The readings the salon can serve; for bounds, the ones that still leave a window. With
    none inside the hours, the one nearest the opening hours; of two as near, for a time said of
    today, the one nearest the moment said (`now`, minute of today): "heute um halb neun" at
    19:10 is 20:30 (outside), never this morning's 08:30 (past); "heute 8:30" at 09:00 is the
    08:30 just gone."""
    if len(readings) == 1:
        return readings
    open_, close = hours
    inside = [r for r in readings if open_ <= r < close]
    if inside:
        return inside
    if mode == "after":
        return [r for r in readings if r < close][:1] or readings[:1]
    if mode == "before":
        return [r for r in readings if r > open_][-1:] or readings[-1:]
    # an hour before seven in the morning is nobody's appointment: "today at 6" said on a
    # Saturday (09-14) is the evening's 18:00 (outside), never 06:00 gone by
    readings = [r for r in readings if r >= _EARLIEST_MORNING] or readings
    return [
        min(
            readings,
            key=lambda r: (
                min(abs(r - open_), abs(r - close)),
                abs(r - now) if now is not None else 0,
            ),
        )
    ]


@dataclass(frozen=True)
class _Time:
    at: int | None = None
    window: tuple[int, int] | None = None
    prefer: int | None = None
    options: tuple[int, ...] = ()
    problem: str = ""  # the key of the question to ask about the time (`tools.hints`)
    said: str = ""  # the words the question is about
    open_part: bool = False  # the options are times within a part only the caller can pin down
    closing: bool = False  # the options are the last start times of a day closing before evening
    at_closing: bool = False  # ... or of a day closing at the approximate time said ("gegen 6")


def _open_part_times(part: Part, hours: tuple[int, int], minutes: int) -> tuple[int, ...]:
    """A part of the day that only the caller can pin down ("nach der Arbeit"): the full hours
    in it that still leave room for the service, to be offered."""
    first = max(part.start, hours[0])
    last = min(part.end, hours[1] - max(minutes, 1))
    start = -(-first // 60) * 60
    return tuple(range(start, last + 1, 60))[:MAX_TIME_OPTIONS]


def _decide_time(
    said: _Said,
    hours: tuple[int, int],
    minutes: int = 0,
    now: int | None = None,
    today: bool = False,
) -> _Time:
    """`now`: the minute of the day it is ("morgen in einer Stunde" counts from this time of
    day on the day said); `today`: the day said is today, so a reading already gone is not
    meant when another is ahead."""
    terms = said.times
    bad = [t for t in terms if t.invalid]
    if bad:
        return _Time(problem="time_invalid", said=bad[0].text)
    if parts_either(
        terms, said.alternatives and said.left_open
    ):  # "vormittags oder nachmittags, egal": all day
        return _Time()
    all_parts = [t.part for t in terms if t.kind == "part" and t.part is not None]
    open_parts = [p for p in all_parts if p.ask]
    parts = [p for p in all_parts if not p.ask]
    hint = (parts or all_parts)[0].meridiem if all_parts else None

    exact: list[int] = []
    around: int | None = None  # the centre of "so um drei", "gegen elf"
    options: list[int] = []
    window: tuple[int, int] | None = None
    prefer: int | None = None
    for part in parts:
        if not part.latest:  # "so spät wie möglich" is the last start within the rest (below)
            window = _meet(window, _part_window(part, hours))
    # a morning and an afternoon or evening said as one ("vormittags, also nachmittags"), not as
    # alternatives ("vormittags oder nachmittags"): they contradict each other
    parts_apart = not said.alternatives and {"am", "pm"} <= {p.meridiem for p in parts}
    clocks = [t for t in terms if t.kind in ("at", "around", "ambiguous")]
    for t in terms:
        if t.kind == "at":
            for r in _pick(_readings(t.clocks[0], hint), hours, now=now if today else None):
                if r not in exact:
                    exact.append(r)
        elif t.kind == "ambiguous":
            for c in t.clocks:
                for r in _pick(_readings(c, hint), hours):
                    if r not in options:
                        options.append(r)
        elif t.kind == "around":
            center = _pick(_readings(t.clocks[0], hint), hours)
            if len(center) > 1 or (said.alternatives and len(clocks) > 1):  # "so um 4 oder 5"
                options += [r for r in center if r not in options]
                continue
            if hours[1] <= center[0] < hours[1] + t.span[0]:
                # "so um 6" on a day closing at 18:00: the caller's time is the closing time, never
                # 06:00 and no window they did not say; the last start times are asked
                return _Time(options=last_starts(hours, minutes), closing=True, at_closing=True)
            window = _meet(window, (center[0] - t.span[0], center[0] + t.span[1]))
            prefer = around = center[0]
        elif t.kind == "after":
            readings = _readings(t.clocks[0], hint)
            if len(readings) > 1 and not any(hours[0] <= r < hours[1] for r in readings):
                # "ab vier" on a Saturday closing at 14:00: nobody means "from 4 in the
                # morning"; the afternoon reading is meant, after closing (outside)
                readings = [r for r in readings if r >= SMALL_HOURS_END] or readings
            if len(readings) > 1 and not any(hours[0] <= r < hours[1] for r in readings):
                # "nach acht" on a day open 9 to 20: all day, or after closing? asked
                return _Time(problem="time_morning_or_evening", said=t.text)
            start = _pick(readings, hours, "after")[0]
            window = _meet(window, (start, 24 * 60))
        elif t.kind == "before":
            end = _pick(_readings(t.clocks[0], hint), hours, "before")[-1]
            window = _meet(window, (0, end if t.inclusive else end - 1))
        elif t.kind == "anchored" and t.anchor is not None:
            # "eine Stunde vor Ladenschluss": counted from that day's opening or closing
            edge, offset = t.anchor
            at = (hours[0] if edge == "open" else hours[1]) + offset
            if at not in exact:
                exact.append(at)
        elif t.kind == "from_now":
            if now is None or now + t.from_now >= 24 * 60:
                return _Time(problem="time_not_that_day", said=t.text)
            center = now + t.from_now
            if center < hours[0] or center + max(minutes, 1) > hours[1]:
                # "in zwanzig Minuten" at 08:30, before opening at 09:00: that time, outside
                # "in zehn Minuten" at 17:50, "in 3 Stunden" at 15:00: the moment said leaves no
                # room before closing; answered as that time (outside, with the last start), never
                # a window cut to closing that holds no start or one the caller did not say
                return _Time(at=center)
            window = _meet(window, (center - t.span[0], center + t.span[1]))
            prefer = center
        elif t.kind == "between":
            start = _pick(_readings(t.clocks[0], hint), hours)[0]
            ends = [r for r in _readings(t.clocks[1], hint) if r > start]
            if not ends:
                return _Time(problem="time_invalid_span", said=t.text)
            window = _meet(window, (start, min(ends)))
    beside = _side_by_side(terms, hint, hours, now if today else None)
    if beside is not None:
        return _Time(window=beside)
    if options or len(exact) > 1:
        return _Time(options=tuple(dict.fromkeys(exact + options)))
    if exact and around is not None and 0 < abs(exact[0] - around) <= 60:
        # "gegen elf, Viertel nach elf", "so drei Uhr, halb vier", "around two, two thirty": two
        # times side by side, one approximate, nothing marking a correction (a corrected time
        # is gone by now): a span the caller is fine with, never one of them alone
        return _Time(window=(min(exact[0], around), max(exact[0], around)))
    if exact:
        at = exact[0]
        bounds = [t for t in terms if t.kind in ("after", "before", "between")]
        if bounds and window is not None and not window[0] <= at <= window[1]:
            # "ab drei, um zwei", "zwischen drei und vier, halb fünf": the time lies outside the
            # bound said with it; which one counts only the caller knows
            return _Time(problem="time_times_disagree", said=bounds[0].text)
        checkable = [p for p in all_parts if p.name != "night"]
        if checkable and window is not None and not window[0] - 60 <= at <= window[1] + 60:
            return _Time(problem="time_part_disagrees")
        if parts_apart and len(clocks) == 1:
            # "um elf Uhr vormittags, also nachmittags": the time fits one part and the caller said
            # another beside it; which one counts only the caller knows (never the first alone)
            return _Time(problem="time_part_disagrees")
        return _Time(at=at)
    if any(p.latest for p in parts) and not open_parts:
        # "so spät wie möglich" (also "nachmittags", "aber vor sechs"): the last start within
        # what else was said and the opening hours that leaves room for the service
        lo, hi = window if window is not None else hours
        hi = -(-min(hi, hours[1]) // SLOT) * SLOT  # "vor sechs" (up to 17:59): until 18:00
        starts = last_starts((max(lo, hours[0]), hi), minutes)
        if starts:
            return _Time(at=starts[-1])
        window = window or (hours[1], hours[1])  # no start left: outside
    if window is not None and window[0] > window[1]:
        return _Time(problem="time_times_disagree")
    if window is not None and window[0] == window[1] and len(parts) > 1:
        # "Samstag spät vormittags": two parts of the day meeting only at noon leave no time
        # (Saturday's "spät" from 12:00, the morning until 12:00): asked, never an empty window
        return _Time(problem="time_times_disagree")
    if open_parts and window is None:
        offered = _open_part_times(open_parts[0], hours, minutes)
        if not offered:
            # "Samstag direkt nach Feierabend" on a day closing at 14:00: when the caller's work
            # ends is not known (Saturday work may end at noon), so the day's last start times
            # are asked, never "outside" (blind round 29)
            return _Time(options=last_starts(hours, minutes), closing=True)
        return _Time(options=offered, open_part=True)
    if all(t.kind == "part" for t in terms):
        last = last_starts_before_evening(parts, hours, minutes)
        if last:  # "Freitagabend", Friday closing at 18: the last start times are offered
            return _Time(window=window, options=last, closing=True)
    return _Time(window=window, prefer=prefer)


def _side_by_side(
    terms: list[TimeTerm], hint: str | None, hours: tuple[int, int], now: int | None
) -> tuple[int, int] | None:
    """Two clock times side by side with nothing marking a correction or a choice, in any clock
    form ("Viertel nach drei, halb vier", "dreiviertel drei, drei", "15 Uhr, 15:30", "quarter
    past three, half three", "3 pm, 3:30 pm"), at most an hour apart: a span the caller is fine
    with, the window between them (the lead's convention of round 15, for every form). With a
    correction word the last counts (`_corrected`: "um drei, nee, halb vier"); with "oder" or
    "und", a third time, or times further apart they stay asked."""
    if any(t.kind not in ("at", "part") for t in terms):
        return None
    said = [t for t in terms if t.kind == "at"]
    if len(said) != 2 or not said[1].beside:
        return None
    first, second = (_pick(_readings(t.clocks[0], hint), hours, now=now) for t in said)
    spans = {(min(a, b), max(a, b)) for a in first for b in second if 0 < abs(a - b) <= 60}
    return spans.pop() if len(spans) == 1 else None


def _part_window(part: Part, hours: tuple[int, int]) -> tuple[int, int]:
    if part.after_close:  # "nach Ladenschluss": from closing on, no start left that day
        return hours[1], part.end
    if part.late:
        return hours[1] - part.start, hours[1]
    return part.start, part.end


def _meet(a: tuple[int, int] | None, b: tuple[int, int]) -> tuple[int, int]:
    return b if a is None else (max(a[0], b[0]), min(a[1], b[1]))


def _clock_time(minutes: int) -> time:
    return time(minutes // 60 % 24, minutes % 60)


# -- together ----------------------------------------------------------------------------------


def understand(
    salon: SalonFile,
    now: datetime,
    date_text: str | None,
    time_text: str | None = None,
    weekday_text: str | None = None,
    minutes: int = 0,
    language: str = "de",
) -> DateCheck:
    """Everything about the asked day and time that can be decided without the calendar; what
    it tells the model (`message`, `spoken`) in the call's `language` ("en": English)."""
    # "neunzehn Doppelpunkt dreißig", "eins null Uhr drei null": read as written ("19:30", "10:30")
    date_text = read_spelled_digits(read_dictation(date_text))
    time_text = read_spelled_digits(read_dictation(time_text))

    def with_said(field_said: str, said: str) -> DateCheck:
        """The request understood with `said` in place of the caller's words for `field_said`."""
        return understand(
            salon,
            now,
            said if field_said == "date" else date_text,
            said if field_said == "time" else time_text,
            weekday_text,
            minutes,
            language,
        )

    # "wir sind zu dritt, Dienstag um neun, alle nacheinander": the people taken out (W12, W44)
    for field_said in ("date", "time"):
        group = party(normalize(date_text if field_said == "date" else time_text or ""))
        if group is not None:
            one = with_said(field_said, group.text)
            if group.order == "same" or one.status != "ok" or one.start_local is None:
                return one
            asked = _two_appointments(one, None, minutes, salon, language, group.count)
            if group.order == "unsaid" and asked.message:  # together or one after the other?
                say = Words(language, one.start_local.date(), salon.closed_day_names_en)
                asked = replace(asked, message=asked.message + say.message("time_order_unsaid"))
            return asked
    # "Freitag um zehn, und meine Tochter direkt danach": two appointments, asked with both (W12)
    for field_said in ("date", "time"):
        text = date_text if field_said == "date" else time_text
        second = second_appointment(text)
        if second is not None:
            first = with_said(field_said, second.first)
            if first.status != "ok" or first.start_local is not None:
                return _two_appointments(first, second.shift, minutes, salon, language)
    # "Freitag um 10 Londoner Zeit": London's clock that day, in the salon's zone
    zoned = in_salon_zone(
        salon,
        date_text,
        time_text,
        lambda d, t: _understand(salon, now, d, t, weekday_text, minutes, language),
        language,
    )
    if zoned is not None:
        return zoned
    check = _understand(salon, now, date_text, time_text, weekday_text, minutes, language)
    teen = split_teen((date_text, time_text))
    if teen is None or check.status != "outside_hours" or check.start_local is None:
        return check
    if not teen_within_hours(salon, check.start_local, teen[1], minutes):
        return check
    # "Donnerstag um acht zehn": 8:10 (outside) or "achtzehn" (18:00, open)? asked
    say = Words(language, check.start_local.date(), salon.closed_day_names_en)
    asked = (check.start_local.time().replace(second=0), time(teen[1]))
    return DateCheck(
        "ambiguous_time",
        day=check.day,
        message=say.message(
            "time_split_teen", said=teen[0], first=say.time(asked[0]), second=say.time(asked[1])
        ),
        options=[{"time": t.strftime("%H:%M"), "spoken": say.time(t)} for t in asked],
    )


def _two_appointments(
    first: DateCheck,
    shift: int | None,
    minutes: int,
    salon: SalonFile,
    language: str,
    count: int = 2,
) -> DateCheck:
    """The first appointment's check, or both times asked when they differ (W12). `shift`:
    minutes from the first; None for "right after" (this check's service length). `count`
    people one after the other: every start asked."""
    if first.status != "ok" or first.start_local is None or shift == 0:
        return first
    start = first.start_local
    say = Words(language, start.date(), salon.closed_day_names_en)
    after = shift is None
    later = timedelta(minutes=minutes if after else shift)
    times = [start + k * later for k in range(count)] if later else [start]
    return DateCheck(
        "ambiguous_time",
        day=first.day,
        message=say.message(
            "time_two_appointments",
            first=say.time(start.time()),
            second=say.time(times[-1].time()) if len(times) > 1 else "?",
            after=say.message("time_two_appointments_after") if after else "",
        ),
        options=[
            {"time": t.strftime("%H:%M"), "spoken": say.time(t.time().replace(second=0))}
            for t in times
        ],
    )


def _understand(
    salon: SalonFile,
    now: datetime,
    date_text: str | None,
    time_text: str | None = None,
    weekday_text: str | None = None,
    minutes: int = 0,
    language: str = "de",
) -> DateCheck:
    tz = salon.tz
    # A "now" without an offset is the salon's wall clock, never the machine's local time (a
    # server or test machine in UTC would move every "heute noch" and "in einer Stunde" by hours).
    ctx = Today(
        now.replace(tzinfo=tz) if now.tzinfo is None else now.astimezone(tz), salon, language
    )
    today = ctx.day
    say = Words(language, today, salon.closed_day_names_en)
    said = _Said()
    # "am Tuesday um half four": British 16:30, or "halb vier" translated? both asked (W32)
    date_text, weekday_text, time_text = half_across((date_text, weekday_text, time_text), language)
    _read(date_text, "date", ctx, said)
    _read(weekday_text, "weekday", ctx, said)
    _read(time_text, "time", ctx, said)
    if said.errand is not None and not said.times:  # "..., die macht um acht auf, also danach"
        bound, _ = time_terms(said.errand.bound, "time")
        said.times += [replace(t, text=said.errand.aside) for t in bound]

    said.times = _opening_over_its_morning(said.times)
    later = next((t for t in said.times if t.kind == "from_now"), None)
    if later is not None and not said.days:  # "in zwei Stunden": today (or the day it reaches)
        reached = (ctx.now + timedelta(minutes=later.from_now)).date()
        said.days.append(DayTerm((reached,), later.text))
    if said.later_today and not said.times:  # "later today": from the next start to closing
        said.times += _from_next_start(ctx, minutes)
    if said.right_at and not said.days and said.times and ctx.still_open_today():
        # "gleich um neun" while the salon still opens today: today's
        said.days.append(DayTerm((today,), "gleich"))
    if not said.days and _only_as_early_as_possible(said.times) and said.asap_except:
        # "so bald wie möglich, aber nicht morgen": the first open day with a start left, but it
        first = _asap_but_not(said.asap_except, ctx, minutes)
        said.days.append(DayTerm((first,), said.times[0].text, earliest=True))
    if not said.days and _only_as_early_as_possible(said.times):  # no day: "so bald wie möglich"
        first = today if ctx.still_open_today() else salon.next_open_days(today, 1)[0]
        said.days.append(DayTerm((first,), said.times[0].text, earliest=True))
    if said.recurring:
        return DateCheck("invalid_date", message=say.message("date_recurring"))
    fields = (date_text, weekday_text, time_text)
    if said.day_or_month is not None:  # "am dritten, äh, Sechsten": 3.6. or the 6th? (W11)
        day, second = said.day_or_month
        return DateCheck(
            "invalid_date", message=say.message("date_day_or_month", day=day, second=second)
        )
    if said.negated:  # "nicht am Wochenende": which day instead?
        return DateCheck(
            "invalid_date", message=say.message("date_excluded", said=_excluded(fields))
        )
    leftover = {
        role: [
            w
            for w in words
            if (
                is_temporal(w)
                or _COUNT_LEFT_OVER.fullmatch(w)
                or _HEDGED_SHIFT.fullmatch(w)
                or _CLOCK_LEFT_OPEN.fullmatch(w)
                or _CLOCK_BROKEN_OFF.fullmatch(w)
                or _CLOCK_LEFT_BARE.fullmatch(w)
                or _DIGITS_LEFT.fullmatch(w)
                or w in said.unread
                # "bevor die Kinder aus der Schule kommen" with no time read: never dropped
                or (reads_as_time_wish(w) and not said.times)
                # "morgen früh, bevor ich die Kinder in die Kita bringe": a part of the day
                # leaves the clause's bound unknown; only a clock answers it, or the opening
                # ("morgen früh als Erstes, bevor ich zur Arbeit muss": nothing is earlier)
                or (
                    bounds_by_clause(w)
                    and not any(t.clocks for t in said.times)
                    and not _opening_said(said.times)
                )
            )
            # the words of the caller's own event ("wenn mein Mann zu Hause ist") with no time read:
            # the day is read on, the time asked once the day stands (`_event_time_asked`)
            and not (not said.times and in_event(w, said.events))
        ]
        for role, words in said.unknown.items()
    }
    if not said.times:  # "Samstag, aber nicht zu früh": how early is asked
        for role, words in said.vague:
            leftover.setdefault(role, []).append(words)
    if any(leftover.values()):
        unsure = caller_words(fields, [w for ws in leftover.values() for w in ws])
        # the errand whose time is asked, as the caller said it, never the word standing for it
        unsure = [said.errand_said if w == ERRAND_TIME and said.errand_said else w for w in unsure]
        words = say.both(f"'{w}'" for w in unsure)
        only_time = not any(ws for role, ws in leftover.items() if role != "time")
        return DateCheck(
            "invalid_time" if only_time else "invalid_date",
            message=say.message("date_unsure", words=words),
        )
    if not said.times and said.unknown.get("time") and not said.events:
        return DateCheck("invalid_time", message=say.message("date_time_unclear", said=time_text))
    decided = _decide_day(said, ctx, say)
    if decided.check is not None:
        return decided.check
    if said.asap_except is not None and decided.earliest and len(decided.days) == 1:
        # "möglichst bald, aber nicht heute": the earliest day, the excluded one skipped
        decided = replace(decided, days=(_asap_but_not(said.asap_except, ctx, minutes),))
    kept = tuple(d for d in decided.days if d.weekday() not in said.excluded)
    if said.excluded and kept != decided.days:  # "am Wochenende, aber nicht sonntags"
        decided = replace(decided, days=kept)
    elif said.excluded:  # nothing of what was said is taken out: which day is meant?
        return DateCheck(
            "invalid_date", message=say.message("date_excluded", said=_excluded(fields))
        )
    # "der erste Tag nach Ostern, an dem Sie offen haben" a month after Easter: that day is
    # gone, and the coming days are no "first" after it: asked (W44)
    after_gone = any(t.after_gone for t in said.days)
    first = first_open_from(decided.days, ctx) if said.first_open and not after_gone else None
    if first is not None:  # "im neuen Jahr gleich am ersten Tag, wo Sie aufhaben"
        decided = _Day((first,), names=decided.names, earliest=True)
    if (
        said.last_open and not after_gone
    ):  # "am letzten Tag vor Weihnachten, an dem Sie offen haben"
        last = last_open_of(decided.days, ctx)
        if last is None:  # none of the days named still to come (said on the year's last day)
            words = say.both([f"'{said.last_open}'"])
            return DateCheck("invalid_date", message=say.message("date_unsure", words=words))
        decided = _Day((last,), names=decided.names)
    soonest = first_open_from(decided.days, ctx) if _asap_within(said, decided) else None
    if soonest in decided.days:  # "so früh wie möglich diese Woche": its first open day
        decided = _Day((soonest,), names=decided.names, earliest=True)
        if _only_as_early_as_possible(said.times):
            said.times = []
    wrong = next((q for q in said.questions if not _holds(q, decided.days, ctx)), None)
    if wrong is not None:
        return _question_not_holding(wrong, decided.days, ctx, say)
    if not decided.days and said.last_visit:  # "wie letztes Mal": the tool knows no last visit
        return DateCheck(
            "invalid_date", message=say.message("date_last_visit", said=said.last_visit[0])
        )
    if not decided.days:
        what = date_text or weekday_text or ""
        named = foreign_weekday(what)
        if named is not None:  # "el viernes": asked with the weekday it names, never guessed
            weekday = say.weekday(named)
            return DateCheck(
                "invalid_date",
                message=say.message("date_foreign_weekday", said=what, weekday=weekday),
            )
        return DateCheck("invalid_date", message=say.message("date_day_unclear", said=what))

    ahead = [d for d in decided.days if d >= today]
    # (a date whose year is asked stays asked when the day ahead is closed: "20.04." said in
    # October is asked even where next year's is Ostermontag (blind round 29, README round 11);
    # "erster Januar" said in August is next year's by round 11's rule, said closed)
    if decided.year_unclear:
        return DateCheck(
            "ambiguous_date",
            message=say.message(
                "date_year_unclear",
                day=say.day_of_month(decided.days[0]),
                days=say.either(say.day(d) for d in ahead),
            ),
            options=[_date_option(d, say) for d in ahead],
        )
    if decided.recent_past is not None:
        ahead = [d for d in decided.days if d >= today]
        return DateCheck(
            "ambiguous_date",
            message=say.message(
                "date_just_gone",
                day=say.day(decided.recent_past),
                days=say.either(say.day(d) for d in ahead),
            ),
            options=[_date_option(d, say) for d in ahead],
        )
    open_ahead = [
        d
        for d in decided.days
        if salon.hours_on(d) is not None and (d > today or (d == today and ctx.still_open_today()))
    ]
    # a stretch with one open day is that day ("am Wochenende": Saturday), but a vague part of a
    # week ("Anfang nächster Woche" with a holiday on Tuesday) names no day: always offered
    one_open = decided.span and len(open_ahead) == 1 and not decided.part_of_week
    one_open = one_open and not ends_named(said.days)  # "zwischen Dienstag und Donnerstag"
    if _time_gone_today(decided, said, ctx, minutes):
        # "Samstag um 12" said on Saturday at 12:50: today's 12:00 is gone, next Saturday's
        decided = replace(decided, days=tuple(d for d in decided.days if d != today))
    if len(decided.days) > 1 and not one_open:
        return _candidates(decided, ctx, say)
    day = open_ahead[0] if len(decided.days) > 1 else decided.days[0]
    if one_open and len(decided.days) > 1 and day == today and _start_left_today(ctx, minutes):
        # "diese Woche noch" said on Saturday: a stretch whose only open day left is today is a
        # deadline reaching today, its earliest times from now (never today as any time of it);
        # after the last start it is gone (never moved on to next week's first day)
        decided = replace(decided, earliest=True)
    if day > a_year_after(today):
        return DateCheck("invalid_date", day=day, message=say.message("date_over_a_year_ahead"))
    if day < today:
        return DateCheck(
            "past_date",
            day=day,
            message=say.message("date_past", day=say.day(day), today=say.date(today)),
            options=_open_after(salon, today - timedelta(days=1), say),
        )
    if salon.hours_on(day) is None and decided.loose:
        return _nearest_open(day, ctx, say)
    if salon.hours_on(day) is None and said.from_day and not said.times:
        # "frühestens Donnerstag" with Thursday a holiday: from that day on is the first open day
        # after it, never the closed day answered alone
        first = salon.next_open_days(day, 1)[0]
        return DateCheck("ok", day=first, earliest=True, spoken=say.day(first))
    if salon.hours_on(day) is None:
        holiday = _name_of(day, ctx, say, decided.names)
        at = f"{say.on(holiday)} ({say.day(day)})" if holiday else say.on_day(day)
        return DateCheck(
            "closed",
            day=day,
            holiday=holiday or None,
            message=say.message("date_closed", at=f"{at[0].upper()}{at[1:]}"),
            options=_open_after(salon, day, say),
        )

    if said.last_visit_time and not said.times:
        # "in acht Wochen, zur gleichen Uhrzeit wie letztes Mal": the day stands, the last
        # visit's time is unknown to the tool (W1)
        return DateCheck(
            "invalid_time",
            day=day,
            message=say.message("date_time_last_visit", day=say.day(day), said=said.last_visit[0]),
        )
    if said.events and not said.times and said.errand is None:
        # "Freitag, wenn mein Mann zu Hause ist": the day stands, the time only the caller knows
        return DateCheck(
            "invalid_time",
            day=day,
            message=say.message("date_time_by_event", day=say.day(day), said=said.events[0].said),
        )
    hours = _hours(salon, day)
    earliest = decided.earliest
    now_minutes = ctx.now.hour * 60 + ctx.now.minute
    if day == today and _at_opening_only(said.times) and now_minutes > hours[0]:
        # "heute als Erstes", "today first thing" said after opening: that time has gone by
        return DateCheck(
            "past_date",
            day=day,
            message=say.message("date_time_gone_today", time=say.time(_clock_time(hours[0]))),
            options=_open_after(salon, today, say),
        )
    if _only_as_early_as_possible(said.times) and (day == today or earliest):
        said.times, earliest = [], True  # "heute so früh wie möglich": from now on
    elif _only_as_early_as_possible(said.times):  # "morgen als Erstes": at opening time
        return _at_time(salon, ctx, day, hours[0], minutes, say)
    t = _decide_time(said, hours, minutes, now_minutes, today=day == today)
    if said.finish_by and t.window is not None:  # done by the caller's own time: minutes counted
        # and by the closing: "leave by half four" on a Saturday closing at 14:00 ends with the
        # day's last start, never a start at closing time
        last = min(t.window[1] + 1, hours[1]) - max(minutes, 1)
        t = replace(t, window=(t.window[0], last))
        # one start only leaves room before the caller's time and the closing ("ab zwei, bis
        # vier muss ich fertig sein" for two hours, "Samstagnachmittag" closing at 14:00): it
        if max(t.window[0], hours[0]) == last:
            t = replace(t, at=last, window=None)
    done_by = _done_by(said, hours) if said.finish_by and t.at is not None else None
    if done_by is not None and t.at is not None and t.at + max(minutes, 1) > done_by:
        # "um elf, aber ich muss um zwölf fertig sein" for an hour and a half: the start said and
        # the end to keep cannot both hold; which one gives way only the caller knows
        return DateCheck(
            "invalid_time",
            day=day,
            message=say.message(
                "time_start_ends_late",
                start=say.time(_clock_time(t.at)),
                end=say.time(_clock_time(t.at + max(minutes, 1))),
                by=say.time(_clock_time(done_by)),
            ),
        )
    if t.problem:
        return DateCheck("invalid_time", day=day, message=say.message(t.problem, said=t.said))
    if t.closing:
        t = _still_ahead(t, now_minutes if day == today else -1)
        if not t.options:  # today's last start times are gone
            return DateCheck(
                "past_date",
                day=day,
                message=say.message("date_today_last_gone", close=say.time(_clock_time(hours[1]))),
                options=_open_after(salon, today, say),
            )
    if t.options:
        return DateCheck(
            "ambiguous_time",
            day=day,
            message=_which_time(t, day, hours[1], say),
            options=[
                {"time": _clock_time(m).strftime("%H:%M"), "spoken": say.time(_clock_time(m))}
                for m in t.options
            ],
        )
    close = hours[1]
    if t.at is not None:
        return _at_time(salon, ctx, day, t.at, minutes, say)
    if t.window is not None:
        return _in_window(salon, ctx, day, t.window, say, t.prefer, minutes)
    if day == today and ctx.now.time() >= _clock_time(close - max(minutes, 1)):
        if earliest and not decided.now_only:  # "so bald wie möglich" late: the next open day
            first = salon.next_open_days(today, 1)[0]
            return DateCheck("ok", day=first, earliest=True, spoken=say.day(first))
        return DateCheck(
            "past_date",
            day=day,
            message=say.message("date_today_until", close=say.time(_clock_time(close))),
            options=_open_after(salon, today, say),
        )
    return DateCheck("ok", day=day, earliest=earliest, spoken=say.day(day))


def _done_by(said: _Said, hours: tuple[int, int]) -> int | None:
    """The minute of the day the service must be done by (the end the caller keeps, "bitte vor
    zwölf"), or None when no bound before a time was said."""
    ends = [
        _pick(_readings(t.clocks[0], None), hours, "before")[-1] + (1 if t.inclusive else 0)
        for t in said.times
        if t.kind == "before"
    ]
    return min(ends) if ends else None


_MORNING_PARTS = frozenset({"early", "morning"})


def _asap_but_not(but_not: AsapExcept, ctx: Today, minutes: int) -> date:
    """The first open day with a start left (today's while one is), the excluded day skipped."""
    today, salon = ctx.day, ctx.salon
    hours = salon.hours_on(today)
    close = ctx.now.replace(hour=hours[1].hour, minute=hours[1].minute) if hours else ctx.now
    starts_left = hours is not None and ctx.now + timedelta(minutes=max(minutes, 1)) <= close
    days = ([today] if starts_left else []) + salon.next_open_days(today, 14)
    return next((d for d in days if not but_not.excludes(d, today)), days[-1])


def _opening_over_its_morning(times: list[TimeTerm]) -> list[TimeTerm]:
    """The opening said with the morning it begins ("morgen früh als Erstes", "Saturday morning
    first thing", "in aller Frühe am Samstag"): the opening time, the morning only saying when
    it is; any other time said beside it is kept as said."""
    opening = [t for t in times if t.part is not None and t.part.asap]
    if not _at_opening_only(opening):
        return times
    others = [t for t in times if t not in opening]
    if others and all(t.part is not None and t.part.name in _MORNING_PARTS for t in others):
        return opening
    return times


def _excluded(fields: tuple[str | None, ...]) -> str:
    """What the caller excluded, in their words ("nicht am Wochenende"); the whole field when
    no exclusion word is found."""
    return excluded_words(fields) or next((f for f in fields if f), "")


def _holds(question: DayQuestion, days: tuple[date, ...], ctx: Today) -> bool:
    """Whether what the caller asked about the one day named holds ("das ist doch nach
    Ostern?"); with several days or none the question decides nothing (they are asked anyway)."""
    if len(days) != 1:
        return True
    terms, _ = day_terms(question.anchor, ctx, bare_numbers=False)
    anchor = [d for t in terms for d in t.dates]
    if not anchor:
        return False
    if question.relation == "after":
        return days[0] > max(anchor)
    return days[0] < min(anchor)


def _question_not_holding(
    question: DayQuestion, days: tuple[date, ...], ctx: Today, say: Words
) -> DateCheck:
    """ "Dienstag, das ist doch vor Ostern, oder?" when that Tuesday comes after Easter: the day
    named, or the same weekday on the side the caller believes it on, is asked."""
    day = days[0]
    step = timedelta(days=-7 if question.relation == "before" else 7)
    other = day + step
    while not _holds(question, (other,), ctx) and abs((other - day).days) <= 28:
        other += step
    fits = other >= ctx.day and _holds(question, (other,), ctx)
    candidates = [day, other] if fits else [day]
    terms, _ = day_terms(question.anchor, ctx, bare_numbers=False)
    anchor = [d for t in terms for d in t.dates] or [day]
    english = say.language == "en"
    place = ("after", "nach") if day > max(anchor) else ("before", "vor")
    if min(anchor) <= day <= max(anchor):
        place = ("at", "an")
    believed = ("before", "vor") if question.relation == "before" else ("after", "nach")
    return DateCheck(
        "ambiguous_date",
        message=say.message(
            "date_question_not_holding",
            day=say.day(day),
            place=place[0 if english else 1],
            believed=believed[0 if english else 1],
            anchor=question.anchor.title(),
            days=say.either(say.day(d) for d in candidates),
        ),
        options=[_date_option(d, say) for d in candidates],
    )


# "egal wann", "any time", "whenever": the caller leaves the day open, never "the soonest"
_ANY_TIME = re.compile(r"\b(?:egal|wann\s+immer|jederzeit|any\s*time|whenever)\b")


def _asap_within(said: _Said, decided: _Day) -> bool:
    """A stretch of days said with "so bald / so früh wie möglich" and nothing else of the time
    ("so früh wie möglich diese Woche", "next week, as soon as possible"): the first open day of
    the stretch is wanted, its earliest times, never a question which day."""
    if len(decided.days) < 2 or not decided.span:
        return False
    said_asap = any(
        t.earliest and not t.now_only and not _ANY_TIME.search(t.text) for t in said.days
    )
    times_asap = _only_as_early_as_possible(said.times) and any(
        _EARLIEST_FROM_NOW.search(t.text) or _FIRST_OF_ALL.search(t.text) for t in said.times
    )
    return (said_asap and not said.times) or times_asap


def _asap_said(term: DayTerm) -> bool:
    """ "So bald wie möglich" beside a day, never "egal wann" (any time within the day)."""
    return term.earliest and not term.now_only and not _ANY_TIME.search(term.text)


def _only_as_early_as_possible(times: list[TimeTerm]) -> bool:
    return bool(times) and all(t.part is not None and t.part.asap for t in times)


# "so früh wie möglich", "as early as possible": the earliest from now; the other early words
# ("als Erstes", "first thing", "zur Öffnung", "sobald Sie aufmachen") name the opening time
_EARLIEST_FROM_NOW = re.compile(r"moeglich|\bgeht\b|\bgehen\b|as\s+early\s+as")
# "als Erstes" ("zuerst" by `numbers.py`), "first thing" after a stretch of days ("nach
# Himmelfahrt gleich als Erstes", "first thing after Christmas"): the stretch's first open day at
# its opening, as "so früh wie möglich diese Woche" (round 61)
_FIRST_OF_ALL = re.compile(r"\bzuerst\b|\bfirst\s+thing\b")


def _opening_said(times: list[TimeTerm]) -> bool:
    """The opening named among the times ("als Erstes", "first thing", "zur Öffnung"), never
    "so früh wie möglich" (from now on)."""
    return any(
        t.part is not None and t.part.asap and not _EARLIEST_FROM_NOW.search(t.text) for t in times
    )


def _at_opening_only(times: list[TimeTerm]) -> bool:
    return _only_as_early_as_possible(times) and not any(
        _EARLIEST_FROM_NOW.search(t.text) for t in times
    )


def _still_ahead(t: _Time, now: int) -> _Time:
    """The offered last start times that are still ahead (`now`: minute of today, -1 another day)."""
    return replace(t, options=tuple(m for m in t.options if m > now))


def _which_time(t: _Time, day: date, close: int, say: Words) -> str:
    """The question for the times offered: a part only the caller can pin down, the last start
    times of a day closing early, or times the words said could each mean."""
    times = say.either(say.time(_clock_time(m)) for m in t.options)
    if t.open_part:
        return say.message("date_from_when", times=times)
    if t.closing:
        key = "date_last_starts_at_closing" if t.at_closing else "date_last_starts"
        return say.message(key, date=say.date(day), close=say.time(_clock_time(close)), times=times)
    return say.message("date_which_time", times=times)


def _candidates(decided: _Day, ctx: Today, say: Words) -> DateCheck:
    """A phrase with several days: the open ones still ahead are offered; none open is closed."""
    salon, today = ctx.salon, ctx.day
    ahead = [d for d in decided.days if d >= today]
    open_days = [d for d in ahead if salon.hours_on(d) is not None]
    if not ahead:
        return DateCheck(
            "past_date",
            day=decided.days[-1],
            message=say.message("date_days_past"),
            options=_open_after(salon, today - timedelta(days=1), say),
        )
    gone = [d for d in decided.days if d < today]
    by_weekday = not any(salon.closure_on(d) for d in ahead)
    # a day named by its weekday ("Muttertag", the second Sunday of May) on one the salon is
    # closed is closed whichever year is meant: answered closed, as a holiday the salon closes
    # for (W20); a date that fell on closed days two years running ("Heilige Drei Könige" on a
    # Sunday, then a Monday) keeps the question
    closed_every_year = len({d.weekday() for d in gone + ahead}) == 1 and all(
        salon.hours_on(d) is None for d in gone
    )
    if (
        not open_days
        and gone
        and by_weekday
        and not closed_every_year
        and not {d.year for d in gone} & {d.year for d in ahead}
    ):
        # a feast named without its year, this year's long gone and next year's far ahead on a
        # day closed by its weekday only ("Heilige Drei Könige" said in spring, next year's a
        # Sunday): which year is asked, as the date said without a year (round 19), never next
        # year's answered closed; a holiday the salon closes for ("Neujahr") is closed either way
        return DateCheck(
            "ambiguous_date",
            message=say.message(
                "date_year_unclear",
                day=say.day_of_month(gone[-1]),
                days=say.either(say.day(d) for d in ahead),
            ),
            options=[_date_option(d, say, decided.names.get(d)) for d in ahead],
        )
    if not open_days and decided.order_unclear and len(decided.days) > 1:
        # "3/12" in an English call, both readings closed, or one closed and the other gone ("10/11"
        # on 31 October: 11 October gone, 10 November a Monday): the caller still hears which date
        # was read how (W8), never one order's day answered closed
        closed = [_name_of(d, ctx, say, decided.names) or say.date(d) for d in ahead]
        options = [o for d in ahead for o in _open_after(salon, d, say, count=1)]
        message = say.message("date_which_day", days=say.either(say.date(d) for d in decided.days))
        message += " " + say.message("date_closed_among", names=", ".join(closed))
        if gone := [d for d in decided.days if d not in ahead]:
            # the caller hears that the other reading has gone by, not a date offered as if open
            message += " " + say.message("date_gone_among", names=", ".join(map(say.date, gone)))
        return DateCheck("ambiguous_date", message=message, options=options)
    if not open_days and (decided.part_of_week or decided.month_unsaid):
        # no one closed day was named: "den ersten Sonntag im Monat" said after this month's,
        # whose next two are closed, is no answer "closed on the 7th" (which month is asked)
        return _all_closed_stretch(ahead, ctx, say)
    if not open_days:
        # a feast named after its Sunday ("Ostern": Karfreitag to Ostermontag) is that Sunday
        first = next((d for d in ahead if decided.names.get(d, "").endswith("sonntag")), ahead[0])
        names = [_name_of(d, ctx, say, decided.names) for d in ahead]
        said = ", ".join(dict.fromkeys(n for n in names if n)) or say.these_days()
        return DateCheck(
            "closed",
            day=first,
            holiday=_name_of(first, ctx, say, decided.names),
            message=say.message("date_days_closed", said=said),
            # open days from the first closed one on: also one between them (Karsamstag)
            options=_open_after(salon, ahead[0], say),
        )
    options = [_date_option(d, say, decided.names.get(d)) for d in open_days[:MAX_OPTIONS]]
    if decided.part_of_week and len(open_days) == 1:  # one open day left: the next one too
        options += _open_after(salon, open_days[0], say, count=1)
    closed = [d for d in ahead if salon.hours_on(d) is None]
    message = say.message("date_which_day", days=say.either(o["spoken"] for o in options))
    if closed:
        names = [_name_of(d, ctx, say, decided.names) or say.date(d) for d in closed]
        message += " " + say.message("date_closed_among", names=", ".join(names))
    return DateCheck("ambiguous_date", message=message, options=options)


def _nearest_open(day: date, ctx: Today, say: Words) -> DateCheck:
    """A closed day the caller reached without naming it ("in acht Tagen" on a Monday): the
    open days nearest to it, before (still ahead) and after, are offered."""
    salon, today = ctx.salon, ctx.day
    before = next(
        (
            d
            for d in (day - timedelta(days=k) for k in range(1, (day - today).days + 1))
            if salon.hours_on(d) is not None and (d > today or ctx.still_open_today())
        ),
        None,
    )
    days = [d for d in (before, *salon.next_open_days(day, 1)) if d is not None]
    closure = _name_of(day, ctx, say, {})
    at = f"{say.on(closure)} ({say.day(day)})" if closure else say.on_day(day)
    options = [_date_option(d, say) for d in days]
    return DateCheck(
        "ambiguous_date",
        day=day,
        holiday=closure or None,
        message=say.message(
            "date_closed_near_open",
            at=f"{at[0].upper()}{at[1:]}",
            days=say.either(o["spoken"] for o in options),
        ),
        options=options,
    )


def _all_closed_stretch(ahead: list[date], ctx: Today, say: Words) -> DateCheck:
    """A vague stretch ("Anfang nächster Woche" in Christmas week) whose days are all closed: the
    caller named no day, so no one closed day is answered; the open days after it are offered."""
    salon = ctx.salon
    closed = [_name_of(d, ctx, say, {}) or say.date(d) for d in ahead]
    options = _open_after(salon, ahead[-1], say)
    return DateCheck(
        "ambiguous_date",
        message=say.message(
            "date_after_closed_stretch",
            closed=", ".join(closed),
            days=say.either(o["spoken"] for o in options),
        ),
        options=options,
    )


def _at_time(
    salon: SalonFile, ctx: Today, day: date, at: int, minutes: int, say: Words
) -> DateCheck:
    tz = salon.tz
    if at >= 24 * 60:
        return DateCheck("invalid_time", day=day, message=say.message("time_no_such_time"))
    start = datetime.combine(day, _clock_time(at), tzinfo=tz)
    if start <= ctx.now:
        return DateCheck(
            "past_date",
            day=day,
            message=say.message("date_time_gone_today", time=say.time(start.time())),
            options=_open_after(salon, ctx.day - timedelta(days=1), say),
        )
    hours = salon.hours_on(day)
    assert hours is not None
    if not salon.is_open_at(start, minutes) or start.time() >= hours[1]:
        last = datetime.combine(day, hours[1], tzinfo=tz) - timedelta(minutes=minutes)
        return DateCheck(
            "outside_hours",
            day=day,
            start_local=start,
            message=say.message(
                "date_open_last_start",
                date=say.date(day),
                open=say.time(hours[0]),
                close=say.time(hours[1]),
                last=say.time(last.time()),
            ),
            options=[_date_option(day, say)],
        )
    return DateCheck(
        "ok", day=day, start_local=start, spoken=f"{say.day(day)}, {say.time(start.time())}"
    )


def _holds_a_start(lo: int, hi: int, close: int, minutes: int) -> bool:
    """Whether a start time on the quarter hour within [lo, hi] leaves room for the service
    (`minutes`) before closing (minutes of the day)."""
    first = -(-lo // SLOT) * SLOT
    return first <= hi and first + max(minutes, 1) <= close


def _in_window(
    salon: SalonFile,
    ctx: Today,
    day: date,
    window: tuple[int, int],
    say: Words,
    prefer: int | None = None,
    minutes: int = 0,
) -> DateCheck:
    tz = salon.tz
    open_, close = _hours(salon, day)
    start, end = max(window[0], open_), min(window[1], close)
    if day == ctx.day:
        now_min = ctx.now.hour * 60 + ctx.now.minute + 1
        if end <= now_min and start < end:
            return DateCheck(
                "past_date",
                day=day,
                message=say.message(
                    "date_time_gone_today",
                    time=say.window(_clock_time(start), _clock_time(end)),
                ),
                options=_open_after(salon, ctx.day, say),
            )
        if _holds_a_start(start, end, close, minutes) and not _holds_a_start(
            max(start, now_min), end, close, minutes
        ):
            # "tonight" at 19:50 on a day closing at 20:00: what is left of the part said holds
            # no start for the service; the day's last start is gone, never a window without one
            return DateCheck(
                "past_date",
                day=day,
                message=say.message("date_today_last_gone", close=say.time(_clock_time(close))),
                options=_open_after(salon, ctx.day, say),
            )
        start = max(start, now_min)
    if start > end or start >= close:
        return DateCheck(
            "outside_hours",
            day=day,
            message=say.message(
                "date_open_from_to",
                date=say.date(day),
                open=say.time(_clock_time(open_)),
                close=say.time(_clock_time(close)),
            ),
            options=[_date_option(day, say)],
        )
    lo = datetime.combine(day, _clock_time(start), tzinfo=tz)
    hi = (
        datetime.combine(day, _clock_time(end), tzinfo=tz)
        if end < 24 * 60
        else (datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz))
    )
    preferred = None
    if prefer is not None and start <= prefer <= end:
        preferred = datetime.combine(day, _clock_time(prefer), tzinfo=tz)
    return DateCheck(
        "ok",
        day=day,
        window=(lo, hi),
        prefer=preferred,
        spoken=f"{say.day(day)}, {say.window(lo.time(), hi.time())}",
    )
