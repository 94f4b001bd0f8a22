"""A stylist told, which is no booking (blind 17, claims27): "Ich hab Fabian Bescheid gegeben,
Freitag fällt aus, Termin ist abgesagt", "I've let Fabian know, Friday's cancelled". The record
verb of "Bescheid gegeben / let … know" was read as a booking; beside a cancellation or a move
told in the same sentence it is the stylist informed of that, so the booking read in its own
words is dropped."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_INFORMED = lazy(r"\bbescheid\s+(?:gegeben|gesagt)\b|\b(?:let|told)\s+\w+\s+know\b|\binformiert\b")
_ACTS = frozenset({K.CANCELLED, K.RESCHEDULED, K.GONE})


def without_informed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read in a stylist informed beside a cancellation or move."""
    if not any(c.kind in _ACTS for c in claims) or not _INFORMED.search(fold(sentence).text):
        return claims
    return tuple(
        c
        for c in claims
        if not (c.kind is K.BOOKED and _INFORMED.search(fold(sentence[c.start : c.end]).text))
    )
