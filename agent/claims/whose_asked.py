"""A question about whom the appointment is for (blind 40's false blocks, claims96).

"Für wen ist der Termin – für Sie oder für Ihren Sohn?", "Für wen darf ich die Dauerwelle
notieren – für Sie oder Ihre Tochter?", "Auf wen soll ich den Termin eintragen?", "Who's the perm
for, you or your daughter?": the speaker asks whose name the booking to be made goes under; the
appointment is the one being arranged, not one said to exist (the readers took "der Termin" and
"Ihren Sohn" for a booking). Drops the booking read from such a question.

Not: a question that says a booking exists ("Für wen ist der Termin, den ich gerade gebucht
habe?": a perfect of a booking verb), a statement ("Der Termin ist für Ihren Sohn gebucht").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_WHOSE = lazy(
    r"^\W*(?:(?:und|and|so|also)\W+)?(?:für\s+wen|auf\s+wen|wessen|who's|who\s+is|whose|who\s+should|"
    r"who\s+shall|who\s+do)\b[^?]*\?\W*$"
)
_DONE = lazy(
    r"\b(?:gebucht|eingetragen|storniert|verschoben)\s+(?:habe|hab|haben|ist|wurde)\b|"
    r"\b(?:i've|i\s+have|we've)\s+(?:just\s+)?(?:booked|put|entered|cancell?ed|moved)\b"
)


def without_whose_asked(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read from a question about whom it is for (above)."""
    if not claims or "?" not in sentence:
        return claims
    text = fold(sentence).text
    if not _WHOSE.search(text) or _DONE.search(text):
        return claims
    return tuple(c for c in claims if c.kind is not K.BOOKED)
