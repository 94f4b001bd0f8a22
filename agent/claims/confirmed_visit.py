"""A bare "confirmed" in a sentence that plans for the visit is the booking's: "Now that it's
confirmed, can I get a number in case Fabian runs late?", "Jetzt, wo es bestätigt ist: Darf ich
eine Nummer haben, falls Fabian sich verspätet?".

A bare "it's confirmed" is read as DONE (a cancellation can be confirmed too); planning for the
stylist running late presupposes a visit to come, so the confirmation is of a booking: the DONE
claim becomes BOOKED, with the details of the sentence (the stylist). Only "confirmed" and its
German kin: "that's sorted" stays DONE (labelled so in the corpus).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_LATE = lazy(r"\b(?:runs?\s+late|running\s+late|verspätet|verspäten)\b")
_CONFIRMED = lazy(r"\b(?:confirmed|bestätigt|fest|fix)\b")


def confirmed_for_visit(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` with a confirmed DONE read as BOOKED when the sentence plans the visit."""
    if not any(c.kind is ClaimKind.DONE for c in claims):
        return claims
    folded = fold(sentence)
    if not _LATE.search(folded.text):
        return claims
    out = []
    for c in claims:
        if c.kind is ClaimKind.DONE and _CONFIRMED.search(fold(sentence[c.start : c.end]).text):
            details = read_details(folded.text, names)
            c = Claim(ClaimKind.BOOKED, c.start, c.end, ClaimDetails(((Role.ANY, details),)))
        out.append(c)
    return tuple(out)
