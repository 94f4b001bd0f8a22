"""A bare status line said confirmed (blind 24, claims42): "Status: bestätigt ✔", "Status:
confirmed ✔". By convention 68 a bare status said confirmed names neither the appointment nor the
booking: the bare success (`done`, naming nothing), as "Der Status ist confirmed." is. Only with
a tick after it, as blind 24 writes it: the gated splits label a bare "Status: confirmed." a
booking, and one wording keeps one meaning. Not: a label naming the booking ("Buchungsstatus:
bestätigt", "Booking status: confirmed"), a status that names what it is of.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BARE = lazy(
    r"^[\W_]*status[\W_]*:[\W_]*(?:bestätigt|confirmed|ok|okay|erfolgreich|successful)\s*[✓✔✅☑]"
    r"[^\w]*$"
)


def bare_status_done(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, a booking read in a bare confirmed status made the bare success."""
    if not claims or _BARE.match(fold(sentence).text) is None:
        return claims
    out = tuple(
        replace(c, kind=ClaimKind.DONE, details=ClaimDetails(()))
        if c.kind is ClaimKind.BOOKED
        else c
        for c in claims
    )
    return tuple(dict.fromkeys(out))
