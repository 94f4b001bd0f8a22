"""A claim split over two sentences, the details in the first and the verdict in the second
(blind 11 and its probes):

- a move: "Not Friday anymore. Thursday at three, already updated.", "Nicht mehr Freitag.
  Donnerstag um drei, schon aktualisiert." The day said gone is where the appointment was (OLD),
  the next sentence's day and time where it is (NEW): RESCHEDULED;
- a day and time asked back, then said had: "Den Freitag um zehn? Den haben Sie jetzt.",
  "Friday at ten? It's yours now." The fragment names the booking: BOOKED, with its details
  (it must name a day and a time).

The clause readers read each sentence alone: the verdict names nothing, the fragment claims
nothing. Not: negations or conditions in the verdict, a verdict that is itself a question.
"""

from __future__ import annotations

from agent.claims.details import WEEKDAYS, ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAY = "(?:" + "|".join(WEEKDAYS) + ")"
_TRIGGER = lazy(r"any\s?more|no\s+longer|nicht\s+mehr|haben\s+sie\s+(?:jetzt|nun)|yours\s+now")
_MOVED = lazy(
    rf"\b(?:not\s+(?P<old>{_DAY})\s+any\s?more|no\s+longer\s+(?P<old2>{_DAY})|nicht\s+mehr\s+"
    rf"(?:der\s+|am\s+)?(?P<old3>{_DAY}))\s*[.!]\s+(?P<new>[^.!?]*?)\s*[,–—]?\s*(?:already\s+|all\s+|"
    r"now\s+|schon\s+|jetzt\s+|bereits\s+)?(?:updated|changed|switched|done|aktualisiert|geändert|"
    r"umgetragen|erledigt)\s*[.!]?"
)
_HAD = lazy(
    r"(?P<frag>[^.!?]{3,60})\?\s+(?:(?:den|der|die|das)\s+haben\s+sie\s+(?:jetzt|nun)(?:\s+auch)?|"
    r"(?:it's|that's)\s+yours\s+now)\s*[.!]?\s*$"
)
_NOT = lazy(r"\b(?:nicht|kein\w*|wenn|falls|not|no|if|unless)\b|n't\b")


def split_claims(sentence: str, names: Names) -> tuple[Claim, ...]:
    """The claims `sentence` splits over two of its sentences (see above)."""
    folded = fold(sentence)
    text = folded.text
    if not _TRIGGER.search(text):
        return ()
    out = []
    for m in _MOVED.finditer(text):
        new = read_details(m["new"], names)
        if _NOT.search(m["new"]) or not (new.weekdays or new.times):
            continue
        old = read_details(m["old"] or m["old2"] or m["old3"], names)
        details = ClaimDetails(((Role.NEW, new), (Role.OLD, old)))
        out.append(Claim(ClaimKind.RESCHEDULED, *folded.span(m.start(), m.end()), details))
    m = _HAD.search(text)
    if m is not None:
        named = read_details(m["frag"], names)
        if (named.weekdays or named.days or named.relative_days) and named.times:
            details = ClaimDetails(((Role.ANY, named),))
            out.append(Claim(ClaimKind.BOOKED, *folded.span(m.start(), m.end()), details))
    return tuple(out)
