"""A second person's appointment said relative to the first in the same phrase: "Freitag um
zehn, und meine Tochter direkt danach", "eine Stunde vorher für meine Mutter", "ich direkt
hinterher", "and me straight after", "an hour later for my dad", "zur gleichen Zeit bei einer
Kollegin".

Each person gets a check and a hold of their own (`for_person`), and the date check does not know
whose appointment a call is for: one time would be a confident wrong answer for the other person.
So the phrase is read without the second person's clause (the first appointment), and two
different times are asked with both (README, convention W12); the same time for both is that time.
"direkt danach" starts when the first ends: after this check's service length (`minutes`), which
the question says is the first one's to confirm.

Only a clause made of a person ("meine Tochter", "ich", "für mich", "my son", "me") and a relation
to the first appointment ("dann meine Frau", "eine Stunde nach mir", "me right after her" too): "danach muss ich weg", "im Anschluss an meinen Sohn" (a companion's
appointment already set: `companion.py`) are no second appointment."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.when.normalize import normalize

# a person's second word ("meine kleine Tochter"), never a span's first ("my husband half an
# hour after")
_SECOND_WORD = r"(?:\s+(?!(?:half|halbe|an|a|one|eine?|einer|anderthalb|eineinhalb)\b)(?!\d)\w+)?"
_PERSON = (
    rf"(?:(?:fuer|for)\s+)?(?:mein|meine|meinen|meinem|meiner|unser\w*|my|our)\s+\w+{_SECOND_WORD}"
    r"|(?:fuer|for)\s+(?:mich|me|uns|us)|ich|me|wir|we"
)
# after "after" / "before" the person is whom it is for ("an hour later for my dad"), or the
# word is a preposition: "straight after my wife" bounds the caller's time by another
# appointment (`companion.py`), no second one here; after an adverb ("danach meine Frau",
# "eine Stunde vorher für meine Mutter") the person is the second one
_FOR_PERSON = (
    rf"(?:fuer|for)\s+(?:mein|meine|meinen|meinem|meiner|unser\w*|my|our)\s+\w+{_SECOND_WORD}"
    r"|(?:fuer|for)\s+(?:mich|me|uns|us)|ich|me|wir|we"
)
# right after the first one ends: the first one's length
_AFTER = (
    r"(?:(?:direkt|gleich|kurz|dann|sofort|straight|right|immediately|just|then)\s+)*"
    r"(?:danach|hinterher|anschliessend|im\s+(?:direkten\s+)?anschluss(?:\s+daran)?|after"
    r"|afterwards|right\s+after|straight\s+after)"
    # after the first person, said as a pronoun: "direkt nach mir", "right after her"
    r"(?:\s+(?:daran|that|nach\s+(?:mir|ihr|ihm|uns)|(?:after\s+)?(?:me|her|him|us)))?"
    r"|(?:(?:direkt|gleich|kurz|sofort)\s+)*nach\s+(?:mir|ihr|ihm|uns)"
)
_SAME = (
    r"(?:zur|zu\s+der|um\s+die)\s+(?:gleichen|selben|gleiche|selbe)\s+(?:zeit|uhrzeit)"
    r"|zeitgleich|gleichzeitig|parallel|(?:at\s+)?the\s+same\s+time"
)
_COUNT = r"(?P<count>\d+|eine|einer|ein|an|a|one|anderthalb|eineinhalb)"
_SPAN = (
    rf"(?:{_COUNT}\s+)?(?P<half>halbe\s+|half\s+an\s+|half\s+)?"
    r"(?P<unit>stunden?|std|minuten?|min|hours?|minutes?)"
)
_EARLIER = (
    r"vorher|frueher|davor|eher|earlier|before(?:\s+(?:me|her|him|us))?|vor\s+(?:mir|ihr|ihm|uns)"
)
_LATER = r"spaeter|danach|later|after(?:\s+(?:me|her|him|us))?|nach\s+(?:mir|ihr|ihm|uns)"
_SHIFT = rf"(?:{_SPAN})\s+(?:(?P<earlier>{_EARLIER})|{_LATER})"
_RELATION = rf"(?P<after>{_AFTER})|(?P<same>{_SAME})|{_SHIFT}"
_TRAILER = (
    r"(?:\s+(?:bei\s+(?:einer|einem|der|dem)\s+\w+|bei\s+jemand(?:em)?\s+anderem"
    r"|with\s+(?:another|a)\s+\w+|with\s+someone\s+else|am\s+selben\s+tag"
    r"|same\s+day|on\s+the\s+same\s+day|bitte|please))*"
)
_LEAD = r"(?:(?:und|and|dann|then|noch)\s+)*"
_BETWEEN = r"\s+(?:(?:dann|noch|then|gleich|direkt|sofort|auch|also|bitte|please)\s+)*"
# the person before the relation ("meine Tochter direkt danach") or after it ("eine Stunde
# vorher für meine Mutter")
_CLAUSES = (
    re.compile(rf"{_LEAD}(?:{_PERSON}){_BETWEEN}(?:{_RELATION}){_TRAILER}"),
    re.compile(
        rf"{_LEAD}(?:{_RELATION}){_BETWEEN}"
        rf"(?:{_FOR_PERSON}|(?<!after\s)(?<!before\s)(?:{_PERSON})){_TRAILER}"
    ),
    # "dann meine Frau", "then my son": the next one after the first
    re.compile(rf"(?:(?:und|and)\s+)?(?P<after>dann|then)\s+(?:noch\s+)?(?:{_PERSON}){_TRAILER}"),
)
_ALSO_SAID = re.compile(r"(?:und|and)?\s*(?:am\s+selben\s+tag|same\s+day|on\s+the\s+same\s+day)")
_PIECES = re.compile(r"\s*[,;]\s*|\s+(?=(?:und|and)\s)", re.IGNORECASE)


@dataclass(frozen=True)
class Second:
    first: str  # the words of the first appointment, as said
    shift: int | None  # minutes from the first; None: when the first ends (its length)


def second_appointment(text: str | None) -> Second | None:
    """The second person's appointment in `text` (as said), with the first's words."""
    if not text:
        return None
    pieces = [p for p in _PIECES.split(text) if p and p.strip()]
    if len(pieces) < 2:  # one piece is the first appointment or the second, never both
        return None
    kept: list[str] = []
    found: re.Match[str] | None = None
    for piece in pieces:
        words = normalize(piece)
        m = _clause(words) if found is None else None
        if m is not None:
            found = m
        elif not (found is not None and _ALSO_SAID.fullmatch(words)):
            kept.append(piece.strip())
    if found is None or not kept:
        return None
    return Second(", ".join(kept), _shift(found))


def _clause(words: str) -> re.Match[str] | None:
    return next((m for c in _CLAUSES if (m := c.fullmatch(words))), None)


def _shift(m: re.Match[str]) -> int | None:
    said = m.groupdict()
    if said.get("after"):
        return None
    if said.get("same"):
        return 0
    unit = 60 if said["unit"].startswith(("stunde", "std", "hour")) else 1
    count = said["count"] or "1"
    if count in ("anderthalb", "eineinhalb"):
        size = 90 if unit == 60 else 1
    elif said["half"]:
        size = 30 if unit == 60 else 0
    else:
        size = (int(count) if count.isdigit() else 1) * unit
    return -size if said["earlier"] else size
