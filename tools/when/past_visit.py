"""What a caller says about their last visit: "am Dienstag, also, wir hatten letztes Mal ja auch
Dienstag, und das hat gut gepasst", "letztes Mal hatten wir Dienstag, diesmal lieber Mittwoch",
"Friday, we had Friday last time too". A day named in such an aside is the last visit's, not
the wish: the aside is left out and the day said around it decides.

The last visit's day is the wish only when the caller says so, comparing ("wie letztes Mal am
Dienstag", "same as last time, Tuesday", "wieder Dienstag, wie letztes Mal"): then only the words
"wie letztes Mal" are left out. The last visit's time wanted again beside a day ("in acht
Wochen, zur gleichen Uhrzeit wie letztes Mal", "same time as last time, in three weeks") leaves
the day standing and the time unknown: `time_again`, asked (W1). A last visit alone ("wie letztes Mal", "wir hatten letztes Mal
Dienstag", "letztes Mal am Dienstag") names no wish the tool can know: asked, saying so.
"letzten Dienstag" (no "Mal") is a day gone, not an aside.

Works clause by clause on what the caller said (split at commas and full stops): with no
punctuation the whole phrase is one clause, so a wish said in it is left out too and asked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import WEEKDAY_RE, is_temporal
from tools.when.normalize import normalize

# a cheap look before reading clause by clause
_MAYBE = re.compile(r"letzt|last|previous", re.IGNORECASE)
_CLAUSES = re.compile(r"([,;?!]+|\.(?=\s|$)|\s[-–]\s)")
_LAST_VISIT = re.compile(
    r"\b(?:(?:das|beim|the)\s+)?(?:letzte[nsr]?|vorletzte[nsr]?|last|previous)\s+"
    r"(?:mal|besuch|visit|time(?!\s+(?:slots?|you|possible|available|of|in|on|today|there)\b))\b"
    # "beim letzten Termin", "my last appointment" (never "der letzte Termin", the day's last)
    r"|\b(?:beim|bei\s+meinem|bei\s+unserem|my|our|at\s+my|at\s+our)\s+"
    r"(?:letzten|vorletzten|last|previous)\s+(?:termin|appointment)\b"
)
# the caller compares: the last visit's day (or time) is wanted again
_AS_BEFORE = re.compile(
    r"\b(?:(?:so|genau|genauso|ganz)\s+)?(?:wie|like|as)\s+(?=(?:on\s+|at\s+|bei\s+)?"
    r"(?:das\s+|beim\s+|the\s+|my\s+|our\s+|meinem\s+)?"
    r"(?:letzte[nsr]?|vorletzte[nsr]?|last|previous)\s)|\bsame\s+as\s+|\bwieder\b|\bagain\b"
)

# what makes a clause with "letztes Mal" about a visit: said of the past, or with a day named
# ("das letzte Mal am Tag", "the last time" alone are the day's last start: not read here)
_OF_A_VISIT = re.compile(
    rf"\b(?:hatte|hatten|hattet|war|waren|wars|warst|gewesen|had|was|were|came|did|went|kam"
    rf"|kamen|{WEEKDAY_RE})\b"
)
_OF_THE_DAY = re.compile(r"\b(?:am|im|des|of\s+the|in\s+the)\s+(?:tag|tages|day)\b")
# "..., und das hat gut gepasst", "..., that worked well": the aside goes on
_GOES_ON = re.compile(r"^(?:(?:und|and)\s+)?(?:das|des|dat|es|that|it|which|was)\b")


# the clock of the last visit wanted again: "die gleiche Uhrzeit wie", "same time as"
_TIME_WORD = re.compile(
    r"\b(?:(?:um|zur|zu|at|for|in)\s+)?(?:(?:die|der|the)\s+)?(?:gleiche[nr]?|selbe[nr]?|dieselbe"
    r"|derselben|same)\s+(?:uhr\s*zeit|zeit|time|hour)\b|\b(?:uhrzeit|zeit|uhr|time|hour)\b"
)


@dataclass(frozen=True)
class PastVisit:
    text: str  # what the caller said without the asides about the last visit
    aside: str  # the words left out, as the caller said them
    time_again: bool = False  # the last visit's time wanted again: unknown to the tool


def drop_past_visits(text: str) -> PastVisit | None:
    """`text` without its clauses about the last visit (only the comparing words of a clause
    that wants it again), or None when it says nothing about a last visit."""
    if not _MAYBE.search(text):
        return None
    parts = _CLAUSES.split(text)
    kept: list[str] = []
    left_out: list[str] = []
    time_again = False
    aside = False  # the clause before was about the last visit
    for i, part in enumerate(parts):
        if i % 2:
            kept.append(part)
            continue
        said = normalize(part)
        visit = _LAST_VISIT.search(said)
        if visit is not None and (
            _OF_THE_DAY.search(said) or not (_AS_BEFORE.search(said) or _OF_A_VISIT.search(said))
        ):
            visit = None
        if visit is None and aside and _goes_on(said):
            left_out.append(part.strip())
            continue
        aside = visit is not None
        if visit is None:
            kept.append(part)
            continue
        if _AS_BEFORE.search(said):  # "wie letztes Mal am Dienstag": the day is wanted
            rest = said[: visit.start()] + said[visit.end() :]
            time_again = time_again or bool(_TIME_WORD.search(rest))
            kept.append(" " + _TIME_WORD.sub(" ", _AS_BEFORE.sub(" ", rest)))
        left_out.append(part.strip())
    if not left_out:
        return None
    return PastVisit("".join(kept), ", ".join(left_out), time_again)


def _goes_on(said: str) -> bool:
    """A clause that goes on about what came before ("und das hat gut gepasst") and names no
    day or time of its own."""
    m = _GOES_ON.match(said)
    return m is not None and not any(is_temporal(w) for w in said[m.end() :].split())
