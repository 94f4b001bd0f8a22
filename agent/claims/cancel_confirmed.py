"""The confirmation of a cancellation (blind 31, claims64): "Ihr Freitag ist abgesagt, die
Bestätigung kommt per SMS", "Cancelled, and you'll get a text confirming it". A confirmation
said beside a cancellation is the cancellation's (its text, convention 38), not a booking: the
booking read in "Bestätigung" is dropped, and a move read in "cancelled and … confirming" (the
readers' "storniert und neu gebucht") is the cancellation, with what it names.

Not where the sentence names a booking or a new place ("storniert und neu gebucht", "cancelled
Friday and booked Thursday", "statt", "instead"): the move or the booking is said.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_CANCEL = re.compile(r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off)\b")
_CONFIRM = re.compile(r"\b(?:bestätigung\w*|bestätigt|confirm\w*)\b")
_BOOKING = re.compile(
    r"\b(?:gebucht|eingetragen|neu\w*|booked|book|new|rebook\w*|moved|verschoben|verlegt|statt|"
    r"instead|montag|dienstag|mittwoch|donnerstag|samstag|monday|tuesday|wednesday|thursday|"
    r"saturday)\b"
)


def cancel_confirmed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with the cancellation's confirmation read as the cancellation's; None if not."""
    if not any(c.kind in (K.BOOKED, K.RESCHEDULED) for c in claims):
        return None
    text = fold(sentence).text
    if not (_CANCEL.search(text) and _CONFIRM.search(text)) or _BOOKING.search(text):
        return None
    out = tuple(c for c in claims if c.kind is not K.BOOKED)
    return tuple(replace(c, kind=K.CANCELLED) if c.kind is K.RESCHEDULED else c for c in out)
