"""A status read as awaiting the salon (blind 31, claims64): "Laut Kalender steht Ihr Termin auf
ausstehend, der Salon muss ihn noch annehmen", "The system has your appointment as pending". The
readers take "steht Ihr Termin" for the booking; the status it stands on is the request awaiting
the salon (convention 1): the booking read beside a pending claim is dropped.

Only where a status word of the open request is said ("ausstehend", "offen", "angefragt",
"pending", "awaiting") and no booking word ("gebucht", "bestätigt", "booked", "confirmed").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_STATUS = lazy(
    r"\b(?:auf|als)\s+(?:\"|„)?(?:ausstehend|offen|angefragt|unbestätigt)\b|"
    r"\bas\s+(?:\")?(?:pending|awaiting|requested|unconfirmed)\b"
)
_BOOKED = lazy(r"\b(?:gebucht|eingetragen|fest|booked|confirmed)\b")


def status_pending(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` without the booking read beside a status awaiting the salon; None if not."""
    kinds = {c.kind for c in claims}
    if K.BOOKED not in kinds or K.PENDING not in kinds:
        return None
    text = fold(sentence).text
    if not _STATUS.search(text) or _BOOKED.search(text):
        return None
    return tuple(c for c in claims if c.kind is not K.BOOKED)
