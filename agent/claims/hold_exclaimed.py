"""A hold hailed as a success (blind 37, convention 120): "Geschafft, der Platz ist für Sie
reserviert!", "Hat geklappt, der Termin ist für Sie vorgemerkt!", "Done it, the slot is on hold
for you!". The success word says the act that follows went through, and that act is a hold: the
DONE the word is read as alone (the call's latest outcome, a booking's or cancellation's) is no
claim of its own here, so it is dropped and the HELD claim decides. Not: a hold beside another
act ("Geschafft, reserviert und die SMS ist raus"), a question, a hold denied.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_HAILED = lazy(
    r"^\W*(?:(?:so|yes|ja|super|prima|toll|great)\s*,?\s*)?(?:geschafft|hat\s+(?:geklappt|"
    r"funktioniert)|klappt|done(?:\s+it)?|got\s+it|made\s+it|managed\s+it|there\s+we\s+go|"
    r"success)\s*[,!:–—-]+\s*(?P<rest>.+)$"
)
_HOLD = lazy(
    r"\b(?:reserviert|vorgemerkt|blockiert|gehalten|freigehalten|geblockt|on\s+hold|held|"
    r"reserved|pencill?ed\s+in|kept\s+free)\b"
)
_OTHER = lazy(
    r"\?\s*$|\b(?:und|sowie|and|also|auch|gebucht|booked|storniert|cancell?ed|sms|text|nicht|"
    r"kein\w*|not|no)\b|n't\b"
)


def hold_exclaimed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the bare DONE of a success word hailing a hold (above)."""
    if not any(c.kind is ClaimKind.HELD for c in claims):
        return claims
    m = _HAILED.search(fold(sentence).text)
    if m is None or not _HOLD.search(m["rest"]) or _OTHER.search(m["rest"]):
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind is ClaimKind.DONE and c.details.empty and c.follow_up is None)
    )
