"""A move said by what it kept and what it changed (blind 52, claims129).

"Der Tag bleibt, nur die Uhrzeit ist jetzt 15 Uhr", "Freitag bleibt Freitag, nur eben nachmittags
um drei", "Still Friday, I've just moved you to 3 pm", "Um zehn bleibt es, aber am Donnerstag
statt Freitag", "Die Uhrzeit bleibt gleich, nur der Tag ist jetzt Donnerstag", "Rescheduled to
Thursday, same time as before", "Still with Fabian, just Thursday at three now", "Same perm, just
on Thursday at 3 now": a move of the caller's appointment in which one detail stayed. The kept
detail is part of the claim: the day kept is the old appointment's day, the time kept its hour
(shifts (0, "day", 0) and (0, "clock", 0), checked against the move's old place), a stylist or
service kept is named as the new appointment's. A RESCHEDULED claim of the new place with what
was kept, added beside a move read already (which may lack the kept part), or alone.

Not: a change of something else beside a kept day ("Freitag bleibt, nur die SMS kommt später":
no other day or time named), questions, offers, conditions and denials.
"""

from __future__ import annotations

import dataclasses

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_WD = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_DAY_KEPT = lazy(
    rf"\b(?:der\s+|the\s+)?(?:tag|day)\s+(?:bleibt|stays|remains|is\s+(?:still\s+)?the\s+same)\b|"
    rf"\b(?:gleiche[rn]?|selbe[rn]?|derselbe)\s+tag\b|\bsame\s+day\b|"
    rf"\bstill\s+(?:on\s+)?(?:a\s+)?{_WD}\b|\b{_WD}\s+(?:bleibt|stays|remains)\b|"
    rf"\bbleibt\s+(?:es\s+)?(?:beim|am|bei)\s+{_WD}\b|\b(?:am\s+)?{_WD}\s+bleibt(?:'s|\s+es)\b"
)
_TIME_KEPT = lazy(
    r"\b(?:die\s+|the\s+)?(?:uhrzeit|zeit|time)\s+(?:bleibt|stays|remains|is\s+(?:still\s+)?the\s+"
    r"same)\b|\b(?:gleiche[rn]?|selbe[rn]?|dieselbe)\s+(?:uhrzeit|zeit)\b|\bsame\s+time\b|"
    r"\bum\s+[\w:]+(?:\s+uhr)?\s+bleibt(?:'s|\s+es)\b|\bstill\s+(?:at\s+)?[\w:]+\s+o'clock\b"
)
# a stylist or service kept, named: "Fabian bleibt", "Bei Fabian bleibt es", "still with Fabian",
# "same perm", "Die Dauerwelle bleibt"
_NAMED_KEPT = lazy(
    r"\b\w+\s+(?:bleibt|stays|remains)\b|\bbleibt\s+(?:es\s+|alles\s+)?bei\s+\w+|"
    r"\bstill\s+with\s+\w+|\bsame\s+\w+,?\s+(?:just|only|but)\b"
)
_CUE = lazy(
    r"\b(?:nur|bloß|eben|just|only|aber|but|jetzt|nun|now|statt|instead|verlegt|verschoben|moved|"
    r"changed|geändert|umgebucht|umgestellt|umgelegt|gelegt|geschoben|vorgezogen|rescheduled|"
    r"switched|shifted|put)\b"
)
_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|would|could|should|shall|könnte|könnten|würde|würden|"
    r"wäre|wären|soll|sollen|möchten|möchte|wollen|want|wish|prefer|lieber|kann|können|can|"
    r"vielleicht|maybe|perhaps|usually|normalerweise|nicht|kein\w*|not|never|nothing|nichts)\b|"
    r"n't\b"
)
_OLD = lazy(r"\b(?:statt|anstatt|instead\s+of|rather\s+than)\s+(?P<old>[^,;:.!?–]*)")
_KEPT_WORDS = ("bleib", "same", "still", "gleich", "selbe", "stay", "remain")
_DAY_WORD = lazy(rf"\b(?:tag|day|datum|date)\b|{_WD}")
_TIME_WORD = lazy(r"\b(?:uhrzeit|zeit|time)\b")


def kept_detail(sentence: str, names: Names) -> tuple[Claim, ...]:
    """A RESCHEDULED claim of a move said with the detail it kept (see above), or none."""
    text = fold(sentence).text
    if not any(w in text for w in _KEPT_WORDS):
        return ()
    day_kept, time_kept = _DAY_KEPT.search(text), _TIME_KEPT.search(text)
    named_kept = _NAMED_KEPT.search(text)
    if not (day_kept or time_kept or named_kept):
        return ()
    if not _CUE.search(text) or _NOT_STATED.search(text):
        return ()
    old = _OLD.search(text)
    new_text = text[: old.start()] + text[old.end() :] if old else text
    new = read_details(new_text, names)
    rest = new_text
    for kept in (day_kept, time_kept):
        if kept is not None:
            rest = rest.replace(kept.group(), " ")
    rest_d = read_details(rest, names)
    shifts = set(new.shifts)
    if day_kept:
        if not (rest_d.times or _TIME_WORD.search(rest)):
            return ()  # "Freitag bleibt, nur die SMS kommt später": no time changed
        shifts.add((0, "day", 0))
    if time_kept:
        if not (rest_d.weekdays or rest_d.days or rest_d.relative_days or _DAY_WORD.search(rest)):
            return ()
        shifts.add((0, "clock", 0))
    if not (day_kept or time_kept):
        placed = new.weekdays or new.days or new.relative_days or new.times
        if not (placed and (new.stylists or new.services)):
            return ()  # "Still with Fabian, just Thursday at three now": the kept one named
    new = dataclasses.replace(new, shifts=frozenset(shifts))
    parts = [(Role.NEW, new)]
    if old is not None:
        was = read_details(old["old"], names)
        if not was.empty:
            parts.append((Role.OLD, was))
    return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(tuple(parts))),)
