"""A day bounded by an event of the caller's life whose time the salon cannot know ("Freitag, wenn
mein Mann zu Hause ist", "sobald die Oma die Kleine nimmt", "Friday once my wife is back",
"Thursday when the babysitter comes"): the day stands, the time is open. A receptionist asks
"um wie viel Uhr wäre das?"; answering the whole day would drop the caller's bound silently, and
a guessed time would be a confident wrong answer (README, convention W1).

A clause is such an event when a conjunction of time or condition ("wenn", "sobald", "falls",
"nachdem", "bevor", "solange", "während", "when", "once", "while", "as soon as") opens it and its
subject is not the salon, the booking or politeness ("wenn es geht", "wenn Sie aufmachen", "wenn
das klappt", "if that's possible", "when you open"); "bis", "before", "after", "until" and "if"
open one only before a person ("bis die Kinder aus dem Kindergarten kommen", "before my son gets
out of kindergarten", "after I drop the kids off"; "after my shift", "until the end of the month"
are no clause). The clock change ("wenn die Uhren umgestellt werden") is a named day, no event.

With a time read beside the clause it is the caller's reason and the time is the wish (README
round 27); with the event's own time said, `work_bound` and `own_schedule` read the bound first
("wenn mein Mann um fünf zu Hause ist": from 17:00). Works on the caller's words as said, clause
by clause (the recogniser's commas end a clause)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.lexicon import NEAR_DAY_RE, WEEKDAY_RE
from tools.when.normalize import normalize

_OPENS = (
    r"wenn|sobald|falls|nachdem|bevor|ehe|solange|waehrend|when|whenever|once|while"
    r"|as\s+soon\s+as"
)
_OPENS_BEFORE_A_PERSON = r"bis|before|after|until|till|if"
# the first word of a clause about the salon, the booking or politeness, never the caller's day
_NOT_AN_EVENT = (
    r"es|s|das|dies|sie|ihr|man|moeglich|noetig|noch|da|dann|was|etwas|ueberhaupt|nicht|ja|doch"
    r"|irgend\w*|alles|wie|it|its|thats|that|this|you|youre|youve|youd|possible|necessary|needed"
    r"|there|theres|any|anything|not|so|convenient|ok|okay|a|an|again|more|every|is|are|all"
    r"|mir|uns|euch|ihnen|dir|wenig|weniger|nix|nichts|geoeffnet|offen|auf|open|quiet"
    r"|(?:der|die|das|the|ihr|euer|eure|your)\s+(?:salon|laden|geschaeft|shop|friseur\w*)"
)
_PERSON = (
    r"ich|wir|er|i|we|he|she|they"
    r"|(?:mein|unser|my|our|his|her|their)\w*\s+\w+\s+\w+"
    r"|(?:die|der|das|the)\s+(?:kinder|kleinen?|kleine[rn]?|baby|babysitter\w*|oma|opa|kids"
    r"|children|babysitter)\s+\w+"
)
_CLAUSE = re.compile(
    rf"\b(?:(?:{_OPENS})\s+(?!(?:{_NOT_AN_EVENT})\b)"
    rf"|(?:{_OPENS_BEFORE_A_PERSON})\s+(?=(?:{_PERSON})\b))"
)
# a day said at the clause's end ("wenn mein Mann zu Hause ist am Freitag") is no part of it
_DAY = re.compile(rf"\s+(?:(?:am|on|den|the)\s+)?(?:{WEEKDAY_RE}|{NEAR_DAY_RE})\b.*$")
_CLOCK_CHANGE = re.compile(r"\b(?:umgestellt|umstellung|zeitumstellung|clocks?|dst)\b")
# pay comes on a day, not at an hour ("wenn mein Gehalt da ist, also am Ersten"): no time bound;
# the day said with it is read by `event_restated`, alone it stays unread (asked which day)
_PAY = re.compile(r"\b(?:gehalt|lohn|rente|paycheck|salary|paid|wages)\b")
# "der Tag, bevor ...", "the Friday before ...", "a week after ...": a day counted from the event
_COUNTS = frozenset({"bevor", "ehe", "nachdem", "before", "after"})
_COUNTED_FROM = re.compile(
    rf"\b(?:tag|tage|tagen|day|days|woche|wochen|week|weeks|wochenende|weekend"
    rf"|(?:the|den|der|dem)\s+(?:{WEEKDAY_RE}))\s*$"
)
_PIECES = re.compile(r"[,;.!?]+|\s+(?:und|and|also|so|dann|then)\s+")


@dataclass(frozen=True)
class CallerEvent:
    words: str  # the clause, normalized ("wenn meine frau zu hause ist")
    said: str  # the clause as the caller said it, for the question back


def caller_events(text: str) -> list[CallerEvent]:
    """The clauses of `text` (as said) that bound the time by the caller's own event."""
    found = []
    before = ""  # the words said before the piece, normalized
    for piece in _PIECES.split(text):
        words = normalize(piece)
        m = _CLAUSE.search(words)
        head, before = f"{before} {words[: m.start()] if m else ''}", f"{before} {words}"
        counted = m is not None and m[0].split()[0] in _COUNTS and _COUNTED_FROM.search(head)
        if m is None or _CLOCK_CHANGE.search(words) or _PAY.search(words) or counted:
            # "am Tag, bevor die Schwiegereltern kommen", "the Friday before my wedding": a day
            # counted from the event (`counted_days`), no time bound
            continue
        clause = _DAY.sub("", words[m.start() :]).strip()
        if len(clause.split()) < 3:  # "wenn möglich", "sobald wie möglich": no event said
            continue
        found.append(CallerEvent(clause, _as_said(piece, clause)))
    return found


def in_event(word: str, events: list[CallerEvent]) -> bool:
    """A leftover word (or clause) that belongs to one of the caller's event clauses."""
    return any(f" {word} " in f" {e.words} " for e in events)


def _as_said(piece: str, clause: str) -> str:
    """The caller's words from the clause's first word on ("wenn mein Mann zu Hause ist")."""
    first = clause.split()[0]
    tokens = piece.split()
    at = next((i for i, t in enumerate(tokens) if normalize(t).split()[:1] == [first]), None)
    return " ".join(tokens[at:] if at is not None else tokens).strip()
