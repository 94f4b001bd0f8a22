"""A move said by the old place out and the new one in, in either order (blind 52, claims129).

"It's no longer Friday, it's Thursday at three now", "Nicht mehr Freitag, jetzt Donnerstag um
drei", "Friday's out, Thursday's in", "Freitag weg, Donnerstag um drei neu", "Raus aus dem
Freitag, rein in den Donnerstag um drei", "Done: out of Friday, into Thursday at three": the
caller's appointment left the one place for the other, a RESCHEDULED claim with both (the old
place checked against where the move came from: "Saturday's out, Thursday's in" is false after
a move from Friday). Also a new place said by its noun ("Neues Datum: 27. November, fünfzehn
Uhr", "New date: 2 December at ten"), and two appointments said swapped ("Freitag und Samstag
sind vertauscht"): a move of both, true only where the call moved both.

Not: alternatives offered ("Freitag ist raus, Samstag wäre noch frei"), questions, conditions,
another person's day ("Fabian hat seinen freien Tag …"), a day said out with no other in.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Details, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)"
)
_CUE = lazy(
    r"\b(?:nicht\s+mehr|no\s+longer|anymore|any\s+more|weg|raus|out|gone|off|neu|neue[rs]?|new|"
    r"vertauscht|getauscht|swapped)\b"
)
# the old place said left: "no longer Friday", "Friday's out", "raus aus dem Freitag"
_OUT = lazy(
    rf"\b(?:nicht\s+mehr|no\s+longer)\s+(?:(?:am|on|der|the|ihr|your)\s+)?{_DAY}|"
    rf"\b(?:not|nicht)\s+(?:(?:am|on)\s+)?{_DAY}\W*\w*\s*(?:anymore|any\s+more|mehr)\b|"
    r"^\W*(?:\w+\W+){0,3}?(?:weg|raus|out|gone|off|gestrichen|history|geschichte)\W*$|"
    r"\b(?:raus\s+aus|out\s+of|out\s+with)\b|\b(?:ist|is|'s)\s+(?:jetzt\s+|now\s+)?(?:weg|raus|"
    r"out|gone|off)\b"
)
# the new place said taken: "Thursday's in", "rein in den Donnerstag", "Donnerstag neu", "now"
_IN = lazy(
    r"\b(?:jetzt|nun|now|neu|new|rein|drin|in|into|sondern|yours|ihrer|dran|on)\b|^\W*it's\b"
)
_NOT_STATED = lazy(
    r"\?|\b(?:wenn|falls|ob|if|whether|would|could|könnte|könnten|wäre|wären|würde|möchten|"
    r"lieber|frei|free|available|open|offen|verfügbar|seinen|seine|his|her|ihren\s+freien|bitte|"
    r"please)\b"
)
_CLAUSES = lazy(r"\s*(?:[,;:–—]|\bsondern\b|\bbut\b)\s*")
_NEW_NOUN = lazy(
    r"^\W*(?:ihr\s+|your\s+|the\s+)?(?:neue[rs]?|new)\s+(?:datum|termin|tag|uhrzeit|date|time|"
    r"day|appointment|slot)\s*(?::|–|-|\bist\b|\bis\b)\s*(?P<place>.+)$"
)
# two places joined, what a swap exchanges: "Freitag und Samstag", "your two appointments"
_PAIR = lazy(
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\s+(?:und|and|&)\s+(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(?:beiden|zwei|both|two)\s+(?:termine|appointments)\b"
)
_SWAPPED = lazy(r"\b(?:vertauscht|getauscht|swapped(?:\s+(?:round|around|over))?)\b")


def _placed(d: Details) -> bool:
    return bool(d.weekdays or d.days or d.relative_days or d.times)


def old_new_place(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the move said by its old and new place (see above): the claims the
    readers found of the old place alone ("Friday's gone": cancelled; "out of Friday": booked)
    are that move's parts, dropped for it."""
    found = _move(sentence, names)
    if not found:
        return claims
    old = found[0].details.of(Role.OLD)
    days = old.weekdays | old.days
    kept = tuple(c for c in claims if not (c.kind in _PARTS and days and _of_only(c, old)))
    return kept + found


_PARTS = frozenset({K.BOOKED, K.DONE, K.CANCELLED, K.GONE, K.HELD})


def _of_only(claim: Claim, old: Details) -> bool:
    """Whether `claim` names the old place's day and no other."""
    d = claim.details.of(Role.ANY)
    named = d.weekdays | d.days
    return bool(named) and named <= (old.weekdays | old.days) and not d.times - old.times


def _move(sentence: str, names: Names) -> tuple[Claim, ...]:
    text = fold(sentence).text
    if not _CUE.search(text) or _NOT_STATED.search(text):
        return ()
    noun = _NEW_NOUN.match(text)
    if noun is not None:
        new = read_details(noun["place"], names)
        if not _placed(new):
            return ()
        return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(((Role.NEW, new),))),)
    if _SWAPPED.search(text) and _PAIR.search(text):
        both = read_details(text, names)
        if len(both.weekdays | both.days) < 2:
            return ()
        det = ClaimDetails(((Role.ANY, both),), several=True)
        return (Claim(K.RESCHEDULED, 0, len(sentence), det),)
    clauses = [c for c in _CLAUSES.split(text) if c.strip()]
    for i, clause in enumerate(clauses):
        if not _OUT.search(clause):
            continue
        old = read_details(_DENIAL.sub(" ", clause), names)  # "no longer Friday": Friday
        if not _placed(old):
            continue
        for other in clauses[i + 1 :] + clauses[:i]:
            if _OUT.search(other):
                continue
            new = read_details(other, names)
            if _placed(new) and (_IN.search(other) or _DENIED_OLD.search(clause)):
                parts = ((Role.NEW, new), (Role.OLD, old))
                return (Claim(K.RESCHEDULED, 0, len(sentence), ClaimDetails(parts)),)
    return ()


_DENIAL = lazy(r"\b(?:nicht|no|not|longer|mehr|anymore)\b|n't\b")
# the old place denied outright: the other place named after it is the new one without a cue
_DENIED_OLD = lazy(r"\b(?:nicht\s+mehr|no\s+longer|anymore|any\s+more)\b")
