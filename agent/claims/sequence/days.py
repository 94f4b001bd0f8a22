"""Two days told as before and after (blind 31, claims64): "Vorher Freitag zehn, nachher
Donnerstag fünfzehn Uhr – das ist jetzt so eingetragen", "Früher Freitag, jetzt Donnerstag um
drei, so steht es drin". A sequence is read by where it ends (convention 75): the booking the
readers read over both days ("eingetragen" of Friday and Thursday) is the booking of the later
one, with what the later part names; the earlier day is where it was, not a booking claimed.

Only a booking naming both days, with the earlier marked ("vorher", "früher", "ursprünglich",
"zuerst", "originally", "first", "before") and the later ("nachher", "jetzt", "inzwischen",
"dann", "now", "then", "after").

Part of `sequence`, the one owner of a sequence read by its last step: two days told in order.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import Names, read_details, read_roles
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_BEFORE = lazy(
    r"^\W*(?:vorher|früher|ursprünglich|zuerst|erst|anfangs|originally|first|before|at\s+first)\b"
)
_AFTER = lazy(
    r"[,;–—-]\s*(?:und\s+|and\s+)?(?:nachher|jetzt|nun|inzwischen|mittlerweile|dann|now|then|"
    r"after|afterwards)\b"
)


def before_after_days(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...] | None:
    """`claims` with a booking over a day before and a day after read as the later one's."""
    text = fold(sentence).text
    if not _BEFORE.match(text) or (after := _AFTER.search(text)) is None:
        return None
    head, tail = text[: after.start()], text[after.start() :]
    if not (read_details(head, names).weekdays and read_details(tail, names).weekdays):
        return None
    both = [c for c in claims if c.kind is K.BOOKED and len(_days(c)) > 1]
    if not both:
        return None
    later = read_roles(tail, names)
    return tuple(replace(c, details=later) if any(c is b for b in both) else c for c in claims)


def _days(claim: Claim) -> frozenset[int]:
    return frozenset(d for _, part in claim.details.parts for d in part.weekdays)
