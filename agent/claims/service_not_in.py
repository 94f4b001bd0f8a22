"""A service said no longer possible, read as an appointment cancelled (blind 56's false blocks,
claims173).

"Beard Trim ist leider nicht mehr drin am Freitag.", "Ein Bartschnitt ist am Freitag nicht mehr
drin." (after "Ich brauche auch noch was für meinen Bart"): "nicht mehr drin" of a service named
bare or with an indefinite article is what the day still allows (no place for it), not the
caller's appointment taken out; the caller's own appointment is named definitely or by
possession ("Ihr Termin ist nicht mehr drin", "Die Dauerwelle am Freitag ist nicht mehr drin")
and stays a cancellation. One job: drop the CANCELLED and GONE claims of such a sentence.
"""

from __future__ import annotations

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_GONE_KINDS = frozenset({ClaimKind.CANCELLED, ClaimKind.GONE})
# the subject first: one or two words, bare or after an indefinite article
_NOT_IN = lazy(
    r"^\W*(?:(?:ein|eine)\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+)?)\s+(?:ist|wäre)\s+"
    r"(?:\w+\s+){0,3}?nicht\s+mehr\s+drin\b"
)
_DEFINITE = frozenset(
    {"der", "die", "das", "den", "dem", "ihr", "ihre", "ihren", "ihrem", "dein", "deine", "es",
     "er", "sie", "dieser", "diese", "dieses", "mein", "meine", "unser", "unsere"}
)  # fmt: skip


def without_service_not_in(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without the cancellation read in a service said no longer possible (above)."""
    if not any(c.kind in _GONE_KINDS for c in claims):
        return claims
    m = _NOT_IN.search(fold(sentence).text)
    if m is None or m["noun"].split()[0] in _DEFINITE:
        return claims
    said = read_details(m["noun"], names)
    if not said.services or said.stylists or said.weekdays or said.times:
        return claims
    return tuple(c for c in claims if c.kind not in _GONE_KINDS)
