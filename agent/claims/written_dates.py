"""Times that a date written in figures or the end of a time range lend a claim (blind 23's false
blocks, claims40): one job, taking those times out of the claims of the sentence.

"Booked for 11/28 at 10:00 AM", "On hold for you: 28/11, 10am" (a slashed date, US month/day or
day/month: its numbers are no hour), "Gebucht für Fr., 28.11., 10:00–12:15", "Confirmed for Fri
28 Nov, 10:00 to 12:15" (the time after a dash or "to" in a range of two times is the visit's
end, never its start, as convention 45 decides for "bis 12:15"); "10:00 AM" read both as a time
of uncertain half-day and as ten in the morning is one time, the certain one. A claim keeps the times the
sentence names elsewhere (its start) and loses those it names only so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_SLASHED = lazy(r"(?<![\d/:.])(?:[1-9]|[12]\d|3[01])/(?:[1-9]|[12]\d|3[01])(?:/\d{2,4})?(?![\d/:])")
_CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?"
# "10:00–12:15", "10–12:15 Uhr", "10:00 to 12:15", "10am-12.15": the second time only
_RANGE_END = lazy(
    rf"(?<=\d)(?:\s*(?:am|pm|uhr|h))?\s*(?:–|—|-|\bto\b|\bbis\b)\s*(?={_CLOCK}\b)({_CLOCK}"
    r"(?:\s*(?:am|pm|uhr|h)\b)?)"
)


def without_written_date_times(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without the times `sentence` names only in a slashed date or as a range's end."""
    if not claims:
        return claims
    text = fold(sentence).text
    if "/" not in text and not _RANGE_END.search(text):
        return claims
    plain = _RANGE_END.sub(" ", _SLASHED.sub(" ", text))
    said = {(h, m) for h, m, _ in read_details(plain, names).times}
    numbers = {int(n) for d in _SLASHED.findall(text) for n in d.split("/")[:2]}
    numbers |= {int(re.split(r"[:.\s]", e)[0]) for e in _RANGE_END.findall(text)}

    def lent(t: tuple[int, int, bool]) -> bool:
        return (t[0], t[1]) not in said and (t[0] in numbers or t[0] - 12 in numbers)

    out = []
    for c in claims:
        parts = tuple((r, replace(d, times=_once(d.times, lent))) for r, d in c.details.parts)
        out.append(replace(c, details=ClaimDetails(parts, c.details.several, c.details.together)))
    return tuple(out)


def _once(times: frozenset, lent) -> frozenset:
    """`times` without those lent, and one time read twice ("10:00 AM": 10:00, and 10 am) once."""
    kept = {t for t in times if not lent(t)}
    return frozenset(t for t in kept if t[2] or (t[0], t[1], True) not in kept)
