"""A day bounded by a companion's (or the caller's own other) appointment: "Donnerstag, zur
gleichen Zeit wie meine Schwester", "am Mittwoch parallel zu meinem Sohn", "im Anschluss an
meinen Kleinen", "back to back with my partner on Friday", "at the same time as my brother".

The tool cannot know when that other appointment is, so the time is the caller's to say: the day
stands and the time is asked, as for an event of the caller's life (README, convention W1).
Answering the whole day would drop the bound silently and could book a time the caller cannot
use. A time said beside it is the wish ("Samstag um elf, gleichzeitig mit meiner Tochter"), as W1
has it; that is decided where the events are used (`resolve`).

Only before a person or their appointment ("meine Schwester", "my son", "den Termin von ...",
"his booking"): "parallel zum Einkaufen", "im Anschluss an die Arbeit" are no companion. "zusammen
mit" / "am selben Tag wie" bound no time and are left as they were (the day). Works on the
caller's words as said, clause by clause."""

from __future__ import annotations

import re

from tools.when.caller_event import CallerEvent
from tools.when.normalize import normalize

# the link between the day and the other appointment
_LINK = (
    r"(?:zur|zu\s+der|um\s+die|in\s+der)\s+(?:gleichen|selben|gleiche|selbe)\s+(?:zeit|uhrzeit)"
    r"\s+wie"
    r"|gleichzeitig\s+(?:mit|wie)|zeitgleich\s+(?:mit|wie)|parallel\s+(?:zu|zum|zur|mit)"
    r"|(?:direkt\s+|gleich\s+|kurz\s+)?(?:im\s+(?:direkten\s+|unmittelbaren\s+)?anschluss\s+an"
    r"|anschliessend\s+an)"
    r"|(?:at\s+)?(?:the\s+)?(?:same\s+time|same\s+slot)\s+as"
    r"|back\s+to\s+back\s+with|alongside|in\s+parallel\s+(?:with|to)|parallel\s+(?:with|to)"
    r"|simultaneously\s+with|at\s+once\s+with"
)
# the companion or their appointment said after the link
_WHOM = (
    r"(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer"
    r"|dein\w*|sein|seine|seinem|seinen|seiner|ihr|ihre|ihrem|ihren|ihrer"
    r"|dem\s+termin|den\s+termin|der\s+buchung|termin"
    r"|my|our|his|her|their|the\s+(?:appointment|booking|slot))\b"
)
_COMPANION = re.compile(rf"\b(?:{_LINK})\s+(?={_WHOM})")
_PIECES = re.compile(r"[,;.!?…]+")


def companion_events(text: str) -> list[CallerEvent]:
    """The clauses of `text` (as said) that bound the time by a companion's appointment."""
    found = []
    for piece in _PIECES.split(text):
        words = normalize(piece)
        m = _COMPANION.search(words)
        if m is None:
            continue
        clause = words[m.start() :].strip()
        found.append(CallerEvent(clause, _as_said(piece, clause)))
    return found


def _as_said(piece: str, clause: str) -> str:
    """The caller's words from the clause's first word on ("zur gleichen Zeit wie meine ...")."""
    first = clause.split()[0]
    tokens = piece.split()
    at = next((i for i, t in enumerate(tokens) if normalize(t).split()[:1] == [first]), None)
    return " ".join(tokens[at:] if at is not None else tokens).strip()
