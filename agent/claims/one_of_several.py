"""One of the caller's several appointments cancelled, the others said to stay (blind 52,
claims130): "Von Ihren beiden Terminen habe ich nur den am Freitag storniert", "Aus Ihrer
Terminserie habe ich nur den Freitag gestrichen, die anderen bleiben", "Nur der Freitag von Ihren
regelmäßigen Terminen ist abgesagt, der Rest läuft weiter", "Just this Friday is off; your other
standing appointments are still on".

Two claims: the cancellation of the one it names, and the others still booked. A call holds them
together only where one appointment is cancelled and another stands; the readers took the
sentence for the cancellation alone (true after any cancellation) or for the rest standing alone
(true while both are booked). Not: questions, conditions.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_SEVERAL = lazy(
    r"\b(?:ihre[nr]?|your)\s+(?:beiden|zwei|two|both|regelmäßigen|anderen|other|regular|standing|"
    r"recurring)\s+(?:\w+\s+)?(?:termine[n]?|appointments|bookings)\b|"
    r"\b(?:ihrer|ihre|your)\s+(?:\w*termin)?serie\b|\b(?:your|the)\s+(?:appointment\s+)?series\b"
)
_CANCELLED_PART = lazy(
    r"[^,;.!?]*\b(?:abgesagt|storniert|gestrichen|gelöscht|cancell?ed|is\s+off|'s\s+off|called\s+off)\b"
    r"[^,;.!?]*"
)
# one among them: "nur", "just", "the rest", "die anderen"
_ONE_AMONG = lazy(
    r"\b(?:nur|lediglich|bloß|only|just|der\s+rest|die\s+anderen|alle\s+anderen|the\s+rest|"
    r"other|bleib\w*|stay\w*|remain\w*|still\s+on)\b"
)
_UNLESS = lazy(r"\b(?:wenn|falls|ob|if|whether|unless|nicht|not|kein\w*)\b|n't\b|\?")


def one_of_several_cancelled(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with the cancellation of one of several and the others booked (see above)."""
    text = fold(sentence).text
    if not _SEVERAL.search(text) or not _ONE_AMONG.search(text) or _UNLESS.search(text):
        return claims
    part = _CANCELLED_PART.search(text)
    if part is None:
        return claims
    details = read_details(part.group(), names)
    whole = (0, len(sentence))
    kept = tuple(c for c in claims if c.kind not in (K.STANDS, K.BOOKED, K.CANCELLED))
    cancelled = Claim(K.CANCELLED, *whole, ClaimDetails(((Role.ANY, details),)))
    return (*kept, cancelled, Claim(K.BOOKED, *whole, ClaimDetails(())))
