"""Nothing changing at the salon (blind 26, claims46): "Am Freitag, den 28., ist Black Friday –
bei uns ändert sich nichts.", "Bei uns im Salon ändert sich am Feiertag nichts.", "nothing
changes for us, though" say the salon keeps its hours and prices on a day, not that the caller's
appointment stays as it was (`stands`, conventions 13 and 26, needs the caller's appointment:
"An Ihrem Termin ändert sich nichts", "Für Sie ändert sich nichts").

Only "ändert sich nichts" / "nothing changes" with the salon as its place ("bei uns", "hier",
"im Salon", "for us", "here", "at the salon") and no word of the caller's ("Ihr", "Sie", "du",
"your", "you"). Drops STANDS; nothing else."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_SALON_SAME = lazy(
    r"\b(?:bei\s+uns|hier|im\s+salon)\b[^,;.!?–—]*\bändert\s+sich\s+(?:\w+\s+)?nichts\b|"
    r"\bändert\s+sich\s+(?:\w+\s+)?(?:bei\s+uns|hier|im\s+salon)\s+(?:\w+\s+)?nichts\b|"
    r"\bnothing\s+changes\s+(?:for\s+us|here|at\s+the\s+salon)\b"
)
_CALLER = lazy(r"\b(?:ihr\w*|sie|du|dein\w*|dich|dir|your|you|you're)\b")


def without_salon_unchanged(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the STANDS read in the salon's own day unchanged (above)."""
    if not any(c.kind is ClaimKind.STANDS for c in claims):
        return claims
    text = fold(sentence).text
    if not _SALON_SAME.search(text) or _CALLER.search(text):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.STANDS)
