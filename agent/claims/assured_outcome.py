"""A reassurance beside an outcome (blind 24, claims42): "Hab's gecancelt, alles safe.", "Ois
klar, steht." A reassurance ("alles safe", "alles klar", "ois klar", "alles gut", "all good")
names no appointment: beside an outcome said in the same sentence it is that outcome's comfort,
not a booking of its own; beside a bare "steht" the sentence is the bare success, as "Steht."
alone is (convention 10: `done`, naming nothing).

Not: a reassurance beside the caller put in or the booking named ("Hab Sie eingetragen, alles
safe", "Alles klar, Ihr Termin steht").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_ASSURED = lazy(
    r"\b(?:alles|ois|allet|alle?s)\s+(?:safe|klar|klor|gut|jut|paletti|sicher)\b|"
    r"\ball\s+(?:good|safe|sorted)\b|\bsafe\b"
)
_BARE_STANDS = lazy(
    r"^\W*(?:(?:passt|gut|so|jo|ja|moment)\W+)*(?:(?:alles|ois|allet)\s+(?:klar|klor|safe|gut|"
    r"paletti)|safe|okay|ok|na\s+bitte|na\s+also|voil[aà])\W+steht(?:\s+(?:schon|jetzt))?\W*$"
)  # blind 35: "Safe, steht."; blind 37 (claims86, convention 563): "Na bitte, steht!"
_NAMED = lazy(
    r"\b(?:sie|ihr\w*|you|your|you're|termin\w*|buchung|gebucht|eingetragen|drin|booked|"
    r"appointment|booking|in)\b"
)
_OTHER = frozenset({ClaimKind.CANCELLED, ClaimKind.RESCHEDULED, ClaimKind.GONE, ClaimKind.DONE})


def assured_outcome(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, a booking read from a reassurance given to the outcome beside it."""
    if not claims:
        return claims
    text = fold(sentence).text
    if _BARE_STANDS.match(text):
        out = tuple(
            replace(c, kind=ClaimKind.DONE, details=ClaimDetails(()))
            if c.kind is ClaimKind.BOOKED
            else c
            for c in claims
        )
        return tuple(dict.fromkeys(out))
    if _ASSURED.search(text) is None or not any(c.kind in _OTHER for c in claims):
        return claims

    def assurance_only(c: Claim) -> bool:
        if c.kind is not ClaimKind.BOOKED or not c.details.empty:
            return False
        # the booking's span is the reassurance, or it and the outcome beside it
        rest = _ASSURED.sub(" ", fold(sentence[c.start : c.end]).text)
        return _NAMED.search(rest) is None

    return tuple(c for c in claims if not assurance_only(c))
