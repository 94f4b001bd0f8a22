"""Someone of the caller's household coming home (or the sitter arriving) at a time said
("Freitag, wenn mein Mann um fünf heimkommt", "sobald meine Frau um sechs von der Arbeit zurück
ist", "wenn der Babysitter um vier kommt", "Friday, when my husband gets home at three", "once
I'm back home at four"): the caller is free from then on, so the bound is that time, read as the
window from it to closing ("ab T"), never the arrival's time as the appointment's start (a
confident wrong answer: README, convention W1, rounds 17b/25).

Only after "wenn", "sobald", "nachdem", "when", "once", "as soon as", "after" with a person
right after it, with exactly one clock time in the clause and none beside it ("wenn mein Mann
um fünf heimkommt, so um halb sechs": the time after it is the wish). "bevor mein Mann um fünf
heimkommt" is a deadline (`own_schedule`); so is going home ("wenn ich um zwölf nach Hause
muss"). Works on the caller's words as said, before `work_bound`."""

from __future__ import annotations

import re

from tools.when.work_bound import one_clock, said_clock

_CLAUSE = re.compile(
    r"(?i)\b(?:wenn|sobald|nachdem|when|once|as\s+soon\s+as|after)\s+"
    r"(?:(?:mein|meine|unser|unsere|my|our|die|der|the)\s+\w+|ich|wir|er|sie|i|im|i'm|we|he|she"
    r"|they)\b(?P<body>[^,;.!?]*)"
)
# the person arriving home, back or here ("heimkommt", "nach Hause kommt", "zu Hause ist",
# "zurück ist", "von der Arbeit kommt", "gets home", "is back", "comes back from work")
_HOME = re.compile(
    r"(?i)\b(?:heim\w*|(?:nach|zu)\s+hause|daheim|zur(?:ue|ü)ck|wieder\s+da|da\s+(?:ist|bin|sind)"
    r"|von\s+der\s+arbeit|home|back"
    # arriving: the babysitter, the grandmother who takes the children ("wenn die Oma um drei
    # kommt", "once the sitter arrives at four")
    r"|kommt|kommen|komme|ankommt|ankommen|eintrifft|arrives?|comes|gets\s+here|is\s+here)\b"
)

# going home is a deadline, not a homecoming ("wenn ich um zwölf wieder nach Hause muss")
_MUST_GO = re.compile(
    r"(?i)\b(?:muss|muessen|müssen|musst|must|have\s+to|has\s+to|need\s+to|needs\s+to|los"
    r"|leave|leaves|gehen|gehe|geht|weg)\b"
)


def home_bound(text: str) -> str | None:
    """`text` with a household member's homecoming at a time read as the window from it, or
    None when no such clause is said."""
    m = _CLAUSE.search(text)
    if m is None or _HOME.search(m["body"]) is None or _MUST_GO.search(m["body"]):
        return None
    clock = one_clock(m[0])
    if clock is None or one_clock(text[m.end() :]) or one_clock(text[: m.start()]):
        return None  # another time said beside it is the caller's wish (README round 27)
    return f"{text[: m.start()]} ab {said_clock(*clock)} {text[m.end() :]}".strip()
