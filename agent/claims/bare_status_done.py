"""A bare status line said confirmed (blind 24, claims42): "Status: bestätigt ✔", "Status:
confirmed ✔", "Status on my end: confirmed." By convention 68 a bare status said confirmed names
neither the appointment nor the booking: the bare success (`done`, naming nothing), as "Der
Status ist confirmed." is; with or without a tick after it, since convention 733 (the lead's
decision, claims105) reads a bare done-word as the call's last act done (blind 3's and 31's
"Status: confirmed." are `done` too). Not: a status said to turn confirmed with a verb ("Der
Status springt auf bestätigt": status_words.py reads the appointment's status), a label naming
the booking ("Buchungsstatus: bestätigt", "Booking status: confirmed"), a status that names what
it is of.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_BARE = lazy(
    r"^[\W_]*status(?:\s+(?:on|at)\s+(?:my|our)\s+(?:end|side|screen))?[\W_]*:[\W_]*"
    r"(?:bestätigt|confirmed|ok|okay|erfolgreich|successful)[^\w]*$"
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
