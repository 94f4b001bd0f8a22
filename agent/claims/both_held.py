"""Both slots held at once (blind 53, claims133; convention 23 and counted.py's count: a claim
about two of the caller's appointments is true only where the call has two).

"Beide Plätze halte ich Ihnen gerade fest.", "I've got both slots on hold for you.", "Both
appointments are on hold for you now." hold two slots: the HELD claim is about several (`count`
2), backed only where two slots are kept for the caller. So do a hold for the caller and one for
the person the caller books for in the same sentence (blind 56, claims173: "Ich habe Sie für
Freitag um zehn bei Fabian reserviert, Ihre Frau für Samstag um elf bei Lena.", "I've held Friday
at ten for you and the slot right after for your daughter."): two slots kept, as `household`
books for the companion. Not: "beide" / "both" of other things ("Ihre beiden Namen", "both
names"), a question, a condition, the companion's slot denied ("…, für Ihre Tochter finde ich
direkt danach leider nichts").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.household import _WHO_DE, _WHO_EN
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_BOTH = lazy(
    r"\b(?:beide[n]?|both)\s+(?:(?:ihre[rn]?|your|the|of\s+(?:the|your))\s+)?(?:plätze|termine|"
    r"zeiten|slots?|appointments?|spots?|times)\b|\b(?:both\s+of\s+(?:those|them|these)|"
    r"(?:ich\s+halte|reserviere|halte)\s+(?:ihnen\s+)?(?:die\s+)?beiden?)\b|"
    # claims157 (blind 56): "both" alone the subject ("Beide sind gerade für Sie reserviert",
    # "Both are on hold for you")
    r"^\W*(?:alle\s+)?(?:beide|both)\s+(?:sind|stehen|are)\b"
)
_NOT = lazy(r"\?|\b(?:wenn|falls|if|once|sobald)\b")
# the hold made for the caller, then for the companion in a gapped conjunct (no verb of its own)
_FOR_TWO = lazy(
    r"\b(?:reserviert|vorgemerkt|festgehalten|geblockt)\s*,\s*(?:und\s+)?(?:für\s+)?"
    rf"ihre?[nm]?\s+{_WHO_DE}\s+(?:für|am|um|gleich|direkt|danach|bei)\b[^,;:!?–—]*$|"
    r"\b(?:held|reserved|on\s+hold|blocked)\b[^.;!?]*\bfor\s+you\s+and\s+[^.;!?]*\bfor\s+"
    rf"your\s+{_WHO_EN}\b"
)
_DENIED = lazy(
    r"\b(?:nicht|nichts|kein\w*|leider|not|nothing|no|unfortunately)\b|n't\b|"
    r"\b(?:finde|find|suche|look)\b"
)


def both_held(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a hold of both slots counted as two (see above)."""
    if not any(c.kind is ClaimKind.HELD for c in claims):
        return claims
    text = normalize(sentence)
    two = _FOR_TWO.search(text) is not None and _DENIED.search(text) is None
    if not (_BOTH.search(text) or two) or _NOT.search(text):
        return claims
    return tuple(
        replace(c, details=replace(c.details, several=True, count=max(c.details.count, 2)))
        if c.kind is ClaimKind.HELD
        else c
        for c in claims
    )
