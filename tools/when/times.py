"""What time a caller means, as said: a clock time ("halb drei", "Viertel nach elf", "14:30",
"2 pm", "half past two", British "half three"), an approximate time or a bound ("gegen drei",
"gegen Mittag", "ab 15 Uhr", "zwischen zwei und vier"), a time counted from now ("in einer
Stunde") or a part of the day ("nachmittags", "morgen früh", "after work").

Parsing keeps what was said: "um 3" stays hour 3 without a half of the day. `tools.when.resolve`
reads it within the salon's opening hours (15:00 when 03:00 is closed), because only the
opening hours know which reading is meant.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from tools.when.approx_parts import APPROX_PART_HOURS, APPROX_PART_PATTERNS
from tools.when.hours_anchor import ANCHORED, LAST_STRETCH, anchor, bounded, last_stretch
from tools.when.lexicon import DAY_WORD_PREFIXES, MONTH_RE, NEAR_DAY_RE, WEEKDAY_RE

Meridiem = Literal["am", "pm", "midday", "night"]
Kind = Literal[
    "at", "around", "after", "before", "between", "part", "any", "ambiguous", "from_now", "anchored"
]


@dataclass(frozen=True)
class Clock:
    """A clock time as said. `hour` 0-11 with no meridiem is either half of the day."""

    hour: int
    minute: int
    meridiem: Meridiem | None = None
    fixed: bool = False  # said on the 24-hour clock ("15 Uhr", "0 Uhr"): no other reading


@dataclass(frozen=True)
class Part:
    """A part of the day as a window of start times, in minutes after midnight; `late` windows
    are measured back from closing time."""

    name: str
    start: int
    end: int
    meridiem: Meridiem | None
    late: bool = False
    ask: bool = False  # open as said ("nach der Arbeit": when does work end?): times are offered
    asap: bool = False  # "so früh wie möglich": said of a day already begun, the earliest time
    latest: bool = False  # "so spät wie möglich": the day's last start (as "so früh": opening)
    after_close: bool = False  # "nach Ladenschluss": from the day's closing on (outside its hours)


PARTS: dict[str, Part] = {
    p.name: p
    for p in (
        Part("early", 0, 11 * 60, "am"),
        Part("as_early_as_possible", 0, 11 * 60, "am", asap=True),
        Part("morning", 0, 12 * 60, "am"),
        Part("late_morning", 10 * 60, 12 * 60, "am"),
        Part("midday", 11 * 60 + 30, 14 * 60, "midday"),
        Part("early_afternoon", 12 * 60, 15 * 60, "pm"),
        Part("afternoon", 12 * 60, 18 * 60, "pm"),
        Part("after_lunch", 13 * 60, 24 * 60, "pm"),  # from lunch to closing (Thursday: 20:00)
        Part("right_after_lunch", 13 * 60, 14 * 60, "pm"),  # "gleich nach der Mittagspause": ~13:00
        Part("late_afternoon", 15 * 60, 18 * 60, "pm"),
        Part("early_evening", 17 * 60, 19 * 60, "pm"),
        Part("evening", 17 * 60, 24 * 60, "pm"),
        Part("after_work", 16 * 60, 24 * 60, "pm", ask=True),
        # "in meiner Mittagspause", "on my lunch break": the caller's own break, whose hours only
        # the caller knows (W22): the midday's full hours are offered, never the window as meant
        Part("own_break", 11 * 60 + 30, 13 * 60 + 30, "midday", ask=True),
        # "nach der Mittagsruhe", "nach meinem Mittagsschlaf", "after my nap": from the end of the
        # caller's own midday rest, which only the caller knows (W1, W22): afternoon starts offered
        Part("after_own_rest", 13 * 60, 24 * 60, "pm", ask=True),
        Part("late", 120, 0, "pm", late=True),
        Part("as_late_as_possible", 120, 0, "pm", late=True, latest=True),
        Part("night", 22 * 60, 24 * 60, "night"),
        Part("after_closing", 0, 24 * 60, "pm", after_close=True),
        # "mid-afternoon", "kurz nach Mittag": `approx_parts`
        *(Part(name, lo, hi, half) for name, (lo, hi, half) in APPROX_PART_HOURS.items()),  # type: ignore[arg-type]
    )
}


@dataclass(frozen=True)
class TimeTerm:
    kind: Kind
    text: str
    clocks: tuple[Clock, ...] = ()  # at/around/after/before: one; between: two; ambiguous: options
    part: Part | None = None
    span: tuple[int, int] = (0, 0)  # around: minutes before and after the clock
    inclusive: bool = False  # before: "spätestens um 3" includes 3
    invalid: str = ""
    from_now: int = 0  # from_now: minutes after the moment it is said ("in einer Stunde")
    # at: said right after another clock time, nothing but a pause between them ("Viertel nach
    # drei, halb vier", "15 Uhr, 15:30", "quarter past three, half three"); `tools.when.resolve`
    # reads two such times at most an hour apart as the window between them
    beside: bool = False
    # anchored: the day's edge ("open" / "close") and the minutes from it ("eine Stunde vor
    # Ladenschluss": ("close", -60)); the clock time is known once the day's hours are
    anchor: tuple[str, int] | None = None


# -- clock forms -------------------------------------------------------------------------------

_H = r"\d{1,2}"
# "am" is a.m. only where German "am" (on the) cannot be meant: at the end or before English.
_AM = r"am(?=\s*$|\s*[,;]|\s+(?:on|tomorrow|today|this|next|please|or|and|in)\b)"
_MER = rf"(?:\s*({_AM}|pm))?"
_MER_NC = rf"(?:\s*(?:{_AM}|pm))?"


def _clock(
    hour: int, minute: int, meridiem: str | None = None, twelve_hour: bool = False
) -> Clock | None:
    """A clock as said; "0 Uhr" / "0:30" are on the 24-hour clock (midnight), unless the hour
    was counted back from one ("halb eins": `twelve_hour`)."""
    if not (0 <= minute < 60 and 0 <= hour <= 24):
        return None
    if hour == 24:
        return Clock(0, minute, None, fixed=True)
    fixed = (hour >= 13 or (hour == 0 and not twelve_hour)) and meridiem is None
    if meridiem in ("am", "pm") and hour > 12:
        return None
    return Clock(hour, minute, meridiem, fixed)  # type: ignore[arg-type]


def _four_digits(said: str, hour: int, minute: int) -> Clock | None:
    """ "1500", "0930", "930": hours and minutes run together. Four digits are the 24-hour
    clock ("0700" is seven in the morning, never 19:00); three may be either half of the day."""
    if hour > 23:
        return None
    clock = _clock(hour, minute)
    return replace(clock, fixed=True) if clock is not None and len(said) == 4 else clock


def _before_hour(hour: int, minute: int) -> Clock | None:
    """'Viertel vor drei': minutes before the hour (0 stays a 12-hour reading: 'halb eins')."""
    if not 1 <= hour <= 24:
        return None
    return _clock(hour - 1, minute, twelve_hour=True) if hour - 1 != 12 else Clock(12, minute)


_CLOCK_FORMS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], Clock | list[Clock] | None]]]
_CLOCK_FORMS = [
    (re.compile(rf"({_H})\s*[:.]\s*(\d{{2}})(?:\s*uhr)?{_MER}"),
     lambda m: _clock(int(m[1]), int(m[2]), m[3]) if not (int(m[1]) == 0 and m[3]) else None),
    (re.compile(rf"({_H})\s*uhr(?:\s*(\d{{1,2}}))?{_MER}"),
     lambda m: _clock(int(m[1]), int(m[2] or 0), m[3])),
    (re.compile(rf"({_H})\s*(?:oclock|o clock)?\s*({_AM}|pm)"), lambda m: _clock(int(m[1]), 0, m[2])),
    (re.compile(rf"({_H})\s*oclock"), lambda m: _clock(int(m[1]), 0)),
    (re.compile(r"(\d{1,2})(\d{2})"), lambda m: _four_digits(m[0], int(m[1]), int(m[2]))),
    (re.compile(rf"({_H})(?:\s+(\d{{2}}))?{_MER}"), lambda m: _clock(int(m[1]), int(m[2] or 0), m[3])),
    (re.compile(rf"({_H})\s+(?:minuten\s+)?(vor|nach)\s+halb\s+({_H})"),
     lambda m: _before_hour(int(m[3]), 30 + (int(m[1]) if m[2] == "nach" else -int(m[1])))
     if int(m[1]) < 30 else None),
    (re.compile(rf"halb\s+({_H}){_MER}"), lambda m: _with_meridiem(_before_hour(int(m[1]), 30), m[2])),
    (re.compile(rf"(?:drei\s*viertel|3\s+viertel)\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_before_hour(int(m[1]), 45), m[2])),
    (re.compile(rf"viertel\s+nach\s+({_H}){_MER}"), lambda m: _with_meridiem(_clock(int(m[1]), 15), m[2])),
    (re.compile(rf"viertel\s+vor\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_before_hour(int(m[1]), 45), m[2])),
    (re.compile(rf"viertel\s+({_H}){_MER}"), lambda m: _with_meridiem(_before_hour(int(m[1]), 15), m[2])),
    (re.compile(rf"({_H})\s+(?:minuten\s+)?nach\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_clock(int(m[2]), int(m[1])), m[3]) if int(m[1]) < 30 else None),
    (re.compile(rf"({_H})\s+(?:minuten\s+)?vor\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_before_hour(int(m[2]), 60 - int(m[1])), m[3])
     if 0 < int(m[1]) <= 30 else None),
    (re.compile(rf"(?:a\s+)?quarter\s+(?:past|after)\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_clock(int(m[1]), 15), m[2])),
    (re.compile(rf"(?:a\s+)?quarter\s+(?:to|of|before|till|til|until)\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_before_hour(int(m[1]), 45), m[2])),
    (re.compile(rf"half\s+past\s+({_H}){_MER}"), lambda m: _with_meridiem(_clock(int(m[1]), 30), m[2])),
    # English "half three" is British for half past three (3:30); German "halb drei" is
    # parsed above, so an English phrase is read the English way
    (re.compile(rf"half\s+({_H}){_MER}"), lambda m: _with_meridiem(_clock(int(m[1]), 30), m[2])),
    (re.compile(rf"({_H})\s+(?:minutes\s+)?(?:past|after)\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_clock(int(m[2]), int(m[1])), m[3]) if int(m[1]) < 60 else None),
    (re.compile(rf"({_H})\s+(?:minutes\s+)?(?:to|of|before|till|til)\s+({_H}){_MER}"),
     lambda m: _with_meridiem(_before_hour(int(m[2]), 60 - int(m[1])), m[3])
     if 0 < int(m[1]) <= 30 else None),
    (re.compile(r"(?:12\s+)?(?:noon|midday|mittag|12\s+uhr\s+mittags?)"), lambda m: Clock(12, 0, fixed=True)),
    (re.compile(r"midnight|mitternacht"), lambda m: Clock(0, 0, fixed=True)),
]  # fmt: skip


def _with_meridiem(clock: Clock | None, meridiem: str | None) -> Clock | None:
    if clock is None or meridiem is None:
        return clock
    if clock.hour > 12:
        return None
    return Clock(clock.hour, clock.minute, meridiem)  # type: ignore[arg-type]


def parse_clock(text: str) -> list[Clock] | None:
    """One clock phrase (the whole text) -> its readings as said; None
    when it is no clock time, [] when it looks like one but does not exist ("25 Uhr")."""
    text = re.sub(r"^(?:um|at|punkt|genau\s+um|exactly\s+at|so\s+um)\s+", "", text.strip())
    text = re.sub(r"\s+hours?$", "", text)  # "1500 hours", "14 30 hours": the 24-hour clock
    text = re.sub(r"\s+uhr$", "", text) if not re.search(r"\d\s*[:.]\s*\d", text) else text
    for pattern, build in _CLOCK_FORMS:
        m = pattern.fullmatch(text)
        if m:
            made = build(m)
            if made is None:
                return []
            return made if isinstance(made, list) else [made]
    return None


# Any one clock phrase, for the patterns below. `_C` needs a mark that it is a time ("Uhr", ":",
# "halb", "pm", ...); `_CB` also takes a bare hour, where the words around make it a time.
_C_MARKED = (
    rf"{_H}\s*:\s*\d{{2}}(?:\s*uhr)?{_MER_NC}|{_H}\.\d{{2}}\s*uhr|{_H}\s*uhr(?:\s*\d{{1,2}}(?![\d.:]|\s*uhr))?{_MER_NC}"
    # "seven thirty pm": hour and minutes in words; never a slash date's month ("21/4, 10am")
    rf"|(?<![\d/]){_H}\s+\d{{2}}\s*(?:{_AM}|pm)\b"
    rf"|{_H}\s*(?:oclock\s*)?(?:{_AM}|pm)\b|{_H}\s*oclock"
    rf"|(?:{_H}\s+(?:minuten\s+)?(?:vor|nach)\s+)?halb\s+{_H}{_MER_NC}"
    rf"|(?:drei\s*viertel|3\s+viertel)\s+{_H}{_MER_NC}|viertel\s+(?:nach\s+|vor\s+)?{_H}{_MER_NC}"
    rf"|{_H}\s+(?:minuten\s+)?(?:nach|vor)\s+{_H}(?!\s*[.:]\d){_MER_NC}"
    rf"|(?:a\s+)?quarter\s+(?:past|after|to|of|before|till|til|until)\s+{_H}{_MER_NC}"
    rf"|half\s+(?:past\s+)?{_H}{_MER_NC}"
    # US "ten of four", "five till six": minutes before the hour, as "ten to four"
    rf"|{_H}\s+(?:minutes\s+)?(?:past|after|to|of|till|til)\s+{_H}{_MER_NC}"
    r"|(?:12\s+)?(?:noon|midday)|12\s+uhr\s+mittags?|midnight|mitternacht"
)
_C_DOT = rf"{_H}\.\d{{2}}(?![.\d])(?:\s*uhr)?{_MER_NC}"


# In the date field a dotted number is a date ("am 10.12") unless it cannot be one: minutes that
# are no month ("10.30 Wednesday", "Freitag 9.45") or "um" / "at" before it ("um 10.15 am Donnerstag")
_C_DOT_IN_DATE = (
    rf"(?<![\d.]){_H}\.(?:1[3-9]|[2-5]\d)(?![.\d])(?:\s*uhr)?{_MER_NC}"
    rf"|(?:(?<=\bum\s)|(?<=\bat\s)){_H}\.[0-5]\d(?![.\d])(?:\s*uhr)?{_MER_NC}"
)


_DAY_OF_MONTH = rf"\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTH_RE})\b"


def _clock_res(role: str) -> tuple[str, str]:
    marked = _C_MARKED + (f"|{_C_DOT}" if role == "time" else f"|{_C_DOT_IN_DATE}")
    # "from 17 December": a day of a month, never the hour 17
    bare = rf"{marked}|{_H}(?!{_DAY_OF_MONTH})(?:\s+\d{{2}})?(?![\d.:/])(?:\s*uhr|\s*hours?\b)?"
    # "um 1500", "at 1530", "fünfzehnhundert" (normalized to 1500), "1000 hours": three or four
    # digits after a word making them a time ("um", "at", "gegen", "ab", ...), in both fields
    bare += r"|\d{3,4}(?![\d.:/])(?:\s*uhr|\s*hours?\b)?"
    return f"(?:{marked})", f"(?:{bare})"


# -- parts of the day --------------------------------------------------------------------------

_NAMED_DAYWORDS = "|".join(sorted(DAY_WORD_PREFIXES, key=len, reverse=True))  # "Silvestermorgen"
_DAYWORD = (
    rf"(?:{_NAMED_DAYWORDS}|{NEAR_DAY_RE}|{WEEKDAY_RE}"
    r"|\d{1,2}\.(?:\d{1,2}\.)?)"
)
# who opens and the verbs of opening, for "sobald Sie aufmachen", "wenn der Laden öffnet"
_THEY = r"(?:sie|ihr|du|der\s+laden|der\s+salon|das\s+geschaeft)(?:\s+(?:morgens|frueh|dann))?"
_OPENS = r"auf(?:machen|macht|sperren|sperrt)|oeffnen|oeffnet"
# "früh" / "spät" as adjectives before a part of the day, positive or comparative: "am frühen",
# "frühere", "späterer", "am späteren"
_EARLY_ADJ = r"frueh(?:er)?e[nrs]?"
_LATE_ADJ = r"spaet(?:er)?e[nrs]?"
_LATE_EN = (
    r"(?:(?:in\s+)?the\s+later\s+part\s+of\s+the\s+|(?:in\s+the\s+)?later\s+"
    r"|later?\s+(?:on\s+)?(?:in\s+the\s+)?)"
)
_PART_PATTERNS: list[tuple[str, str]] = [
    # "nach Ladenschluss" (and "after you close", as `closing_words` writes it): after the salon's
    # closing, whenever that is on the day said
    (r"nach\s+(?:dem\s+)?(?:laden|geschaefts)schluss", "after_closing"),
    # "spätvormittags", "mitten am Nachmittag", "towards the end of the morning": narrowed parts
    *APPROX_PART_PATTERNS,
    # "früh am Nachmittag", "spät am Vormittag": the part with its qualifier after, as "am frühen"
    (r"(?:am\s+)?fruehe[nr]?\s+abend|fruehabends?|(?:in\s+the\s+)?early\s+(?:in\s+the\s+)?evening"
     r"|frueh\s+am\s+abend",
     "early_evening"),
    (r"vor\s+(?:dem\s+)?mittag(?:essen)?|vor\s+der\s+mittagspause|before\s+lunch(?:\s*time)?",
     "morning"),
    (r"ab\s+mittags?|from\s+lunch\s*time", "afternoon"),
    # "gleich / direkt nach der Mittagspause", "right after lunch": the salon lists no lunch break,
    # so lunch ends about 13:00 and "gleich" narrows to that start (13:00-14:00), never the whole
    # afternoon that "nach dem Mittagessen" / "after lunch" leave open
    (r"(?:gleich|direkt|unmittelbar|sofort|kurz)\s+nach\s+(?:dem\s+)?(?:mittag(?:essen)?|der\s+"
     r"mittagspause|(?:der\s+)?mittagszeit)|(?:right|straight|just|directly|immediately)\s+after"
     r"\s+(?:the\s+)?lunch(?:\s*(?:time|break))?", "right_after_lunch"),
    # the adjective also as a comparative ("am früheren Nachmittag", "späterer Vormittag"), the
    # English also as "later in the morning", "the later part of the afternoon"
    (rf"(?:(?:am|im)\s+)?{_EARLY_ADJ}\s+nachmittag|early\s+(?:in\s+the\s+)?afternoon"
     r"|frueh\s+am\s+nachmittag",
     "early_afternoon"),
    (rf"(?:(?:am|im)\s+)?{_LATE_ADJ}\s+nachmittag|spaetnachmittags?|{_LATE_EN}afternoon"
     r"|spaet(?:er)?\s+(?:am|im)\s+nachmittag",
     "late_afternoon"),
    (rf"(?:(?:am|im)\s+)?{_LATE_ADJ}\s+vormittag|{_LATE_EN}morning|spaet(?:er)?\s+(?:am|im)\s+vormittag",
     "late_morning"),
    # "so früh wie möglich": the day's earliest times; of a day already begun, from now on
    # "als Erstes", "first thing", "in aller Frühe", "zur Öffnung", "sobald Sie aufmachen": the day's opening time
    (r"(?:so\s+)?(?:frueh|zeitig)\s+(?:wie|als)\s+(?:moeglich|es\s+geht)|moeglichst\s+(?:frueh|zeitig)"
     r"|so\s+(?:frueh|zeitig)\s+(?:es|s)\s+(?:geht|gehen\s+\w+)"
     r"|as\s+early\s+as\s+possible|(?:gleich\s+|direkt\s+)?zuerst"
     # "in aller Frühe", "in aller Herrgottsfrüh": at the very first hour, the opening
     r"|in\s+aller\s+(?:herrgotts)?fruehe?|(?:in\s+der\s+)?herrgottsfruehe?"
     # "gleich morgens", "heute früh gleich": right at the morning's start, the opening
     r"|(?:gleich|direkt)\s+(?:morgens|frueh|in\s+der\s+fruehe?)|frueh\s+gleich\b"
     r"|first\s+thing(?:\s+in\s+the\s+morning)?"
     r"|(?:gleich\s+|direkt\s+)?(?:zur|bei|mit\s+der)\s+(?:laden|geschaefts)?oeffnung"
     # "sobald Sie aufhaben" is the opening; "wenn Sie offen haben" is any time they are open
     rf"|(?:gleich\s+|direkt\s+)?sobald\s+{_THEY}\s+(?:{_OPENS}|auf(?:habt|haben|hat)|offen\s+ha\w*)"
     rf"|(?:gleich\s+|direkt\s+)?wenn\s+{_THEY}\s+(?:{_OPENS})"
     r"|(?:as\s+soon\s+as|when|once)\s+you\s+open|at\s+opening(?:\s+time)?", "as_early_as_possible"),
    (r"(?:ganz\s+|sehr\s+)?frueh\s+(?:am\s+morgen|morgens)|fruehmorgens|early\s+(?:in\s+the\s+)?morning"
     r"|ganz\s+frueh|sehr\s+frueh|bright\s+and\s+early"
     r"|(?:recht\s+|ganz\s+|sehr\s+|so\s+)?zeitig"
     r"|early(?:\s+in\s+the\s+day)?(?!\s+(?:next|this|of|in|the|week|month|year|" + MONTH_RE + r"))",
     "early"),
    # "Morgen", "früh" are the early part of the day; the "Vormittag" runs to noon, and so does
    # the English "morning" (English has no word between: "Saturday morning" is 09:00-12:00)
    (r"(?:am\s+|in\s+the\s+|this\s+)?(?:vormittags?|forenoon|morning)", "morning"),
    # "in der Früh" and the older dative "in der Frühe" alike
    (r"(?:am\s+)?morgens|am\s+morgen|in\s+der\s+fruehe?|frueh", "early"),
    (r"nach\s+(?:der|meiner|unserer|dem|meinem|unserem)\s+(?:mittags?ruhe|mittagsschlaf"
     r"|mittagsschlaefchen|mittagsnickerchen|nickerchen|siesta)"
     r"|after\s+(?:my|our|the)\s+(?:afternoon\s+|midday\s+)?(?:nap|rest|siesta|lie\s+down)",
     "after_own_rest"),
    # "nach dem Mittagessen", "after lunch": open towards the evening, unlike "nachmittags"
    # ("nach mittag" without its article is the split "Nachmittag": the afternoon, below)
    (r"nach\s+(?:dem\s+mittag(?:essen)?|der\s+mittagspause|mittagessen)|after\s+lunch(?:\s*time)?",
     "after_lunch"),
    # "in meiner Mittagspause", "während meiner Mittagspause", "on my lunch break", "in my lunch
    # hour": the caller's own break (W22), asked; "in der Mittagspause", "at lunch" stay the midday
    (r"(?:in|waehrend|wahrend|zu|ueber)\s+(?:meiner|unserer)\s+(?:mittags)?pause"
     r"|(?:meine|unsere)\s+mittagspause"
     r"|(?:on|during|in|at|over)\s+(?:my|our)\s+(?:lunch\s*(?:break|hour)|lunch(?:time)?|break)"
     r"|my\s+lunch\s*(?:break|hour)",
     "own_break"),
    (r"(?:um\s+die\s+|zur\s+|ueber\s+|in\s+der\s+|am\s+)?(?:mittagszeit|mittagspause|mittags?)"
     r"|(?:at\s+|around\s+|over\s+)?lunch\s*time|(?:at|around|over|during)\s+lunch"
     r"|(?:on|during|in|at)\s+the\s+lunch\s*(?:break|hour)",
     "midday"),
    (r"(?:am\s+|in\s+the\s+|this\s+)?(?:nachmittags?|afternoon)|nach\s+mittag", "afternoon"),
    (r"(?:(?:gleich|direkt|kurz|sofort)\s+)?(?:nach\s+(?:der\s+|meiner\s+)?(?:arbeit|schule|uni)|nach\s+(?:dem\s+)?"
     r"(?:feierabend|dienst|buero|schule|uni)|nach\s+(?:dem\s+|meinem\s+)?job|after\s+(?:work|school"
     r"|the\s+office|my\s+shift)|when\s+i\s+(?:get\s+off|finish)\s+work|wenn\s+ich\s+"
     r"(?:frei\s+habe|feierabend\s+habe|aus\s+der\s+arbeit\s+komme))", "after_work"),
    # English "Thursday night", "tomorrow night at seven": the evening ("at night" is the night)
    (r"(?:am\s+|in\s+the\s+|this\s+)?(?:abends?|evening)|tonight|(?<!\bat\s)(?<!\bin\s)night"
     # "Thursday eve": a weekday's evening (never "Christmas Eve", a named day)
     r"|(?<=day\s)eve|(?:am\s+)?spaete[nr]?\s+abend"
     # the southern "auf d'Nacht", "auf die Nacht": this evening's, the evening (round 58)
     r"|auf\s+d(?:ie)?\s*nacht", "evening"),
    # "so spät wie möglich", "der letzte Termin": the day's last start, as "so früh wie möglich"
    # is its opening time; "eher spät", "spät am Tag" are the day's last hours (a window)
    (r"(?:so\s+)?spaet\s+(?:wie|als)\s+(?:moeglich|es\s+geht)|moeglichst\s+spaet"
     r"|so\s+spaet\s+(?:es|s)\s+(?:geht|gehen\s+\w+)|as\s+late\s+as\s+(?:possible|you\s+can)"
     # (never the caller's own: "nach meinem letzten Termin", "my last appointment", a visit)
     r"|(?<!meinem\s)(?<!unserem\s)(?:der\s+|den\s+)?letzte[nr]?\s+termin"
     r"(?:\s+(?:des|am|vom)\s+tag(?:es)?)?"
     r"|(?<!my\s)(?<!our\s)(?:the\s+)?(?:last|latest)\s+(?:appointment|slot|time)"
     r"(?:\s+of\s+the\s+day)?"
     # "den spätesten Termin", "Ihren letztmöglichen", "spätestmöglich": the superlatives
     r"|(?:(?:de[nrm]|ihre[nrm]?|am)\s+)?(?:spaeteste[nrms]?|(?:spaetest|letzt)moeglich(?:e[nrms]?)?)"
     r"(?:\s+(?:termin|zeitpunkt|uhrzeit|zeit))?", "as_late_as_possible"),
    (r"(?:so|ganz|eher|sehr)\s+spaet"
     r"|spaet\s+am\s+tag|late\s+in\s+the\s+day|(?:kurz\s+)?vor\s+(?:laden|geschaefts)schluss"
     # "end of day", "kurz vor Feierabend" (the salon's: the caller's own is "nach Feierabend")
     r"|(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?day|kurz\s+vor\s+(?:ihrem\s+|dem\s+)?feierabend"
     r"|spaet"
     r"|late(?!\s+(?:next|this|of|in|the|week|month|year|" + MONTH_RE + r"))", "late"),
    (r"nachts|in\s+der\s+nacht|at\s+night", "night"),
]  # fmt: skip
_ANY = (
    r"egal\s+wann|(?:zu\s+)?jede[rn]?\s+(?:uhr)?zeit|jederzeit|den\s+ganzen\s+tag|ganztags"
    r"|ganz\s+egal|egal|flexibel|any\s*time|whenever|wann\s+immer|beliebig|doesnt\s+matter"
    r"|irgendwann|(?:ganz\s+)?gleich\s+wann|no\s+matter\s+when|whatever\s+time|(?:at\s+)?any\s+hour"
    # "keine bestimmte Zeit" leaves the time open; "keine Zeit" alone is having none (not read)
    r"|(?:keine|no)\s+(?:(?:bestimmte|besondere|particular|specific)\s+(?:uhrzeit|zeit|time)"
    r"|uhrzeit|praeferenz|preference)"
    # the time left to the salon: "wann es Ihnen passt", "wie's Ihnen am besten passt"
    r"|(?:wann|wie)(?:\s*s|\s+es)?\s+(?:ihnen\s+|dir\s+|euch\s+)?(?:am\s+besten\s+|gerade\s+"
    r"|grad\s+|so\s+)?passt|when\w*\s+(?:it\s+)?suits(?:\s+you)?|whatever\s+suits(?:\s+you)?"
)


# -- the patterns, most specific first ----------------------------------------------------------

# Noon is a clock time, not only a part of the day: "gegen Mittag" is about 12:00, while
# "mittags" / "über Mittag" is the midday part.
_NOON = r"mittag\b(?!s)"
_HALF_COUNTS = {
    "ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10,
}  # fmt: skip
# "in einer Stunde", "in 20 Minuten" ("in 20 min"), "in zweieinhalb Stunden", "in two and a
# half hours", "in an hour and a half", "in a quarter of an hour", "in about an hour" ("about"
# adds nothing: the window around it is searched anyway)
_FROM_NOW = (
    r"\bin\s+(?:(?:about|around|roughly|approximately|etwa|ungefaehr|circa|ca|so)\s+)?(?:"
    r"(?P<n>\d+|einer|einem|ein|eine|a|an|one)\s+(?P<unit>stunden?|hours?|minuten|minutes?|mins?)"
    r"(?P<and_half>\s+and\s+a\s+half)?"
    r"|(?P<n_half>\d+|" + "|".join(_HALF_COUNTS) + r")\s*einhalb\s+stunden"
    r"|(?P<n_and_half>\d+)\s+and\s+a\s+half\s+hours"
    r"|(?:(?:einer|eine|ner)\s+)?(?P<half>halben?)\s+stunde|(?P<half_en>half)\s+an\s+hour"
    r"|(?P<one_half>anderthalb)\s+stunden"
    r"|(?:(?:einer|eine|ner|ne)\s+)?(?P<quarters>dreiviertel|3\s+viertel|viertel)\s*stunden?"
    r"|(?:a\s+)?(?P<quarters_en>quarter|3\s+quarters)\s+of\s+an\s+hour)\b"
)
# ("a quarter after eleven", "quarter till five": the minutes of a clock time, not a bound)
# what softens a clock time after "bis" / "until" ("bis etwa drei", "until about three")
_ROUGHLY_BEFORE = (
    r"(?:gegen|ungefaehr|ungefahr|etwa|circa|ca|zirka|rund|around|about|approximately|roughly)"
)
_NOT_AFTER_NUMBER = r"(?<!\d\s)(?<!\d)(?<!viertel\s)(?<!minuten\s)(?<!minutes\s)(?<!quarter\s)\b"


def _patterns(role: str) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], TimeTerm]]]:
    c, cb = _clock_res(role)
    p: list[tuple[str, Callable[[re.Match[str]], TimeTerm]]] = [
        # "eine Stunde vor Ladenschluss", "an hour after you open": from the day's own hours
        # "in der letzten Stunde vor Ladenschluss" (before its length is read as one)
        (LAST_STRETCH, lambda m: TimeTerm("part", m[0], part=_last_stretch_part(m))),
        (ANCHORED, _anchored),
        (_FROM_NOW, _from_now),
        # the end may be softened ("von Mittag bis etwa drei", "between noon and about three")
        (rf"\b(?:zwischen|between)\s+(?:um\s+)?({cb}|{_NOON})\s+(?:und|and)\s+(?:so\s+)?"
         rf"(?:{_ROUGHLY_BEFORE}\s+)?(?:um\s+)?({cb})(?:\s*uhr)?",
         lambda m: _between(m, m[1], m[2])),
        (rf"\b(?:von|from)\s+(?:um\s+)?({cb}|{_NOON})\s+(?:bis|to|till|until)\s+(?:so\s+)?"
         rf"(?:{_ROUGHLY_BEFORE}\s+)?(?:um\s+)?({cb})(?:\s*uhr)?",
         lambda m: _between(m, m[1], m[2])),
        (rf"(?<![\d.:])({c})\s*(?:-|bis)\s*({cb})(?:\s*uhr)?|(?<![\d.:])({cb})\s*(?:-|bis)\s*({c})",
         lambda m: _between(m, m[1] or m[3], m[2] or m[4])),
        (rf"(?<![\d.:])({_H})\s*(?:-|bis)\s*({_H})\s*uhr", lambda m: _between(m, m[1], m[2])),
        (rf"\bkurz\s+(nach|vor)\s+(?:um\s+)?({cb})|\b(?:just|shortly|a\s+little)\s+(after|before)"
         rf"\s+({cb})",
         lambda m: _around(m, m[2] or m[4], (0, 30) if (m[1] or m[3]) in ("nach", "after") else (30, 0))),
        # "bis etwa drei", "until about three": the window's end, softened, still its end (W29);
        # before the approximate time below, which would leave "bis" unread
        (rf"\b(?:bis|until|till|til)\s+(?:so\s+)?{_ROUGHLY_BEFORE}\s+"
         rf"(?:um\s+|at\s+)?({cb})(?:\s*uhr)?",
         lambda m: _bound(m, "before", m[1], inclusive=True)),
        (rf"\b(?:so\s+)?(?:gegen|ungefaehr|ungefahr|etwa|circa|ca|zirka|rund|around|about|"
         rf"approximately|approx|roughly)\s+(?:um\s+|at\s+)?({cb}|{_NOON})(?:\s+(?:rum|herum|oder\s+so))?"
         rf"|\bso\s+(?:um\s+)?({cb}|{_NOON})(?:\s+(?:rum|herum))?|\bum\s+({cb}|{_NOON})\s+(?:rum|herum)"
         rf"|(?<![\d.:])({cb})\s*(?:ish|oder\s+so|or\s+so|give\s+or\s+take)\b"
         rf"|\b({_NOON})\s+(?:rum|herum|oder\s+so)\b",
         lambda m: _around(m, m[1] or m[2] or m[3] or m[4] or m[5], (30, 30))),
        # "no later than 1 pm": a bound, not "no" (an exclusion) and "later than 1 pm" (from 1)
        (rf"\bno\s+(later|earlier)\s+than\s+(?:at\s+)?({cb})",
         lambda m: _bound(m, "before" if m[1] == "later" else "after", m[2],
                          inclusive=m[1] == "later")),
        (rf"\b(?:nicht|not)\s+(vor|nach|before|after|frueher\s+als|spaeter\s+als|earlier\s+than"
         rf"|later\s+than)\s+(?:um\s+|at\s+|dem\s+)?({cb}|{_NOON})",  # "nicht vor Mittag"
         lambda m: _bound(m, "after" if m[1] in ("vor", "before", "frueher als", "earlier than")
                          else "before", m[2], inclusive=True)),
        (rf"{_NOT_AFTER_NUMBER}(?:ab|nach|fruehestens(?:\s+um|\s+ab)?|nicht\s+vor|after|from"
         rf"|not\s+before|no\s+earlier\s+than|any\s*time\s+after|later\s+than|spaeter\s+als)"
         rf"\s+(?:um\s+|at\s+)?({cb})",
         lambda m: _bound(m, "after", m[1])),
        (rf"{_NOT_AFTER_NUMBER}(spaetestens(?:\s+um|\s+bis)?|bis\s+spaetestens|no\s+later\s+than"
         rf"|by|nicht\s+nach|not\s+after)\s+(?:um\s+|at\s+)?({cb})",
         lambda m: _bound(m, "before", m[2], inclusive=True)),
        (rf"{_NOT_AFTER_NUMBER}(?:vor|bis|before|until|till|earlier\s+than|frueher\s+als)\s+"
         rf"(?:um\s+|at\s+)?({cb})",
         lambda m: _bound(m, "before", m[1])),
        # "Punkt 12 Uhr": at 12 sharp, the word with it
        (rf"(?<![\w.:])(?:punkt\s+)?({c})", lambda m: _at(m, m[1])),
        (rf"\b(?:um|at|punkt|genau\s+um|exactly\s+at)\s+({cb})", lambda m: _at(m, m[1])),
    ]  # fmt: skip
    for part_re, name in _PART_PATTERNS:
        p.append(
            (
                rf"\b(?:(?:so\s+)?(?:gegen|around|towards?)\s+)?(?:{part_re})\b",
                lambda m, name=name: TimeTerm("part", m[0], part=PARTS[name]),
            )
        )
    if role == "time":
        p.append((rf"\b(?:{_ANY})\b", lambda m: TimeTerm("any", m[0])))
        p.append((rf"(?<![\w.:/])({cb})(?![\w.:/])", lambda m: _at(m, m[1])))
    return [(re.compile(pattern), fn) for pattern, fn in p]


def _anchored(m: re.Match[str]) -> TimeTerm:
    """'eine Stunde vor Ladenschluss': from the day's edge; said as a bound, not read (asked)."""
    if bounded(m):
        return TimeTerm("at", m[0], invalid=m[0])
    return TimeTerm("anchored", m[0], anchor=anchor(m))


def _last_stretch_part(m: re.Match[str]) -> Part:
    """'in der letzten Stunde vor Ladenschluss': the day's last stretch, measured from closing."""
    return Part("last_stretch", last_stretch(m), 0, "pm", late=True)


def _at(m: re.Match[str], clock_text: str) -> TimeTerm:
    readings = parse_clock(clock_text)
    if not readings:
        return TimeTerm("at", m[0], invalid=clock_text)
    if len(readings) > 1:
        return TimeTerm("ambiguous", m[0], clocks=tuple(readings))
    return TimeTerm("at", m[0], clocks=(readings[0],))


def _from_now(m: re.Match[str]) -> TimeTerm:
    """'in einer Stunde', 'in 20 Minuten', 'in half an hour', 'in zweieinhalb Stunden': counted
    from the moment said."""
    if m["n"]:
        n = int(m["n"]) if m["n"].isdigit() else 1
        hours = m["unit"].startswith(("stunde", "hour"))
        minutes = n * (60 if hours else 1) + (30 if hours and m["and_half"] else 0)
    elif m["n_half"]:
        count = m["n_half"]
        minutes = (int(count) if count.isdigit() else _HALF_COUNTS[count]) * 60 + 30
    elif m["n_and_half"]:
        minutes = int(m["n_and_half"]) * 60 + 30
    elif m["quarters"] or m["quarters_en"]:
        minutes = 15 if (m["quarters"] or m["quarters_en"]) in ("viertel", "quarter") else 45
    else:
        minutes = 30 if (m["half"] or m["half_en"]) else 90
    return TimeTerm("from_now", m[0], from_now=minutes, span=(30, 30))


def _around(m: re.Match[str], clock_text: str, span: tuple[int, int]) -> TimeTerm:
    readings = parse_clock(clock_text)
    if not readings or len(readings) > 1:
        return _at(m, clock_text)
    return TimeTerm("around", m[0], clocks=(readings[0],), span=span)


def _bound(m: re.Match[str], kind: Kind, clock_text: str, inclusive: bool = False) -> TimeTerm:
    readings = parse_clock(clock_text)
    if not readings or len(readings) > 1:
        return _at(m, clock_text)
    return TimeTerm(kind, m[0], clocks=(readings[0],), inclusive=inclusive)


def _between(m: re.Match[str], a: str, b: str) -> TimeTerm:
    first, second = parse_clock(a), parse_clock(b)
    if not first or not second or len(first) > 1 or len(second) > 1:
        return TimeTerm("between", m[0], invalid=m[0])
    return TimeTerm("between", m[0], clocks=(first[0], second[0]))


_COMPILED: dict[str, list] = {}

# "morgen 10", "heute 15": a bare number right after a relative day is an hour, not a date.
# Not minutes before or after an hour ("morgen fünf nach neun": 09:05, never the hour 5), nor
# the "drei" of "dreiviertel" ("heute dreiviertel zwölf": 11:45, never 15:00, round 61).
_HOUR_AFTER_RELATIVE_DAY = re.compile(
    rf"\b({NEAR_DAY_RE})\s+(\d{{1,2}})(?:\s+(\d{{2}}))?(?![\d.:/])"
    r"(?!\s*(?:uhr|am|pm|tage|wochen|days|weeks|viertel\b))"
    r"(?!\s+(?:minuten\s+|minutes\s+)?(?:vor|nach|past|after|to|of|before)\s+(?:halb\s+)?\d)"
)

# "heute morgen", "Freitag Morgen", "morgen morgen": after a day word "morgen" is the morning.
_MORNING_AFTER_DAY = re.compile(rf"\b({_DAYWORD}|am)\s+morgens?\b")


def compile_patterns() -> None:
    """Compile the patterns of both roles now (a server before its first call), not while the
    first phrase read waits (tens of ms, on the event loop inside a tool)."""
    for role in ("time", "date"):
        if role not in _COMPILED:
            _COMPILED[role] = _patterns(role)


Span = tuple[int, int, TimeTerm]  # where a time phrase was said in the text (start, end)


def time_terms(text: str, role: str) -> tuple[list[TimeTerm], str]:
    """Every time phrase in `text` (normalized) and what is left. `role` is the field it came
    from: in "time" a bare number is an hour, elsewhere it is left for the day."""
    found, rest = time_spans(text, role)
    return side_by_side(text, found), " ".join(rest.split())


def time_spans(text: str, role: str) -> tuple[list[Span], str]:
    """`time_terms` with where each was said, and what is left in the places it was said (the
    time phrases blanked out), for times found later in it."""
    found, rest = _spans(text, role)
    return list(found), rest  # a list of its own: callers add to it


# A request's phrase is read several times (each field, each reading of a correction, the
# checks before the reading), and again for every `now` it is asked at; the text and the role
# are all the result depends on (the patterns are the module's; a `TimeTerm` is frozen).
@functools.lru_cache(maxsize=4096)
def _spans(text: str, role: str) -> tuple[tuple[Span, ...], str]:
    patterns = _COMPILED.get(role)
    if patterns is None:  # once per role: re's own cache (512, oldest out) is full in a server
        patterns = _COMPILED[role] = _patterns(role)
    found: list[Span] = []
    rest = text
    for m in list(_MORNING_AFTER_DAY.finditer(rest)):
        start = m.end() - len(m[0].split()[-1])
        found.append((start, m.end(), TimeTerm("part", m[0], part=PARTS["early"])))
        keep = m[1] if m[1] != "am" else ""
        rest = rest[: m.start()] + keep.ljust(m.end() - m.start()) + rest[m.end() :]
    if role != "time":
        for m in list(_HOUR_AFTER_RELATIVE_DAY.finditer(rest)):
            clock_text = m[2] + (f" {m[3]}" if m[3] else "")
            start = m.start(2)
            found.append((start, m.end(), _at(m, clock_text)))
            rest = rest[:start] + " " * (m.end() - start) + rest[m.end() :]
    for pattern, build in patterns:
        for m in list(pattern.finditer(rest)):
            if not m[0].strip():
                continue
            found.append((m.start(), m.end(), build(m)))
            rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    found.sort(key=lambda t: t[0])
    return tuple(found), rest


# What may stand between two clock times said side by side ("um drei, so um halb vier"); any
# other word ("oder", "und", "also", a day) keeps them apart
_BETWEEN_BESIDE = frozenset({"so", "um", "at"})


def side_by_side(text: str, found: list[Span]) -> list[TimeTerm]:
    """The terms in the order said, a clock time said right after another marked `beside`."""
    found = sorted(found, key=lambda t: t[0])
    terms: list[TimeTerm] = []
    for i, (start, _, term) in enumerate(found):
        if i and term.kind == "at" and terms[-1].kind == "at" and term.clocks:
            gap = text[found[i - 1][1] : start].split()
            if terms[-1].clocks and all(w in _BETWEEN_BESIDE for w in gap):
                term = replace(term, beside=True)
        terms.append(term)
    return terms
