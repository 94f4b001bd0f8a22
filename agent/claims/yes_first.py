"""The booking told as what follows the caller's yes, asked for first (blind 31, claims64):
"Sagen Sie erst Ja, dann ist der Termin gebucht", "Geben Sie mir kurz Ihr Okay, dann steht
Freitag", "Just say yes and then it's booked". Like convention 5's "Sobald Sie Ja sagen, ist der
Termin gebucht" (and 125), it says the appointment is not booked now: `not_booked`, false once a
booking exists, true while only held or before anything is made.

Only the caller's yes asked for in the imperative (or as "erst Ihr Ja") before "dann" / "then"
opens the condition; "Sie haben Ja gesagt, damit ist der Termin gebucht" (the yes given) is the
booking as read. The booking claims of the sentence become `not_booked`, with what they name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_YES = r"(?:ja|okay|ok|o\.\s*k\.|einverständnis|go|zustimmung|yes|go-ahead|green\s+light)"
_ASKED_FIRST = re.compile(
    rf"^\W*(?:(?:sagen|geben)\s+sie\s+(?:mir\s+)?(?:\w+\s+){{0,3}}?{_YES}\b|"
    rf"bestätigen\s+sie\b|erst\s+(?:noch\s+)?(?:ihr|ein)\s+{_YES}\b|nur\s+noch\s+(?:ihr|ein)\s+"
    rf"{_YES}\b|(?:just\s+|first\s+)?(?:say\s+(?:yes|the\s+word)|confirm|give\s+me\s+(?:a|your)\s+"
    rf"(?:\w+\s+)?{_YES}|one\s+{_YES}\s+from\s+you)\b)"
    r"[^.!?]*?(?:,|\s)\s*(?:und\s+|and\s+)?(?:dann|then)\b"
)
_BOOKING = frozenset({K.BOOKED, K.DONE, K.STANDS})


def yes_first(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the booking after the caller's yes read `not_booked`; None if not said."""
    if not any(c.kind in _BOOKING for c in claims):
        return None
    if not _ASKED_FIRST.search(fold(sentence).text):
        return None
    return tuple(replace(c, kind=K.NOT_BOOKED) if c.kind in _BOOKING else c for c in claims)
