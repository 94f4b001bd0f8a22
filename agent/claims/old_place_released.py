"""The caller's old appointment said released (the lead's decision D16, convention 1056).

"Der alte Termin wurde automatisch freigegeben", "Ihr bisheriger Platz am Freitag ist jetzt
frei", "Your old slot was released", "Your previous spot on Friday has been freed up": "old" /
"alt" / "bisherig" / "ursprünglich" / "previous" / "original" sets the place against a new one,
so the words presuppose the move, not only the visit there gone: the move (`rescheduled`) beside
the old place gone (`gone`, which the clause readers read). Not: the general rule ("Beim
Umbuchen wird der alte Termin immer automatisch freigegeben", "When you reschedule, the old slot
is always released", "Rescheduling here means the old slot is freed first"), a condition or a time to come ("erst, wenn …", "once …"), a question, the
new place said not in ("… the new one isn't confirmed yet": the sentence says what of the new one).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OLD_RELEASED = lazy(
    r"\b(?:alte[nr]?|bisherige[nr]?|ursprüngliche[nr]?|old|previous|original)\s+(?:\w+\s+)?"
    r"(?:termin|platz|slot|spot|appointment|booking)\b[^.!?;]*?\b(?:freigegeben|frei(?:\s+geworden)?|"
    r"released|freed(?:\s+up)?|opened\s+up|free)\b|"
    r"\b(?:alten|bisherigen|ursprünglichen)\s+(?:termin|platz)\s+(?:hat|habe)\s+(?:\w+\s+){0,4}?"
    r"freigegeben\b"
)
_NOT = lazy(
    r"\?|\b(?:wenn|falls|ob|sobald|erst|immer|wird|werden|if|once|whenever|always|only|"
    r"until|bis|nicht|kein\w*|not|no|never|noch|means|heißt|bedeutet|first|zuerst)\b|n't\b"
)


def old_place_released(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the move a released old place presupposes (see above) beside its `gone`
    (read here with the details the sentence names where no clause reader read it)."""
    if any(c.kind is K.RESCHEDULED for c in claims):
        return claims
    text = fold(sentence).text
    if not _OLD_RELEASED.search(text) or _NOT.search(text):
        return claims
    gone = next((c for c in claims if c.kind is K.GONE), None)
    if gone is None:
        d = read_details(sentence, names)
        said = ClaimDetails(((Role.ANY, d),)) if not d.empty else ClaimDetails()
        gone = Claim(K.GONE, 0, len(sentence), said)
        claims = (*claims, gone)
    return (*claims, replace(gone, kind=K.RESCHEDULED, details=ClaimDetails()))
