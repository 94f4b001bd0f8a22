"""As soon as possible, but not one day: "so bald wie möglich, aber nicht morgen", "as soon as
possible, but not today", "so schnell wie möglich, nur nicht am Mittwoch". The wish is the
earliest open day that still has a start, the excluded day skipped; read as they are, the "nicht"
would be an exclusion with nothing named instead, asked as such. Only one day word after the
earliest wish, at the end of the phrase ("nicht heute" alone, "nicht heute, aber Freitag", a
part of the day excluded stay as they were).

As early as possible, but from a time on: "so früh wie möglich, aber nicht vor zehn", "as early as
possible but not before ten", "möglichst früh, aber erst ab zehn", and the bound said first ("nicht
vor zehn, aber so früh wie möglich", W41): the earliest start is the bound's time, as "am Freitag so
früh wie möglich" is the opening (round 46), never the morning's first hours narrowed to
10:00-11:00 (`asap_from_bound`); the day may be said in the other field ("Samstag" / "so früh wie
möglich, aber nicht vor zehn").

Works on normalized text (`tools.when.normalize`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tools.when.lexicon import WEEKDAY_RE, WEEKDAYS

_ASAP = (
    r"(?:so\s*(?:bald|schnell|frueh|fix|flott|rasch)\s+(?:wie\s+)?(?:moeglich|es\s+geht)"
    r"|moeglichst\s+(?:bald|schnell|frueh|fix|flott|rasch)|schnellstmoeglich|baldmoeglichst"
    r"|fruehestmoeglich|asap"
    r"|as\s+(?:soon|early)\s+as\s+(?:possible|you\s+can)|the\s+earliest\s+possible)"
)
_DAY_WORDS = rf"heute|today|uebermorgen|morgen|tomorrow|{WEEKDAY_RE}"
_ASAP_BUT_NOT = re.compile(
    rf"^(?P<asap>(?:\w+\s+)*?{_ASAP})\s+(?:(?:aber|but|nur|only|just|jedoch)\s+)*(?:"
    rf"(?:nicht|not)\s+(?:mehr\s+)?(?:(?:am|an|on)\s+)?(?P<day>{_DAY_WORDS})"
    # the day first: "aber heute nicht", "aber heute schaff ich es nicht mehr" (round 59)
    rf"|(?:(?:am|an|on)\s+)?(?P<first>{_DAY_WORDS})\s+(?:(?:schaff|schaffe|kann|geht|klappt|passt)\s+"
    r"(?:(?:ich|ichs|es|das)\s+){0,2})?(?:nicht|not)(?:\s+mehr)?)$"
)
_OFFSETS = {"heute": 0, "today": 0, "morgen": 1, "tomorrow": 1, "uebermorgen": 2}


@dataclass(frozen=True)
class AsapExcept:
    text: str  # the earliest wish without the exclusion
    day_word: str  # the excluded day as normalized ("morgen", "dienstag")

    def excludes(self, day: date, today: date) -> bool:
        """Whether the caller took this day out (a weekday: its next one, today's included)."""
        if self.day_word in _OFFSETS:
            return day == today + timedelta(days=_OFFSETS[self.day_word])
        return day.weekday() == WEEKDAYS[self.day_word] and day - today < timedelta(days=7)


def asap_except(text: str) -> AsapExcept | None:
    """The earliest wish and the one day it excludes, or None when the phrase is no such wish."""
    m = _ASAP_BUT_NOT.match(text.strip())
    return AsapExcept(m["asap"], m["day"] or m["first"]) if m else None


# the lower bound: "nicht vor 10", "not before 10", "(erst) ab 10", "fruehestens (um) 10"
_BOUND = (
    r"(?:(?:nicht|not)\s+(?:vor|before|earlier\s+than|frueher\s+als)|(?:erst\s+)?ab"
    r"|fruehestens(?:\s+(?:um|ab))?|no\s+earlier\s+than|from)\s+(?:um\s+|at\s+)?"
    r"(?P<clock>(?:halb\s+)?\d{1,2}(?::\d{2})?)"
)
_LINK = r"(?:(?:aber|but|jedoch|und|and|dann|then|doch)\s+)*"
# "so frueh wie moeglich aber nicht vor 10", "as early as possible but not before 10"; not the
# start of a window ("... ab 10 bis 12")
_ASAP_FROM = re.compile(
    rf"\b{_ASAP}\s+{_LINK}{_BOUND}\b(?!\s*(?:uhr\s+)?(?:bis|until|to|till|oder|or)\b)"
)
# the bound said first: "nicht vor 10 aber so frueh wie moeglich", "erst ab halb 11 dann aber
# moeglichst frueh", "not before 10 but as early as possible"
_FROM_ASAP = re.compile(rf"\b{_BOUND}(?:\s+uhr)?\s+{_LINK}{_ASAP}\b")

_DAY_NAMED = re.compile(
    rf"\b(?:{WEEKDAY_RE}|heute|today|morgen|tomorrow|uebermorgen)\b|\b\d{{1,2}}\.(?:\s*\d{{1,2}}\.)?"
)


def asap_from_bound(text: str, day_said: bool = False) -> str:
    """`text` (normalized) with an earliest wish and a from-time bound, in either order, as the
    bound's time. Only with a day named, in this text or another field (`day_said`): alone, the
    earliest wish also picks the day."""
    if not day_said and not _DAY_NAMED.search(text):
        return text
    text = _ASAP_FROM.sub(lambda m: f"um {m['clock']}", text)
    return _FROM_ASAP.sub(lambda m: f"um {m['clock']}", text)
