"""A booking said in a relative clause whose antecedent names the appointment: "…, und deshalb
ist es jetzt der Freitag um zehn geworden, den ich für Sie fest gemacht habe." (blind 11).

The clause reader reads the relative clause ("den ich für Sie fest gemacht habe") as the booking
but names nothing in it: the day and time are its antecedent's, in the clause just before it. A
claim read in a relative clause that names nothing takes the details of that clause (when it
names a day or a date). Not: a relative clause after something else ("die Nummer, die ich
notiert habe": no day there).

Likewise a booking or hold whose object resumes a slot named before it by a pronoun or "den
Platz" (blind 38, claims92): "Der Platz um zehn war kurz weg, aber ich habe ihn doch noch für
Sie gebucht", "Fabian hat Freitag um zehn frei. Ich halte Ihnen den Platz" — the claim names
what the words before it name, when they name a day or a time and at most one of each (two
days before it leave the antecedent open).
"""

from __future__ import annotations

import re

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_RELATIVE = lazy(r"^\W*(?:den|die|das|welchen|welche)\s+(?:ich|wir)\b", re.IGNORECASE)
_RESUMING = lazy(
    r"\b(?:ihn|den\s+platz|diesen\s+platz|den\s+slot|it|that\s+slot|the\s+slot|that\s+one)\b"
)
# claims158 (blind 40): a sentence opened by the demonstrative that resumes the slot the sentence
# before named, "Freitag um 16 Uhr war noch offen. Den habe ich Ihnen eingetragen.", "Ich habe
# den Freitag um zehn gefunden. Den halte ich Ihnen kurz fest." (its verb follows: no noun)
_DEMONSTRATIVE = lazy(
    r"(?:^|[.!?]\s+)(?:den|die|diesen|diese)\s+(?=(?:habe|hab|haben|halte|halten|trage|tragen|"
    r"buche|buchen|reserviere|reservieren|blocke|blocken|sichere|sichern|notiere|notieren|"
    r"lege|legen|nehme|nehmen|mache|machen)\b)"
)
_KINDS = frozenset({ClaimKind.BOOKED, ClaimKind.HELD})
_CLAUSE_START = lazy(r"[,;:–—]\s*(?:und\s+|aber\s+|also\s+)?")


def with_antecedent(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims`, a relative clause's claim naming nothing given its antecedent's details."""
    out = []
    for c in claims:
        if (
            c.details.empty
            and c.start > 1
            and sentence[c.start - 2 : c.start].strip() == ","
            and _RELATIVE.match(sentence[c.start : c.end])
        ):
            before = sentence[: c.start - 2]
            starts = [m.end() for m in _CLAUSE_START.finditer(before)]
            antecedent = read_details(fold(before[starts[-1] if starts else 0 :]).text, names)
            if antecedent.weekdays or antecedent.days or antecedent.relative_days:
                c = Claim(
                    c.kind, c.start, c.end, ClaimDetails(((Role.ANY, antecedent),)), c.follow_up
                )
        elif c.details.empty and c.kind in _KINDS and c.start > 0:
            c = _resumed(sentence, c, names)
        out.append(c)
    return tuple(out)


def _resumed(sentence: str, c: Claim, names: Names) -> Claim:
    """The claim with the slot named before it, when its words resume one (above)."""
    said = fold(sentence[c.start : c.end])
    start = c.start
    if (m := _DEMONSTRATIVE.search(said.text)) is not None:
        start += said.span(m.start(), m.end())[0]  # the slot named before the demonstrative
    elif not _RESUMING.search(said.text):
        return c
    before = read_details(fold(sentence[:start]).text, names)
    if len(before.weekdays) > 1 or len(before.times) > 1 or not (before.weekdays or before.times):
        return c
    return Claim(c.kind, c.start, c.end, ClaimDetails(((Role.ANY, before),)), c.follow_up)
