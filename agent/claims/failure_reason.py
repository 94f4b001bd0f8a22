"""Why an action failed is no claim about the caller's appointment: "Das Verschieben hat leider
nicht geklappt, der Donnerstag ist inzwischen weg", "The move didn't go through, Thursday is
gone".

After a clause that says the booking, move or cancellation failed, a clause saying a day or time
is gone or taken ("weg", "vergeben", "belegt", "gone", "taken") tells that someone else has the
slot, not that the caller's appointment was cancelled: its CANCELLED (or GONE) reading is
dropped.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.pieces import sentence_pieces

_FAILED = lazy(
    r"\b(?:nicht\s+geklappt|nicht\s+funktioniert|fehlgeschlagen|schiefgegangen|"
    r"nicht\s+(?:mehr\s+)?möglich|ging\s+(?:leider\s+)?nicht|"
    r"didn't\s+(?:work|go\s+through)|did\s+not\s+(?:work|go\s+through)|failed|"
    r"wasn't\s+possible|couldn't|could\s+not)\b",
    re.IGNORECASE,
)
_TAKEN = lazy(
    r"\b(?:ist|sind|war|is|are|was|has\s+been)\s+(?:\w+\s+){0,2}"
    r"(?:weg|vergeben|belegt|ausgebucht|gone|taken)\b",
    re.IGNORECASE,
)


def without_failure_reason(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus cancellations read in the reason a failure gives (see above)."""
    if not any(c.kind in (ClaimKind.CANCELLED, ClaimKind.GONE) for c in claims):
        return claims
    reasons: list[tuple[int, int]] = []
    for _, pieces in sentence_pieces(sentence):
        failed = False
        for a, b in pieces:
            if failed and _TAKEN.search(sentence[a:b]):
                reasons.append((a, b))
            failed = failed or bool(_FAILED.search(sentence[a:b]))
    return tuple(
        c
        for c in claims
        if not (
            c.kind in (ClaimKind.CANCELLED, ClaimKind.GONE)
            and any(a <= c.start < b for a, b in reasons)
        )
    )
