"""The time of day carried over from now: "same time tomorrow", "morgen um die gleiche Zeit",
"heute in einer Woche um dieselbe Uhrzeit", "Freitag zur selben Zeit", "tomorrow at the same
time as today". The caller means the clock time of this moment, so the phrase is written as it,
on the salon's grid of start times ("um 15:45" said at 15:40: the next start, round 17). The
same time as something else ("wie letztes Mal", "as my sister", "wie immer", "the usual") is
not now's, nor is a time shared with someone ("my wife and I at the same time"): left as said,
so it is asked. "Next week at the same time" is a week from today. Nor is it now's time where the
phrase says another clock or names a booking it moves ("statt Mittwoch um elf lieber Dienstag zur
gleichen Zeit", "den Termin auf Freitag zur gleichen Zeit verschieben", "instead of Monday, Tuesday
same time"): the same time is that slot's, read by `offered_slot` where the slot's clock is said,
else left to be asked (round 58). Works on normalized text."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from tools.when.caller_event import CallerEvent
from tools.when.normalize import normalize

_SAME = r"(?:gleiche[nr]?|selbe[nr]?|dieselbe|derselben|same)"
_PHRASE = re.compile(
    r"\b(?:(?:um|zur|zu|at|for|in)\s+)?(?:(?:die|der|the)\s+)?"
    rf"{_SAME}\s+(?:uhr\s*zeit|uhrzeit|zeit|time)\b"
    # "wie heute", "as today", "as now": still now's time
    r"(?:\s+(?:wie|as)\s+(?:heute|jetzt|gerade|today|now|right\s+now)\b)?"
)
# "wie letztes Mal", "as my sister", "wie immer": another time than now's
_AS_OTHER = re.compile(r"^\s*(?:wie|as|als)\b")
# "next week at the same time": a week from today, as "heute in einer Woche" (round 17's label)
_NEXT_WEEK = re.compile(r"^(?:in\s+der\s+)?(?:naechste[nr]?|kommende[nr]?|next)\s+(?:woche|week)$")
# another person's time ("my wife and I at the same time", "zusammen mit meinem Sohn"): not now's
_COMPANY = re.compile(
    r"\b(?:wife|husband|partner|son|daughter|sister|brother|friend|mum|mom|dad|kids?|children"
    r"|together|both|we|us|frau|mann|sohn|tochter|schwester|bruder|freundin|freund|kind|kinder"
    r"|zusammen|gleichzeitig|beide|wir)\b"
)
# another clock said in the phrase ("um 11", "at 2", "14 uhr", "3 pm", "10:30"): the same time is its
_OTHER_CLOCK = re.compile(
    r"\b(?:(?:um|at|gegen|ab|from|around)\s+(?:halb\s+|half\s+)?\d|\d{1,2}(?::\d{2})?\s*(?:uhr|am|pm)\b"
    r"|\d{1,2}:\d{2})"
)
# a booking replaced or moved ("statt", "gebucht", "verschieben", "instead of", "reschedule"): the
# same time is the booking's, which the tool does not know unless its clock is said
_BOOKING_MOVED = re.compile(
    r"\b(?:statt|anstatt|stattdessen|gebucht|reserviert|verschieben|verschoben|verlegen|umbuchen"
    r"|instead|booked|reschedule|move|moved|push|termin\s+ist|appointment\s+is)\b"
)
_USUAL = re.compile(r"\b(?:wie\s+immer|wie\s+gewohnt|wie\s+sonst|as\s+always|as\s+usual|usual)\b")


def same_time(text: str, now: datetime, grid_minutes: int) -> str:
    """`text` with "the same time" (as now) written as now's clock time, on a grid of
    `grid_minutes`; other words must be left beside it (a day), or the phrase alone names no day
    and is left to be asked."""
    m = _PHRASE.search(text)
    if m is None or _AS_OTHER.match(text[m.end() :]) or _USUAL.search(text):
        return text
    if _COMPANY.search(text) or _OTHER_CLOCK.search(text) or _BOOKING_MOVED.search(text):
        return text
    before, after = text[: m.start()].strip(" ,"), text[m.end() :].strip(" ,")
    rest = f"{before} {after}".strip()
    if not rest:
        return text
    late = (now.hour * 60 + now.minute) % grid_minutes
    start = now + timedelta(minutes=(grid_minutes - late) % grid_minutes)
    if _NEXT_WEEK.fullmatch(rest):
        return f"heute in einer woche um {start:%H:%M}"
    return f"{before} um {start:%H:%M} {after}".strip()


_PIECES = re.compile(r"[,;.!?…]+")
_MAYBE = re.compile(r"zeit|time", re.IGNORECASE)  # a cheap look before normalizing


def booked_time_events(text: str) -> list[CallerEvent]:
    """The clauses of `text` (as said) whose "same time" is a booking's the caller moves without
    saying its clock ("statt Mittwoch lieber Freitag zur gleichen Zeit", "den Termin auf Freitag
    zur selben Uhrzeit verschieben"): the tool does not know that time, so the day stands and the
    time is asked, as for the caller's usual time (`usual_time`). With the slot's clock said,
    `offered_slot` reads it."""
    if not _MAYBE.search(text):
        return []
    if not _BOOKING_MOVED.search(normalize(text)) or _OTHER_CLOCK.search(normalize(text)):
        return []
    found = []
    for piece in _PIECES.split(text):
        m = _PHRASE.search(normalize(piece))
        if m is not None and not _AS_OTHER.match(normalize(piece)[m.end() :]):
            found.append(CallerEvent(m[0].strip(), piece.strip()))
    return found


__all__ = ["booked_time_events", "same_time"]
