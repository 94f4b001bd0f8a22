"""A day said full is not offered as free (claims54: blind 17's gated neutral sentence).

"Obwohl Samstag voll ist, gibt's unter der Woche sicher was", "Saturday is booked up, but
there's surely something midweek": the full day is named to set it aside; the vague "something"
the main clause promises is not a free slot on it. `without_full_days` drops a slot-availability
claim whose only weekdays are days the sentence says full; a free slot naming another day
("Samstag ist voll, aber Freitag um zehn ist frei") keeps its claim.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_DAY = "(" + "|".join(_DAYS) + r")s?"
_FULL = r"(?:voll|ausgebucht|komplett\s+belegt|full|fully\s+booked|booked\s+up)"
# "fast voll", "almost full": a day nearly full still has something free
_NEARLY = (
    r"(?!(?:\w+\s+)?(?:fast|nahezu|beinahe|ziemlich|recht|almost|nearly|pretty|quite|fairly)\b)"
)
_SAID_FULL = lazy(
    rf"\b{_DAY}\s+(?:ist|is|'s)\s+{_NEARLY}(?:\w+\s+){{0,2}}?{_FULL}\b|"
    rf"\b{_DAY}\s+{_FULL}\s+(?:ist|is)\b|"  # "obwohl Samstag voll ist"
    rf"\b{_FULL}\s+(?:ist|is)\s+(?:der\s+|am\s+|on\s+)?{_DAY}\b"
)


def without_full_days(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a free slot claimed only on days the sentence says full (see above)."""
    if not any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return claims
    full = {_DAYS[d] for m in _SAID_FULL.finditer(fold(sentence).text) for d in m.groups() if d}
    if not full:
        return claims
    return tuple(c for c in claims if not _only_on(sentence, c, full))


def _only_on(sentence: str, claim: Claim, full: set[int]) -> bool:
    """A free slot with no time whose days are full ones its own clause does not name."""
    if claim.kind is not ClaimKind.AVAILABLE:
        return False
    days = {w for _, d in claim.details.parts for w in d.weekdays}
    if not days or not days <= full or any(d.times for _, d in claim.details.parts):
        return False
    own = fold(sentence[claim.start : claim.end]).text
    if claim.end - claim.start >= len(sentence.strip()):  # read as a whole: its clause unknown
        own = _SAID_FULL.sub(" ", fold(sentence).text)
    return not any(_DAYS[m[1]] in full for m in re.finditer(_DAY, own))
