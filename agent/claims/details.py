"""What a claim says about the appointment: day, date, time, stylist, service.

"Ihr Termin am Samstag ist gebucht" after a booking on Friday is false although a booking exists,
so the decision needs the details a claim names. Read from the folded text of the claim's clause
(and the verbless fragments around it: "Am Freitag, 28. November, um 10 Uhr ist ..."). A move names
two places: "von Freitag auf Donnerstag" -> Friday is where it was (`old`), Thursday where it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache, cached_property, lru_cache

from agent.claims import morph
from agent.claims.lazy_pattern import lazy
from agent.claims.memo import per_text
from agent.claims.normalize import normalize
from tools.service_words import CONCEPTS, concept_of, known_parts
from tools.stylist_title import title_for
from tools.text_fold import fold

# fmt: off
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
    # Swiss German as a transcript writes it ("am Friitig", "uf Donnschtig")
    "mäntig": 0, "zischtig": 1, "mittwuch": 2, "donnschtig": 3, "dunnschtig": 3,
    "donnerschtig": 3, "friitig": 4, "fritig": 4, "frytig": 4, "freitig": 4, "samschtig": 5,
}
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "october": 10,
    "december": 12,
}
NUMBERS = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40,
    "fünfundvierzig": 45, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "noon": 12,
    "mittag": 12,
    # Bavarian, Austrian and Swiss hours ("um zehne", "am zähni")
    "zehne": 10, "zähni": 10, "zehni": 10, "elfe": 11, "elfi": 11, "zwölfe": 12, "zwölfi": 12,
    "neuni": 9, "achti": 8, "drüü": 3,
}
RELATIVE_DAYS = {"heute": 0, "today": 0, "tonight": 0, "morgen": 1, "tomorrow": 1,
                 "übermorgen": 2}
AFTERNOON = ("nachmittag", "abend", "afternoon", "evening", "pm", "p.m", "at night", "nachts")
MORNING = ("vormittag", "morgens", "morning", "früh", "am", "a.m")
# ("tagen", "days": a day counted from today, "in drei Tagen", claims135)
TIME_WORDS = frozenset({
    "uhr", "o'clock", "am", "pm", "halb", "viertel", "dreiviertel", "nach", "vor", "past", "to",
    "half", "quarter", "vormittag", "nachmittag", "vormittags", "nachmittags", "morgens",
    "abends", "mittags", "abend", "morning", "afternoon", "evening", "noon", "mittag", "um",
    "at", "den", "der", "the", "on", "of", "zum", "bis", "früh", "in", "a.m", "p.m", "h",
    "night", "nachts", "hundred", "hours", "tagen", "days",
})
# fmt: on
_NUM = "|".join(sorted((re.escape(k) for k in NUMBERS), key=len, reverse=True))
_H = rf"(\d{{1,2}}|{_NUM})"
_DAY_OF_WEEK = "|".join(WEEKDAYS)
_MONTH = "|".join(MONTHS)


class Role(StrEnum):
    ANY = "any"  # the appointment as it is (or, for a move, as it was or is)
    OLD = "old"  # where a moved appointment was ("von Freitag", "instead of Friday")
    NEW = "new"  # where it is now ("auf Donnerstag", "to Thursday")


@dataclass(frozen=True)
class Details:
    """The particulars one part of a claim names; empty sets name nothing."""

    weekdays: frozenset[int] = frozenset()
    days: frozenset[int] = frozenset()  # day of month
    months: frozenset[int] = frozenset()
    relative_days: frozenset[int] = frozenset()  # 0 today, 1 tomorrow, 2 day after
    times: frozenset[tuple[int, int, bool]] = frozenset()  # (hour, minute, hour is certain)
    stylists: frozenset[str] = frozenset()  # display names
    services: frozenset[frozenset[str]] = frozenset()  # each mention: the services it may mean
    weeks: frozenset[int] = frozenset()  # calendar weeks from now: 0 this week, 1 next week
    # a move by an amount: (minutes or days, "minute" | "day", +1 later / -1 earlier / 0 either;
    # "clock": the hour kept; "way", 1: the direction alone, move_direction.py)
    shifts: frozenset[tuple[int, str, int]] = frozenset()
    # the visit's end said beside its start ("von zehn bis elf": (11, 0, False)) and its length
    # in minutes ("dauert eine halbe Stunde": 30): held to the appointment's (visit_length.py)
    ends: frozenset[tuple[int, int, bool]] = frozenset()
    lengths: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        return not (
            self.ends
            or self.lengths
            or self.weeks
            or self.shifts
            or self.weekdays
            or self.days
            or self.months
            or self.relative_days
            or self.times
            or self.stylists
            or self.services
        )


@dataclass(frozen=True)
class ClaimDetails:
    """The details of a claim by role (see `Role`); `several`: it is about more than one
    appointment ("Beide Termine sind gebucht", "Ihre Tochter ist ebenfalls eingetragen");
    `together`: every detail it names holds for two of them ("Sie beide sind am Freitag");
    `count`: how many appointments it says are in the claimed state ("Alle drei Termine sind
    gebucht": 3); `among`: how many the caller has at least ("Einer der beiden ist storniert": 2);
    `adjacent`: two of them on one day, one after or beside the other ("Ihr Partner ist direkt
    nach Ihnen dran", blind 33: `side_by_side`); `only`: it is the caller's only one in that state ("Sie haben nur einen Termin")."""

    parts: tuple[tuple[Role, Details], ...] = field(default=())
    several: bool = False
    together: bool = False
    count: int = 0
    among: int = 0
    adjacent: bool = False
    only: bool = False

    def of(self, role: Role) -> Details:
        merged = [d for r, d in self.parts if r is role]
        return _merge(merged)

    @property
    def empty(self) -> bool:
        return all(d.empty for _, d in self.parts) and not self.several

    @property
    def one_value_each(self) -> bool:
        """Whether it names something, and no more than one value of each kind: said of two
        appointments at once ("Beide Termine sind jetzt bei Fabian"), it holds for both."""
        merged = _merge(d for _, d in self.parts)
        values = [getattr(merged, name) for name in Details.__dataclass_fields__]
        return any(values) and all(len(v) <= 1 for v in values)


def _merge(details: Iterable[Details]) -> Details:
    out: dict[str, frozenset] = {}
    for d in details:
        for name in Details.__dataclass_fields__:
            out[name] = out.get(name, frozenset()) | getattr(d, name)
    return Details(**out) if out else Details()


@dataclass(frozen=True)
class Names:
    """Stylists and services the salon has, folded for matching."""

    stylists: tuple[tuple[str, frozenset[str]], ...] = ()  # display name, its name words
    services: tuple[tuple[str, frozenset[str]], ...] = ()  # display name, name and aliases

    @classmethod
    def of(
        cls,
        stylists: Iterable[str] = (),
        services: Iterable[str] = (),
        service_aliases: Iterable[tuple[str, str]] = (),
        stylist_aliases: Iterable[tuple[str, str]] = (),
    ) -> Names:
        nicknames: dict[str, set[str]] = {}
        for alias, stylist in stylist_aliases:
            nicknames.setdefault(stylist, set()).update(normalize(alias).split())
        sty = tuple(
            (s, frozenset(w for w in {*normalize(s).split(), *nicknames.get(s, ())} if len(w) > 1))
            for s in stylists
        )
        aliases: dict[str, set[str]] = {}
        for alias, service in service_aliases:
            aliases.setdefault(service, set()).add(normalize(alias))
        srv = tuple(
            (s, frozenset({normalize(s), *aliases.get(s, ())}))
            for s in [*services, *(a for a in aliases if a not in services)]
        )
        return cls(sty, srv)

    @cached_property
    def _hash(self) -> int:
        return hash((self.stylists, self.services))  # the hash dataclass would compute

    def __hash__(self) -> int:
        """Computed once: every per-text cache of the reader is keyed by the names too."""
        return self._hash

    @cached_property  # a pure function of the names, asked per word
    def heads(self) -> frozenset[str]:
        """Last words of several-word service names: "haircut" of "men's haircut"."""
        return frozenset(f.split()[-1] for _, forms in self.services for f in forms if " " in f) - {
            "cut",
            "trim",
        }

    @cached_property
    def words(self) -> frozenset[str]:
        out: set[str] = set()
        for _, ws in self.stylists:
            out |= ws | {w + "s" for w in ws}  # "Fabians Liste"
        for _, ws in self.services:
            out |= {w for w in ws if " " not in w}  # "Haare schneiden" names no service by "Haare"
        return frozenset(out | self.group_words)

    @cached_property
    def group_words(self) -> frozenset[str]:
        """Words that name a group of services by the head their names share: "Haarschnitt",
        "Schnitt" (Herren-, Damen-, Kinderhaarschnitt), "haircut" (men's, women's, kids'
        haircut). A claim naming one names a service as much as "Dauerwelle" does (blind 29,
        claims55: "Der Schnitt am Freitag ist fest" after a Dauerwelle was booked is false)."""
        heads: dict[str, set[str]] = {}
        for service, forms in self.services:
            for f in forms:
                last = f.split()[-1]
                if " " in f and len(last) >= 6:
                    heads.setdefault(last, set()).add(service)
                elif " " not in f:
                    for k in range(1, len(f) - 5):
                        heads.setdefault(f[k:], set()).add(service)
        # a whole word of the language, not a fragment ("aarschnitt"): the lemma dictionary knows it
        return frozenset(w for w, s in heads.items() if len(s) > 1 and morph.is_known(w))


# Words after which "may" is the month ("in May", "by May", "early May").
_BEFORE_MONTH = frozenset({
    "in", "of", "for", "early", "late", "mid", "next", "this", "until", "till", "by", "since",
    "from", "during", "on", "end", "start", "beginning", "middle",
})  # fmt: skip


def may_is_month(before: str, after: str) -> bool:
    """ "in May", "5 May", "May 5th": the month; "may I ask", "you may come": the modal."""
    words = before.split()
    prev = words[-1] if words else ""
    return (
        prev in _BEFORE_MONTH
        or bool(re.fullmatch(r"\d{1,2}(st|nd|rd|th)?", prev))
        or bool(re.match(r"\s+(the\s+)?\d{1,2}(st|nd|rd|th)?\b", after))
    )


# short weekday and month names a text or TTS writes ("Fri 28 Nov"); not "jan", "mar", "do", "so"
_SHORT_NAMES = frozenset(
    {"mon", "tue", "wed", "thu", "fri", "sat", "sun", "feb", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "okt", "nov", "dec", "dez"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def is_detail_word(word: str) -> bool:
    """A word that only places the appointment in time ("Freitag", "zehn", "Uhr", "28.")."""
    w = word.rstrip(".")
    return (
        w in WEEKDAYS
        or _weekday_prefix(w) is not None
        or w in MONTHS
        or w in NUMBERS
        or w in RELATIVE_DAYS
        or w in TIME_WORDS
        or w in _SHORT_NAMES  # "Fri 28 Nov"
        or bool(
            re.fullmatch(r"\d{1,2}(st|nd|rd|th|ten|ter|h)?|\d{1,2}[:.]\d{2}|\d{1,2}(am|pm|a|p)", w)
        )
        or (len(w) > 8 and (_ordinal(w) or 0) >= 13)  # "neunundzwanzigste", "twenty-ninth"
    )


# what a weekday compound ends with when it names that day ("Freitagfrüh", "Samstagsslot")
_DAY_PARTS = frozenset(
    {"termin", "vormittag", "nachmittag", "morgen", "abend", "mittag", "früh", "slot", "platz"}
)


@lru_cache(maxsize=65536)
def _weekday_prefix(word: str) -> int | None:
    for name, n in WEEKDAYS.items():
        if word.startswith(name) and len(word) > len(name):
            rest = word[len(name) :]
            if rest.removeprefix("s") in _DAY_PARTS or rest == "s":
                return n  # "Samstagstermin", "Freitagfrüh", "Freitagsslot"
            if name in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}:
                return n if rest in {"s"} else None
    return None


def _hour(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMBERS.get(token)


# "um drei am Donnerstag": German "am" before a day or a part of it is a preposition, not a.m.
_GERMAN_AM = lazy(
    r"\s*am\s+(?:\d|(?:mo|di|mi|do|fr|sa|so)\w*tag\b|mittwoch|samstag|sonnabend|erste|zweite|"
    r"dritte|\w+ten\b|\w+sten\b|vormittag|nachmittag|abend|morgen|mittag|wochenende|selben|"
    r"gleichen|nächsten|kommenden)"
)


# a time to the minute ("um zehn Uhr elf", "at eleven past ten", "10:11") says when something
# happened (a confirmation's timestamp), not when an appointment starts: no slot is off the
# five-minute grid
_TIMESTAMP = lazy(
    rf"\b(?:(?:um|at)\s+)?(?:{_H}\s*uhr\s+(?P<min>{_NUM}|\d{{1,2}})"
    rf"|(?P<min2>{_NUM}|\d{{1,2}})\s+(?:minutes\s+)?past\s+{_H}"
    rf"|\d{{1,2}}[:.](?P<min3>\d{{2}}))\b"
)


_CLOCK = lazy(r"\d[:.]\d\d")


def _off_grid(m: re.Match[str]) -> str:
    minute = _hour(m["min"] or m["min2"] or m["min3"] or "")
    return " " if minute is not None and minute % 5 else m[0]


_AP_SPELLED = lazy(r"\b([ap])\s+m\b")
_DIGIT = lazy(r"\d")
_MORNING_AFTER = lazy(r"\s*(am|a\.m|vormittags|morgens|in the morning)\b")
_DOT_DIGIT = lazy(r"\.\s*\d")
_DOT_WORD = lazy(r"\.\s*\w")
_NOT_FOR_PEOPLE = lazy(r"\s*(personen|people|leute|\.\s*\w)")
# things a receptionist counts in talk (claims132, blinds 47 and probe 47d): "um zwei Dinge",
# "Zwei Fragen hätte ich noch", "three points": a number before them is a count, never an hour
COUNTED_NOUNS = (
    r"dinge|sachen|fragen|punkte|wünsche|anliegen|themen|schritte|things|questions|points|"
    r"wishes|issues|matters|steps|items|requests"
)
# "ten more minutes", "zehn weitere Minuten" (blind 35, claims80): a span, not a time
_UNIT_AFTER = (
    r"(?!\s*(?:(?:more|further|extra|weitere|mehr)\s+)?"
    r"(minuten|min|stunden|tage|tagen|wochen|euro|prozent|minutes|hours|days|weeks|euros"
    rf"|percent|people|leute|personen|mal|{COUNTED_NOUNS})\b)"
)
# each time pattern with a word it cannot match without (a digit: None, checked once)
_CLOCK_TIME = lazy(r"\b(\d{1,2})[:.](\d{2})(?!\.\d)(?!\d)")
_HALB = lazy(rf"\bhalb\s+{_H}\b")
_VIERTEL_NACH = lazy(rf"\bviertel\s+nach\s+{_H}\b")
_VIERTEL_VOR = lazy(rf"\b(?:viertel\s+vor|dreiviertel)\s+{_H}\b")
# "viertel elf": a quarter into the hour before eleven, 10:15 (the Berlin reading, as in the
# understanding resolver; blind 17)
_VIERTEL_INTO = lazy(rf"(?<!drei\s)\bviertel\s+{_H}\b")
_HALF_PAST = lazy(rf"\bhalf\s+past\s+{_H}\b")
_MINUTES_PAST = lazy(rf"\b(five|ten|twenty)\s+past\s+{_H}\b")
# "um zehn nach zehn" (10:10): minutes said past the hour (blind 30, claims74); not "zehn vor
# zehn" ("Kommen Sie Freitag zehn vor zehn": when to arrive, before the appointment)
_MINUTES_NACH = lazy(rf"\bum\s+(fünf|zehn|zwanzig)\s+nach\s+{_H}\b")
_HALF = lazy(rf"\bhalf\s+{_H}\b(?!\s*(hours?|minutes?|days?)\b)")
_QUARTER_PAST = lazy(rf"\bquarter\s+past\s+{_H}\b")
_QUARTER_TO = lazy(rf"\bquarter\s+to\s+{_H}\b")
_UHR = lazy(rf"(?<![:.\d])\b{_H}[\s-]*uhr(?:\s+{_H}\b)?")
_H_SUFFIX = lazy(r"(?<![\d:.])\b(\d{1,2})\s?h\b")
_OCLOCK = lazy(rf"\b{_H}\s*o'?clock\b")
_AM_PM = lazy(r"\b(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m|p\.m)\b")
_AT_HOUR = lazy(
    # not "one by one", "two by two" (claims132): one at a time, no hour
    # "at ten to eleven" is 10:50, not ten; "at eleven to Lena" (probe 56b, claims173) is eleven
    rf"\b(?:um|gegen|ab|at|(?<!one\s)(?<!two\s)by)\s+{_H}\b(?!\s+(?:past|nach|vor|hundred\s+hours)\b)"
    rf"(?!\s+to\s+(?:{_NUM}|\d{{1,2}})\b)(?:\s+({_NUM}|\d{{2}})\b)?{_UNIT_AFTER}"
)
# "um eine Absage": the article before a word that is no time word (claims130)
_HOUR_ARTICLES = frozenset({"ein", "eine"})
_NOUN_AFTER = lazy(
    r"\s+(?!(?:uhr|am|nachmittags?|abends?|morgens|vormittags?|mittags?|nachts|heute|morgen|"
    r"und|oder|bzw|passt|geht|ginge|wäre|ist|klappt|rum|herum|bei|mit)\b)[a-zäöüß]"
)
_IN_FOR_HOUR = lazy(rf"\b(?:in|sie|you|dich|down)\s+(?:für|for)\s+{_H}\b{_UNIT_AFTER}")
_HOUR_MINUTES = lazy(rf"\b({_NUM})\s+(fifteen|thirty|forty-five)\b")
_NOON = lazy(r"\b(noon|mittags um zwölf)\b")
# an hour in words with "a.m."/"p.m." ("your Friday ten a.m.", "three p.m.")
_WORD_AM_PM = lazy(rf"\b({_NUM})\s+([ap])\.m\b")
# an hour in words before a part of the day ("ten in the evening", "eleven in the morning") or
# as hundred hours ("ten hundred hours"); an hour with a bare "a"/"p" ("10a", "3p")
_WORD_DAY_PART = lazy(rf"\b({_NUM})\s+(?=in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)")
_HUNDRED_HOURS = lazy(rf"\b({_NUM}|\d{{1,2}})\s+hundred\s+hours\b")
_SHORT_AM_PM = lazy(r"\b(\d{1,2})([ap])\b")
_DAY_PART_NAMES = ("morning", "afternoon", "evening")


_PUNKT = lazy(r"\bpunkt\s+(\w+)\b")


# a range of hours ("10–12 Uhr", "10-12 Uhr (ca.)"): the appointment starts at the first
_HOUR_RANGE = lazy(r"\b(\d{1,2})\s*[–-]\s*\d{1,2}\s*uhr\b")


def _times(text: str) -> set[tuple[int, int, bool]]:
    found: dict[int, tuple[int, int, bool]] = {}
    text = _AP_SPELLED.sub(r"\1.m", text)  # "ten p m", as TTS spells it
    if "uhr" in text and ("–" in text or "-" in text):
        text = _HOUR_RANGE.sub(r"\1 uhr", text)  # blind 16
    if "past" in text or "uhr " in text or _CLOCK.search(text):
        text = _TIMESTAMP.sub(_off_grid, text)  # most texts name no minute: skip the long pattern
    digit = _DIGIT.search(text) is not None

    def add(pos: int, h: int | None, m: int, after: str) -> None:
        if h is None or not (0 <= h <= 24 and 0 <= m < 60):
            return
        tail = after[:24]
        certain = h > 12 or h == 0
        if any(w in tail for w in AFTERNOON) and h < 12:
            h, certain = h + 12, True
        elif _MORNING_AFTER.match(tail) and not (_GERMAN_AM.match(after)):
            certain = True
        found.setdefault(pos, (h % 24, m, certain))

    # a pattern runs only where the word it needs is: most clauses name no time
    if digit:
        for m in _CLOCK_TIME.finditer(text):
            if int(m[1]) <= 24 and not _DOT_DIGIT.match(text[m.end() :]):
                add(m.start(), int(m[1]), int(m[2]), text[m.end() :])
    if "halb" in text:
        for m in _HALB.finditer(text):
            h = _hour(m[1])
            add(m.start(), None if h is None else h - 1, 30, text[m.end() :])
    if "viertel" in text:
        for m in _VIERTEL_NACH.finditer(text):
            add(m.start(), _hour(m[1]), 15, text[m.end() :])
        for m in _VIERTEL_VOR.finditer(text):
            h = _hour(m[1])
            add(m.start(), None if h is None else h - 1, 45, text[m.end() :])
        for m in _VIERTEL_INTO.finditer(text):
            h = _hour(m[1])
            add(m.start(), None if h is None else h - 1, 15, text[m.end() :])
    if "half" in text:
        for m in _HALF_PAST.finditer(text):
            add(m.start(), _hour(m[1]), 30, text[m.end() :])
    if "past" in text:
        for m in _MINUTES_PAST.finditer(text):
            add(m.start(), _hour(m[2]), NUMBERS[m[1]], text[m.end() :])  # "twenty past ten"
    if "nach" in text:
        for m in _MINUTES_NACH.finditer(text):
            add(m.start(), _hour(m[2]), NUMBERS[m[1]], text[m.end() :])
    if "half" in text:
        for m in _HALF.finditer(text):
            add(m.start(), _hour(m[1]), 30, text[m.end() :])  # British "half ten": 10:30
    if "quarter" in text:
        for m in _QUARTER_PAST.finditer(text):
            add(m.start(), _hour(m[1]), 15, text[m.end() :])
        for m in _QUARTER_TO.finditer(text):
            h = _hour(m[1])
            add(m.start(), None if h is None else h - 1, 45, text[m.end() :])
    if "uhr" in text:
        for m in _UHR.finditer(text):
            minute = _hour(m[2]) if m[2] else 0
            add(m.start(), _hour(m[1]), minute or 0, text[m.end() :])
    if "punkt" in text:  # "um Punkt zehn" (blind 15)
        for m in _PUNKT.finditer(text):
            add(m.start(), _hour(m[1]), 0, text[m.end() :])
    if digit:
        for m in _H_SUFFIX.finditer(text):  # "10h", "10 h"
            add(m.start(), int(m[1]), 0, text[m.end() :])
    if "clock" in text:
        for m in _OCLOCK.finditer(text):
            add(m.start(), _hour(m[1]), 0, text[m.end() :])
    if digit:
        for m in _AM_PM.finditer(text):
            if m[3] == "am" and _GERMAN_AM.match(text, m.start(3)):
                continue
            h = int(m[1]) % 12 + (12 if m[3].startswith("p") else 0)
            found.setdefault(m.start(), (h, int(m[2] or 0), True))
    if ".m" in text:
        for m in _WORD_AM_PM.finditer(text):
            h = _hour(m[1])
            if h is not None and 1 <= h <= 12:
                found.setdefault(m.start(), (h % 12 + (12 if m[2] == "p" else 0), 0, True))
    for m in _AT_HOUR.finditer(text):
        if _DOT_WORD.match(text[m.end() :]) and m[1].isdigit():
            continue  # "um 10." as a date is not a time; keep "um 10. " out
        if m[1] in _HOUR_ARTICLES and _NOUN_AFTER.match(text, m.end()):
            continue  # claims130: "Geht es um eine Absage?" is an article, not one o'clock
        minute = _hour(m[2]) if m[2] else 0
        if minute not in {0, 15, 30, 45} and m[2]:
            minute = 0
        add(m.start(), _hour(m[1]), minute or 0, text[m.end() :])
    # "you're in for 10", "Sie für zehn eingetragen": an hour after "for" the caller is put in
    if "für" in text or "for" in text:
        for m in _IN_FOR_HOUR.finditer(text):
            if not _NOT_FOR_PEOPLE.match(text[m.end() :]):
                add(m.start(m.lastindex or 1), _hour(m[1]), 0, text[m.end() :])
    # "your ten thirty": an hour and its minutes in words
    if "fifteen" in text or "thirty" in text or "forty-five" in text:
        for m in _HOUR_MINUTES.finditer(text):
            h = _hour(m[1])
            if h is not None and 1 <= h <= 12:
                add(m.start(), h, NUMBERS[m[2]], text[m.end() :])
    if " at night" in text or any(f"in the {p}" in text for p in _DAY_PART_NAMES):
        for m in _WORD_DAY_PART.finditer(text):
            add(m.start(), _hour(m[1]), 0, text[m.end() :])
    if "hundred" in text:
        for m in _HUNDRED_HOURS.finditer(text):
            h = _hour(m[1]) if not m[1].isdigit() else int(m[1])
            if h is not None and 0 <= h <= 23:
                found.setdefault(m.start(), (h, 0, True))
    if digit:
        for m in _SHORT_AM_PM.finditer(text):
            h = int(m[1])
            if 1 <= h <= 12:
                found.setdefault(m.start(), (h % 12 + (12 if m[2] == "p" else 0), 0, True))
    if _NOON.search(text):
        found.setdefault(-1, (12, 0, True))
    return _one_per_clock_time(set(found.values()))


def _one_per_clock_time(times: set[tuple[int, int, bool]]) -> set[tuple[int, int, bool]]:
    """One time said by two patterns, one of them with its part of the day ("um 10 Uhr
    vormittags": "um 10" and "10 Uhr vormittags"), is one time, the certain reading: two values
    would read as a claim about two appointments (claims145, blind 41)."""
    certain = {(h % 12, m) for h, m, sure in times if sure}
    return {t for t in times if t[2] or (t[0] % 12, t[1]) not in certain}


_NUMERIC_DATE = lazy(r"\b(\d{1,2})\.\s?(\d{1,2})\.?(?:\d{2,4})?")
_UHR_AFTER = lazy(r"\s*uhr")
_DAY_MONTH = lazy(rf"\b(\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b")
# (not "Nov 10:00": the time after a date, blind 16; nor "28. November 10 Uhr", blind 29)
_MONTH_DAY = lazy(
    rf"\b({_MONTH})\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?!\s*(?:uhr|h)\b)"
)
# "der" only after a weekday, the date in apposition ("Gebucht ist Freitag, der 21.", blind 38,
# claims92): "der 2. Versuch" names no day
_DAY_DOT = lazy(
    r"(?:\b(?:am|den|zum|vom|dem|ab|,)\s+|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|"
    r"samstag|sonntag),?\s+der\s+|^)(\d{1,2})\.(?!\d)"
)
_DAY_SUFFIX = lazy(r"\b(\d{1,2})(st|nd|rd|th)\b")
_MONTH_WORD = lazy(rf"\b({_MONTH})\b")


def _dates(text: str) -> tuple[set[int], set[int]]:
    days: set[int] = set()
    months: set[int] = set()
    if _DIGIT.search(text):  # the numeric forms need a digit
        _slashed_dates(text, days, months)
        for m in _NUMERIC_DATE.finditer(text):
            d, mo = int(m[1]), int(m[2])
            if 1 <= d <= 31 and 1 <= mo <= 12 and not _UHR_AFTER.match(text[m.end() :]):
                days.add(d)
                months.add(mo)
        for m in _DAY_MONTH.finditer(text):
            days.add(int(m[1]))
            months.add(MONTHS[m[2]])
        for m in _MONTH_DAY.finditer(text):
            days.add(int(m[2]))
            months.add(MONTHS[m[1]])
        for m in _DAY_DOT.finditer(text):
            days.add(int(m[1]))
        for m in _DAY_SUFFIX.finditer(text):
            days.add(int(m[1]))
    for m in _MONTH_WORD.finditer(text):
        if m[1] == "may" and not may_is_month(text[: m.start()], text[m.end() :]):
            continue  # "may I ask": the modal, not the month
        months.add(MONTHS[m[1]])
    for m in _ORDINAL_DAY.finditer(text):
        d = _ordinal(m[1] or m[3] or m[4])
        if d is not None:
            days.add(d)
    if months:
        for m in _MONTH_ORDINAL.finditer(text):
            d = _ordinal(m[1])
            if d is not None:
                days.add(d)
    return {d for d in days if 1 <= d <= 31}, months


# "11/28", "28/11/2025" (a TTS or a status line), "2025-11-28" (ISO); not "24/7"
_SLASH_DATE = lazy(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:/(?:\d{4}|\d{2}))?(?![\d/])")
# not a code that only begins like one ("Nummer 2025-11-28-01": blind 34, claims77)
_ISO_DATE = lazy(r"\b20\d\d-(\d{1,2})-(\d{1,2})\b(?!-\d)")


def _slashed_dates(text: str, days: set[int], months: set[int]) -> None:
    """Day and month of slashed and ISO dates: month first when the second number cannot be a
    month (US "11/28"), day first when the first cannot ("28/11"); both readings when either
    fits ("3/10"), so neither is refused."""
    for m in _ISO_DATE.finditer(text):
        days.add(int(m[2]))
        months.add(int(m[1]))
    if "/" not in text:
        return
    for m in _SLASH_DATE.finditer(text):
        a, b = int(m[1]), int(m[2])
        if m.group() == "24/7" or not (1 <= a <= 31 and 1 <= b <= 31):
            continue
        if a <= 12 and b > 12:
            days.add(b)
            months.add(a)
        elif b <= 12 and a > 12:
            days.add(a)
            months.add(b)
        elif a <= 12 and b <= 12:
            days |= {a, b}
            months |= {a, b}


# ordinals as TTS writes dates: "am achtundzwanzigsten", "der neunundzwanzigste November",
# "Friday the twenty-ninth"; a day when a month, a time or the end of the phrase follows
_ORDINAL_UNITS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    # the teens ("am achtzehnten", "the thirteenth", blind 49): a date as much as the others
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}  # fmt: skip
_ORDINAL_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "twenty": 20, "thirty": 30}
_ORDINAL_WORD = r"([a-zäöüß]+(?:-[a-z]+)?(?:ste[nrm]?|te[nrm]?|th|st|nd|rd|e))"
_ORDINAL_DAY = lazy(
    rf"\b(?:am|den|der|dem|zum|vom|the|on)\s+{_ORDINAL_WORD}"
    rf"(?=\s*(?:[,.!?;]|$|um\b|at\b|of\b(?!\s+(?:the|his|her|their|our|my)\s+day\b)"
    # one of the caller's appointments ranked, not a date: "the second of your bookings" (claims86)
    r"(?!\s+(?:(?:the|your)\s+(?:two|bookings|appointments)|them|those|these)\b)"
    r"|des\b(?!\s+tages\b)|(?:sind|ist|haben|hat|steht|stehen|kommen)\s+"
    rf"(?:sie|ihr|der|die|das|es|alles)\b|({_MONTH})\b|"
    # the date said booked ("für den Achtundzwanzigsten ist bestätigt", "on the twenty-eighth is
    # confirmed", blind 15)
    r"(?:ist|sind|is|are|steht|stehen)\s+(?:jetzt\s+|now\s+)?(?:bestätigt|gebucht|fest|eingetragen|"
    r"storniert|confirmed|booked|fixed|locked|set|cancelled|canceled)\b|"
    # "sorted for the twenty-eighth now", "am achtundzwanzigsten (fest) eingetragen", a second
    # compound date after it ("the twenty-eighth and the twenty-ninth", blind 18)
    r"(?:now|jetzt)\b|(?:fest\s+)?eingetragen\b|and\s+the\s+[a-z]+-[a-z]+\b|"
    r"und\s+(?:der|den|dem)\s+[a-zäöü]+und[a-zäöü]+\b))"
    rf"|\b{_ORDINAL_WORD}(?=\s+(?:of\s+)?(?:{_MONTH})\b)"
    # a compound ordinal after "am" / "the" is a date whatever follows ("am
    # neunundzwanzigsten beim Fabi", "the twenty-eighth with Fabian", blind 49); not a count
    r"|\b(?:am|den|dem|zum|vom|the)\s+([a-zäöüß]+(?:und|-)[a-zäöüß]+(?:ste[nrm]?|th|st|nd|rd))\b"
    r"(?!\s+(?:mal|male|time|times|jahr|jahre|year|years|stock|floor|geburtstag|birthday|"
    r"jubiläum|anniversary|versuch|attempt|platz|place|termin|appointment|kunden?|customer)\b)"
)
# the month before its ordinal, as English says a date: "November twenty-seventh"
_MONTH_ORDINAL = lazy(rf"\b(?:{_MONTH})\s+(?:the\s+)?{_ORDINAL_WORD}\b")


_ORDINAL_END = lazy(r"(ste[nrm]?|te[nrm]?|e|th|st|nd|rd)$")


def _ordinal(word: str) -> int | None:
    """ "neunundzwanzigste" -> 29, "twenty-ninth" -> 29, "dritten" -> 3; None if no ordinal."""
    stem = _ORDINAL_END.sub("", word)
    for tens, t in _ORDINAL_TENS.items():
        if stem == tens or stem == tens[:-1] + "ie":  # "zwanzigste", "twentieth"
            return t
        if stem.endswith("und" + tens):  # "einundzwanzig"
            unit = NUMBERS.get(stem[: -len(tens) - 3])
            return None if unit is None or unit > 9 else t + unit
        if word.startswith(tens + "-"):  # "twenty-ninth"
            unit = _ORDINAL_UNITS.get(word[len(tens) + 1 :])
            return None if unit is None or unit > 9 else t + unit
    for key in (word, stem, stem + "t", stem + "st"):
        if key in _ORDINAL_UNITS:
            return _ORDINAL_UNITS[key]
    return None


_WEEK = lazy(
    r"\b(?:(übernächste[nr]?\s+woche|week\s+after\s+next)|(nächste[nr]?|kommende[nr]?|next|"
    r"coming)\s+woche|(next|coming)\s+week|(diese[rn]?|this)\s+(woche|week)|"
    # a weekday counted a week on (blind 37, claims86; convention 562): "nächsten Freitag",
    # "Freitag in einer Woche", "a week on / from Friday", "next Friday"
    r"(nächste[nrm]?\s+|next\s+)(?=(?:" + _DAY_OF_WEEK + r")\b)|(?:" + _DAY_OF_WEEK + r")\s+"
    r"(in\s+einer\s+woche)|(a\s+week\s+(?:on|from))\s+(?=(?:" + _DAY_OF_WEEK + r")\b))"
)


_AMOUNT = (
    r"(\d+|eine\s+halbe|einer\s+halben|half\s+an?|anderthalb|einen|einem|eine|ein|zwei|drei|"
    r"vier|an|a|one|two|three|four)"
)
_UNIT = r"(minuten|minutes|stunden|stunde|hours|hour|tagen|tage|tag|days|day)"
_SHIFT = lazy(
    rf"\b{_AMOUNT}\s+{_UNIT}\b\s*"
    r"(später|früher|eher|nach\s+hinten|nach\s+vorne?|vorverlegt|vorgezogen|later|earlier|back|"
    r"forward)?"
)
_SHIFT_BEFORE = lazy(
    r"(später|früher|nach\s+hinten|nach\s+vorne?|later|earlier|back|forward)?\s*\b(um|by)\s*$"
    r"|(back|forward|nach\s+hinten|nach\s+vorne?)\s*$"
)
_LATER = ("später", "nach hinten", "later", "back")


def _shifts(text: str) -> set[tuple[int, str, int]]:
    """A move by an amount: "eine Stunde später" -> (60, minute, +1), "by a day" -> (1, day,
    0), "nach hinten um zwei Stunden" -> (120, minute, +1)."""
    out: set[tuple[int, str, int]] = set()
    for m in _SHIFT.finditer(text):
        amount, unit, way = m[1], m[2], m[3]
        if way is None:
            before = _SHIFT_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
            if before is None:
                continue  # "in einer Stunde", "einen Tag frei": not a move's amount
            way = before[1] or before[3]
        n = {"zwei": 2, "two": 2, "drei": 3, "three": 3, "vier": 4, "four": 4}.get(amount, 1)
        if amount.isdigit():
            n = int(amount)
        if amount == "anderthalb":
            n, unit = 90, "minuten"
        elif "halb" in amount or amount.startswith("half"):
            n, unit = 30, "minuten"
        elif unit.startswith(("stunde", "hour")):
            n, unit = n * 60, "minuten"
        kind = "minute" if unit.startswith("minute") else "day"
        sign = 0 if way is None else (1 if re.sub(r"\s+", " ", way).startswith(_LATER) else -1)
        out.add((n, kind, sign))
    if _SAME_TIME.search(text):
        out.add((0, "clock", 0))  # "Donnerstag statt Freitag, gleiche Uhrzeit": the old hour
    return out


_SAME_TIME = lazy(
    r"\b(gleiche[nr]?|selbe[nr]?|dieselbe|derselben)\s+(uhrzeit|zeit)\b|\bzur\s+gleichen\s+zeit\b"
    r"|\b(same|usual)\s+time\b"
)


def _weeks(text: str) -> set[int]:
    """ "nächste Woche" -> 1, "diese Woche" -> 0, "übernächste Woche" -> 2."""
    out: set[int] = set()
    for m in _WEEK.finditer(text):
        if m[1]:
            out.add(2)
        elif m[2] or m[3] or m[6] or m[7] or m[8]:
            out.add(1)
        else:
            out.add(0)
    return out


def _relative(words: list[str]) -> set[int]:
    out: set[int] = set()
    for i, w in enumerate(words[:-2]):  # "in zwei Tagen", "in two days"
        if w == "in" and words[i + 2] in {"tagen", "days", "tage"}:
            n = _hour(words[i + 1])
            if n is not None:
                out.add(n)
        if words[i + 1] in {"days", "tage"} and words[i + 2 : i + 4] == ["from", "now"]:
            n = _hour(w)  # "two days from now"
            if n is not None:
                out.add(n)
    for i, w in enumerate(words[:-1]):  # "this afternoon", "this morning": today
        if w == "this" and words[i + 1] in {"morning", "afternoon", "evening"}:
            out.add(0)
    for i, w in enumerate(words):
        if w not in RELATIVE_DAYS:
            continue
        prev = words[i - 1] if i else ""
        if w == "morgen" and (prev in WEEKDAYS or prev in {"heute", "gestern", "am", "jeden"}):
            continue  # "Freitag morgen", "heute morgen": morning, not tomorrow
        if w == "tomorrow" and prev == "after" and i >= 2 and words[i - 2] == "day":
            out.add(2)
            continue
        if w == "morgen" and prev == "nach" and i >= 2 and words[i - 2] == "tag":
            out.add(2)  # "am Tag nach morgen": the day after tomorrow
            continue
        out.add(RELATIVE_DAYS[w])
    return out


# "Fr 10:00", "Do. 15 Uhr", "Fri 10am": a day abbreviated before a time or a date, or after "am"
DAY_ABBREVIATIONS = {"mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "mon": 0, "tue": 1,
                     "wed": 2, "thu": 3, "fri": 4, "sat": 5}  # fmt: skip
_ABBREVIATED_DAY = lazy(
    r"\b(" + "|".join(DAY_ABBREVIATIONS) + r")\b\.?,?\s+(?=\d)|"
    r"(?<=\bam\s)(mo|di|mi|do|fr|sa)\.(?=[\s,]|$)"  # "am Fr., 28.11.", "am Fr."
)


# ", nicht bei Fabian", "not Lena": an alternative named to deny it, at the end of a phrase
_DENIED = lazy(
    r"(?:^|(?<=[\s,;–-]))(?:nicht|not|no)\s+(?:(?:bei|mit|with|am|on|um|at|für|for)\s+)?"
    r"[^\W\d_]+\s*(?=[,.!?;]|$)"
)


# when something was done, not when the appointment is: no appointment lies in the past, and
# "schon heute Morgen", "earlier today" date the doing ("Wir stornierten den Freitag schon heute
# Morgen"); "anything else today?" dates the conversation
_ACTION_TIME = lazy(
    r"\b(?:vorgestern|gestern\w*|yesterday|(?:schon|bereits|already|earlier)\s+(?:heute|today)"
    r"(?:\s+(?:morgen|früh|vormittag|morning))?|earlier\s+today|"
    r"(?:anything|something)\s+else(?:\s+(?:i|we)\s+can\s+(?:do|help\s+with))?(?:\s+for\s+you)?"
    r"\s+(?:for\s+)?today|"
    # when the caller asked, not when the visit is: "Everything you asked for today" (claims74)
    r"(?:asked\s+for|wanted|requested|wished\s+for)\s+(?:today|this\s+morning)|"
    r"heute(?:\s+morgen|\s+früh)?\s+(?:angefragt|gewünscht|erfragt|angefordert))\b"
)


_ACTION_DAYS = (
    "gestern",
    "yesterday",
    "heute",
    "today",
    "this morning",
)  # a word _ACTION_TIME needs


# dates as TTS or a text message shortens or spells them: "Fri 28 Nov", "den ersten Zwölften"
_MONTH_SHORT = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "okt": "oktober", "nov": "november", "dec": "december", "dez": "dezember",
}  # fmt: skip
_SHORT_DATE = lazy(
    r"\b(\d{1,2})\.?\s+(" + "|".join(_MONTH_SHORT) + r")\b\.?"
    r"|\b(" + "|".join(_MONTH_SHORT) + r")\.?\s+(\d{1,2})\b"
)
_ORDINAL_MONTH = lazy(
    r"\b([a-zäöüß]+(?:te[nrm]?|ste[nrm]?))\s+(ersten|zweiten|dritten|vierten|fünften|sechsten|"
    r"siebten|achten|neunten|zehnten|elften|zwölften)\b"
)


# "you're booked for eleven", "the booking is for ten": a bare hour after "for" is the time (and
# where a confirmation names only the hour, blind 59: "You're confirmed for 10")
_FOR_HOUR = lazy(
    r"\b(booked|booking|appointment|reservation|is|are|in|down|scheduled|set|confirmed|reserved|"
    r"pencilled|penciled) for "
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
    r"(?!\s*(minutes?|mins?|hours?|days?|weeks?|months?|people|persons?|of|euros?|pounds?|"
    r"percent|%|[:.]\d|-))"
)


# "you're with Fabian from ten": the caller's start (not a range: "from nine to five")
_FROM_HOUR = lazy(
    r"\b(you are|you're|with \w+) from "
    r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b"
    r"(?!\s*(to|till|until|and|or|-|minutes?|hours?|[:.]\d))"
)


_ISO_TIME = lazy(r"\b(20\d\d-\d{1,2}-\d{1,2})t(\d{1,2}:\d\d)\b")
_SPOKEN_ISO = lazy(
    rf"\btwenty\s+twenty-[a-z]+,\s+({_NUM}),\s+([a-z]+(?:-[a-z]+)?),\s+({_NUM})\s+hundred\b"
)


def _spoken_iso(m: re.Match[str]) -> str:
    """ "twenty twenty-five, eleven, twenty-eight, ten hundred" -> "28.11. 10:00"."""
    month, hour = NUMBERS.get(m[1]), NUMBERS.get(m[3])
    tens, _, unit = m[2].partition("-")
    day = NUMBERS.get(m[2]) if not unit else _ORDINAL_TENS.get(tens, 0) + NUMBERS.get(unit, 99)
    if month is None or hour is None or day is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return m[0]
    return f"{day}.{month}. {hour}:00"


def _spelled_dates(text: str) -> str:
    """ "28 nov" -> "28 november", "den ersten zwölften" -> "den 1.12." (day, then month);
    "booked for eleven" -> "booked for at eleven"."""
    # each pattern only where the word it needs is in the text (most texts: none)
    if "-" in text:  # a tool's timestamp read out: "2025-11-28t10:00", "twenty twenty-five,
        # eleven, twenty-eight, ten hundred" (blind 18)
        text = _ISO_TIME.sub(r"\1 \2", text)
        text = _SPOKEN_ISO.sub(_spoken_iso, text)
    if " for " in text:
        text = _FOR_HOUR.sub(r"\1 for at \2", text)
    if " from " in text:
        text = _FROM_HOUR.sub(r"\1 from at \2", text)
    if any(short in text for short in _MONTH_SHORT):
        text = _SHORT_DATE.sub(
            lambda m: f"{m[1]} {_MONTH_SHORT[m[2]]}" if m[1] else f"{_MONTH_SHORT[m[3]]} {m[4]}",
            text,
        )

    def month(m: re.Match[str]) -> str:
        day, mon = _ordinal(m[1]), _ordinal(m[2])
        if day is None or mon is None or not 1 <= mon <= 12:
            return m[0]
        return f"{day}.{mon}."

    return _ORDINAL_MONTH.sub(month, text) if "ten" in text else text  # "zwölften"


_WORDS = lazy(r"[^\W_]+(?:[-'][^\W_]+)*")
# "um ein Haar" (very nearly) is an idiom, not one o'clock (blind 37, claims89)
_BY_A_HAIR = lazy(r"\bum\s+ein\s+haar\b")


@per_text(maxsize=256)
def read_details(text: str, names: Names) -> Details:
    """The details named in folded `text` (not those of an alternative it denies)."""
    text = _spelled_dates(text)
    if "haar" in text:
        text = _BY_A_HAIR.sub(" ", text)
    if "no" in text or "nicht" in text:  # "not" too
        text = _DENIED.sub(" ", text)
    if any(w in text for w in _ACTION_DAYS):
        text = _ACTION_TIME.sub(" ", text)
    words = [w.removesuffix("'s") for w in _WORDS.findall(text)]
    weekdays = {WEEKDAYS[w] for w in words if w in WEEKDAYS}  # "Thursday's set": Thursday
    weekdays |= {DAY_ABBREVIATIONS[m[1] or m[2]] for m in _ABBREVIATED_DAY.finditer(text)}
    weekdays |= {n for w in words if (n := _weekday_prefix(w)) is not None}
    days, months = _dates(text)
    # a name word as written or with a genitive "s" ("Fabians")
    said = {*words, *(w[:-1] for w in words if w.endswith("s"))} if names.stylists else ()
    stylists = {display for display, parts in names.stylists if not parts.isdisjoint(said)}
    stylists |= _unknown_stylists(text, names)
    services = _services_named(words, text, names) | _not_offered(words)
    return Details(
        frozenset(weekdays),
        frozenset(days),
        frozenset(months),
        frozenset(_relative(words)),
        frozenset(_times(text)),
        frozenset(stylists),
        frozenset(services),
        frozenset(_weeks(text)),
        frozenset(_shifts(text)),
    )


# A detail the reader cannot place is not left out of the claim (issue 9 rule 1, claims135): a
# person the visit is with, by title and surname, who is no stylist of the salon ("bei Frau
# Schulz", "with Mr Becker") is kept as said, which no appointment's stylist is; a beauty service
# the salon does not offer ("Ihre Maniküre am Freitag", tools/service_words.NOT_OFFERED) is kept
# as a mention no service of the salon is in. So a claim about them is never backed. A name or
# word the reader knows nothing of at all is still left out (it may be no detail: "bei Regen").
_WITH_TITLED = lazy(
    r"\b(?:bei|beim|mit|with)\s+(?:(?:unserem|unserer|our)\s+)?(frau|herrn?|mr|mrs|ms|miss)\.?\s+"
    r"([^\W\d_]{2,})\b"
)
# the services of NOT_OFFERED named by a noun of their own (not a body part or a verb: "Beine",
# "zupfen", "twist" name no service alone; not a massage, which a visit may include: "Auf Ihrem
# Termin steht jetzt auch die Kopfmassage", blind 33)
_NOT_OFFERED_NOUNS = frozenset(
    {"manikuere", "manicure", "pedikuere", "pedicure", "fusspflege", "gelnaegel", "shellac",
     "nageldesign", "waxing", "kosmetik", "gesichtsbehandlung", "facial",
     "makeup", "extensions", "haarverlaengerung", "wimpernverlaengerung", "microblading",
     "solarium", "piercing", "tattoo", "botox", "haartransplantation"}
)  # fmt: skip


def _unknown_stylists(text: str, names: Names) -> set[str]:
    """Titled names after "bei / with" that are no stylist of the salon, as said."""
    if not names.stylists or " " not in text:
        return set()
    known = {w for _, ws in names.stylists for w in ws}
    return {
        f"{m[1]} {m[2]}"
        for m in _WITH_TITLED.finditer(text)
        if normalize(m[2]) not in known and not is_title(m[2])
    }


def _not_offered(words: list[str]) -> set[frozenset[str]]:
    """A mention that names no service of the salon for each service it does not offer."""
    return {frozenset()} if any(fold(w) in _NOT_OFFERED_NOUNS for w in words) else set()


@dataclass(frozen=True)
class _ServiceIndex:
    """The salon's service names arranged for reading a sentence once, word by word."""

    exact: dict[str, frozenset[str]]  # a one-word name or alias -> its services
    inside: tuple[tuple[str, str], ...]  # (name of 5+ letters, service): "Dauerwellentermin"
    any_inside: re.Pattern[str] | None  # finds whether a word holds one of them at all
    several: dict[str, tuple[tuple[re.Pattern[str], str], ...]]  # first word -> (phrase, service)
    heads: dict[str, frozenset[str]]  # "haarschnitt", "haircut" -> the services it ends
    short_heads: dict[str, frozenset[str]]  # "cut", "trim": a service only after an article
    everyday: dict[str, frozenset[str]]  # "roots", "curls" -> the one service its concept names


# the concepts of the understanding resolver's service words (tools/service_words.py) that
# name one kind of service whatever else is said: a word of one of them names the salon's
# service whose names share that concept ("the roots": Färben, as "Ansatz"; "curls":
# Dauerwelle, as "Locken"). Not who it is for, the hair, the cut or a hue ("Herr", "Haare",
# "Schnitt" name no service alone), nor words of a colour's other senses ("grau", "covering")
_EVERYDAY_CONCEPTS = ("color", "roots", "highlights", "perm", "beard", "shave")
_NOT_EVERYDAY = frozenset(
    {"grau", "graue", "grey", "gray", "greys", "grays", "coverage", "covering", "abdecken",
     "abdeckung", "permanent", "root", "tint", "streak", "folien", "nachwuchs", "schnauzer",
     "koteletten"}
)  # fmt: skip


def _everyday_words(names: Names) -> dict[str, frozenset[str]]:
    """A word of a concept above -> the one service of the salon whose names say that concept
    (none when several do: then the word says no single service)."""
    out: dict[str, frozenset[str]] = {}
    for concept in _EVERYDAY_CONCEPTS:
        words = frozenset(CONCEPTS[concept])
        services = {s for s, forms in names.services for f in forms if set(fold(f).split()) & words}
        if len(services) == 1:
            for w in words - _NOT_EVERYDAY:
                out.setdefault(w, frozenset(services))
    return out


def addressed(words: list[str], before: list[str], last: bool) -> bool:
    """A clause of a title and a name that addresses the caller (", Herr Yilmaz.", "Vielen Dank,
    Frau Yilmaz, …"): after a clause that says more than details, or opening a sentence that
    goes on; not a detail of a list ("Samstag, elf Uhr, Frau Hoffmann.", "… Zehn Uhr. Frau
    Brandt.")."""
    if not words or not is_title(words[0]) or len(words) > 3:
        return False
    return not all(is_detail_word(w) for w in before) if before else not last


def is_title(word: str) -> bool:
    """A title said before a stylist's name ("Frau", "Herrn", "Mr.", "Ms"), as the understanding
    resolver knows them (tools/stylist_title.py): part of the name, no word of its own."""
    return title_for(word.rstrip(".")) is not None


@cache
def _service_index(names: Names) -> _ServiceIndex:
    exact: dict[str, set[str]] = {}
    inside: list[tuple[str, str]] = []
    several: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    heads: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for service, forms in names.services:
        for f in forms:
            if " " in f:
                phrase = re.compile(rf"\b{re.escape(f)}\b")
                first = f.split()[0]
                # "ladies' cut", "men's haircut", "gents' cut": the words as tokens keep no apostrophe
                for key in {first, first.rstrip("'’"), first.removesuffix("'s")}:
                    several.setdefault(key, []).append((phrase, service))
                if len(f.split()[-1]) >= 6:
                    heads.setdefault(f.split()[-1], set()).add(service)
                elif len(f.split()[-1]) >= 3:
                    short.setdefault(f.split()[-1], set()).add(service)
                continue
            exact.setdefault(f, set()).add(service)
            if len(f) >= 5:
                inside.append((f, service))
            for k in range(1, len(f) - 5):
                heads.setdefault(f[k:], set()).add(service)
    return _ServiceIndex(
        {w: frozenset(v) for w, v in exact.items()},
        tuple(inside),
        re.compile("|".join(re.escape(f) for f, _ in inside)) if inside else None,
        {w: tuple(v) for w, v in several.items()},
        {w: frozenset(v) for w, v in heads.items()},
        {w: frozenset(v) for w, v in short.items()},
        _everyday_words(names),
    )


_ARTICLES = frozenset({"the", "a", "your", "that", "this", "one"})


_SAMPLE_NOUNS = frozenset({"card", "cards", "chart", "charts", "swatch", "swatches", "palette"})


def _services_named(words: list[str], text: str, names: Names) -> set[frozenset[str]]:
    """Each service mention: the services it may mean ("Haarschnitt": the three cuts)."""
    if not names.services:
        return set()
    index = _service_index(names)
    # every word is part of `text`: a name inside none of it is inside no word
    inside = index.any_inside is not None and index.any_inside.search(text) is not None
    out: set[frozenset[str]] = set()
    for k, w in enumerate(words):
        if k + 1 < len(words) and words[k + 1] in _SAMPLE_NOUNS:
            continue  # "your colour card" (blind 33, claims70): a chart to bring, no service
        found = set(index.exact.get(w, ()))
        if w.endswith("s"):
            found |= index.exact.get(w[:-1], frozenset())
        if inside and index.any_inside.search(w):
            found |= {s for f, s in index.inside if f in w}
        if not found and w.endswith(("termin", "termins")):
            # "Färbetermin": a verb's stem before "-termin" names its service
            found |= {s for f, s in index.inside if f.endswith("en") and w.startswith(f[:-1])}
            # "Farbtermin": a noun's stem ("Farbe") before "-termin" (blind 17)
            found |= {s for f, s in index.inside if f.endswith("e") and w[: len(f) - 1] == f[:-1]
                      and w[len(f) - 1 :] in ("termin", "termins")}  # fmt: skip
        found |= {s for phrase, s in index.several.get(w, ()) if phrase.search(text)}
        if not found and w.endswith("ung") and len(w) > 6:
            found |= index.exact.get(w[:-3] + "en", frozenset())  # "Färbung": färben
        if not found and index.everyday:
            found |= index.everyday.get(fold(w), frozenset())  # "the roots", "curls"
        if not found and k and words[k - 1] in _NOMINAL:
            found |= _nominal_service(w, index)  # claims135: "zum Haareschneiden"
        if found:
            out.add(frozenset(found))
        elif len(w) >= 6 and w in index.heads:
            out.add(index.heads[w])
        elif (
            w in index.short_heads
            and k
            and (words[k - 1] in _ARTICLES or words[k - 1] in index.several)
        ):
            # "the cut and the perm"; "a men's cut" (a word that opens one of the salon's
            # several-word names, "men's haircut", before it, blind 29): the cuts
            out.add(index.short_heads[w])
    return out


# a verb made a noun names its service after these ("zum Haareschneiden", "fürs Färben")
_NOMINAL = frozenset({"zum", "fürs", "beim", "zur"})


def _nominal_service(word: str, index: _ServiceIndex) -> set[str]:
    """The services a nominalised service verb names by the resolver's concepts (claims135):
    those whose names say every concept it says ("Haareschneiden": hair and cut, the three
    haircuts, as "Haarschnitt" does; "Haarefärben": the colour); none for a word the resolver
    cannot split into service words."""
    concepts = _concepts(word)
    if not concepts & _SERVICE_CONCEPTS:
        return set()  # "zur Seite", "beim Herrn": the hair or a person, no service
    return {
        s for form, services in index.exact.items() if concepts <= _concepts(form) for s in services
    }


# the resolver's concepts that are a service done, not whom it is for or the hair itself
_SERVICE_CONCEPTS = frozenset(
    {"cut", "clipper", "color", "roots", "beard", "shave", "highlights", "perm", "wash"}
)


def _concepts(word: str) -> frozenset[str]:
    """The resolver's service concepts of the parts of `word` ("haareschneiden": hair, cut)."""
    return frozenset(c for p in known_parts(fold(word)) or [] if (c := concept_of(p)))


_OLD_MARK = lazy(
    r"\b(von|vom|from|statt|anstatt|anstelle|instead\s+of|rather\s+than|vorher|previously|"
    r"ursprünglich|originally|alte\w*|old|bisherige\w*|previous|nicht\s+mehr|no\s+longer|"
    r"ersetzt|ersetzen|replaces|replaced|replace|was|war|"
    # "…, der Freitag ist weg": the place said gone is the old one
    r"(?:der|die|das|the)(?=\s+\w+\s+(?:ist|is)\s+(?:jetzt\s+|now\s+)?(?:weg|vorbei|gone)\b))\b"
)
# not the "nach" / "to" of a clock time ("Viertel nach drei", "quarter to three", blind 15)
_CLOCK_BEFORE = r"(?<!viertel\s)(?<!zehn\s)(?<!fünf\s)(?<!zwanzig\s)(?<!quarter\s)(?<!ten\s)(?<!five\s)(?<!twenty\s)"
_NEW_MARK = lazy(
    rf"\b(auf|aufs|{_CLOCK_BEFORE}to|zu|zur|zum|{_CLOCK_BEFORE}nach|jetzt|nun|now|neue\w*|new|into)\b|,"
)
_BECOME = lazy(
    r"\b(?P<verb>(has|have|had)\s+become|became)\b|^\W*aus\b.*?\b(?P<verb2>ist|sind)\b.*\bgeworden\b"
)


def read_roles(text: str, names: Names) -> ClaimDetails:
    """Details of a move's clause by role: after "von/from/statt" the old place, else any."""
    became = _BECOME.search(text)
    if became:  # "Your ten o'clock has become a three o'clock", "Aus Freitag ist … geworden"
        verb = "verb" if became.group("verb") else "verb2"
        old = read_details(text[: became.start(verb)], names)
        new = read_details(text[became.end(verb) :], names)
        found = ((Role.OLD, old), (Role.NEW, new))
        return ClaimDetails(tuple((r, d) for r, d in found if not d.empty))
    parts: list[tuple[Role, Details]] = []
    pos = 0
    role = Role.ANY
    while pos < len(text):
        m_old = _OLD_MARK.search(text, pos)
        m_new = _NEW_MARK.search(text, pos)
        nxt = min((m for m in (m_old, m_new) if m), key=lambda m: m.start(), default=None)
        end = nxt.start() if nxt else len(text)
        if end > pos:
            parts.append((role, read_details(text[pos:end], names)))
        if not nxt:
            break
        if nxt is m_old:
            role = Role.OLD
        elif role is Role.OLD and not text[pos : nxt.start()].strip():
            pass  # "statt zu Fabian", "instead of at ten": still the old place
        elif nxt.group() == ",":
            role = Role.ANY if role is Role.OLD else role
        else:
            role = Role.NEW
        pos = nxt.end()
    return ClaimDetails(tuple((r, d) for r, d in parts if not d.empty))


# when the caller asked, not when the appointment is: "Alles, was Sie heute angefragt haben, ist
# gebucht" (claims68; "was Sie für Freitag angefragt haben" names the appointment's day)
ASKED_WHEN = lazy(
    r"^(?!.*\b(?:für|for)\s+(?:heute|today)\b).*\b(?:heute|today|gestern|yesterday|vorhin)\b.*"
    r"\b(?:angefragt|gefragt|gewünscht|bestellt|asked|requested|wanted)\b"
)
