"""A time named by the caller's habit: "zur gewohnten Zeit am Samstag", "Freitag, die übliche
Uhrzeit", "am Dienstag zu meiner Stammzeit", "Thursday at my usual time", "Samstag zur selben
Zeit wie immer". The caller knows the time; the tool does not (there is no record of their
visits here), so the day stands and the time is asked, as for an event of the caller's life
(README, convention W1; round 56). A clock said beside it is the wish ("zur gewohnten Zeit, also
um zehn"), decided where the events are used (`resolve`).

Only a time word after the habit word ("Zeit", "Uhrzeit", "Termin", "time", "slot"): "wie immer
am Samstag" (the day as always) and "wie gewohnt" say no time and stay the day. Works on the
caller's words as said, clause by clause."""

from __future__ import annotations

import re

from tools.when.caller_event import CallerEvent
from tools.when.normalize import normalize

# a cheap look before normalizing clause by clause
_MAYBE = re.compile(
    r"gewohnt|[uü]e?blich|gew[oö]e?hnlich|normal|stamm|immer|sonst|usual|regular|normal|always",
    re.IGNORECASE,
)
_HABIT = r"(?:gewohnte[nmr]?|uebliche[nmr]?|gewoehnliche[nmr]?|normale[nmr]?|usual|regular|normal)"
_TIME = r"(?:uhr\s*zeit|zeit|termin\w*|time|slot|hour)"
_USUAL = re.compile(
    rf"\b(?:(?:zur|zu|um|die|der|den|dem|in|at|for|the|my|our|meine[mnr]?|unsere[mnr]?)\s+)*"
    rf"(?:{_HABIT}\s+{_TIME}|stamm(?:uhr)?zeit|stammtermin)\b"
    # "zur selben Zeit wie immer", "at the same time as always": the habit said after the time
    r"|\b(?:(?:zur|zu|um|die|der|at|the)\s+)*(?:gleiche[nr]?|selbe[nr]?|dieselbe|derselben|same)"
    rf"\s+{_TIME}\s+(?:wie|as)\s+(?:immer|sonst|gewohnt|ueblich|always|usual|ever)\b"
)
_PIECES = re.compile(r"[,;.!?…]+")


def usual_time_events(text: str) -> list[CallerEvent]:
    """The clauses of `text` (as said) that name the caller's usual time."""
    if not _MAYBE.search(text):
        return []
    found = []
    for piece in _PIECES.split(text):
        m = _USUAL.search(normalize(piece))
        if m is not None:
            found.append(CallerEvent(m[0].strip(), piece.strip()))
    return found


__all__ = ["usual_time_events"]
