"""Slots listed as the caller's options, read as a recap of bookings (blind 23's false blocks,
claims40): one job, reading them as the slots offered.

"Zusammenfassung der Optionen: Donnerstag 15 Uhr bei Fabian oder Samstag 11 Uhr bei Lena",
"Your options: Thursday at three or Saturday at eleven": a list headed by "Optionen",
"Möglichkeiten", "Alternativen", "zur Auswahl", "options", "choices", "alternatives" and joined
by "oder" / "or" offers each slot (`available`, convention 2); no booking is recapped.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_OPTIONS = lazy(
    r"\b(?:optionen|möglichkeiten|alternativen|zur\s+auswahl|options|choices|alternatives)\b"
    r"[^.?!:]{0,20}:[^.?!]*\b(?:oder|or)\b"
)
_DONE = lazy(r"gebucht|eingetragen|bestätigt|storniert|booked|confirmed|cancell?ed")


def options_listed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the bookings of a list of options read as the slots it offers."""
    if not any(c.kind is K.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    if not _OPTIONS.search(text) or _DONE.search(text):
        return claims
    out = tuple(replace(c, kind=K.AVAILABLE) if c.kind is K.BOOKED else c for c in claims)
    return tuple(dict.fromkeys(out))
