"""The caller said to have been told of an outcome (blind 31, claims62; conventions 31 and 45):
"Sie sind von der Absage für Freitag per SMS informiert worden", "You've been notified of the
cancellation" presuppose the cancellation, "Sie wurden über Ihre Buchung benachrichtigt" the
booking: that outcome, with what the sentence names.

Blind 36 (claims83): a cancellation told, then the stylist informed ("Appointment cancelled,
Fabian informed"): the stylist was told of the cancellation, which presupposes no booking.

Not: a question, a condition, a negation, a notice to come ("Sie werden … informiert", "you'll
be notified"): a promise, read elsewhere."""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize, straight_apostrophes
from agent.claims.said_claim import said

_TOLD = lazy(
    r"\b(?:sind|wurden|wurde|haben|hat)\b[^.]*\b(?:informiert|benachrichtigt|verständigt)\b|"
    r"\b(?:you've\s+been|you\s+have\s+been|you\s+were|we've|we\s+have)\b[^.]*\b(?:notified|"
    r"informed|told)\b"
)
_CANCELLATION = lazy(r"\b(?:absage|stornierung|storno|cancell?ation)\b")
_BOOKING = lazy(r"\b(?:buchung|terminbestätigung|booking)\b")
_NOT = lazy(
    r"\?|\b(?:wenn|falls|sobald|if|once|nicht|kein\w*|not|never|werden|will|soll|sollen)\b|"
    r"n't\b|'ll\b"
)


_CANCELLED_THEN_TOLD = lazy(
    r"\b(?:cancell?ed|called\s+off|storniert|abgesagt)\b[^.;!?]*?[,;–-]\s*(?:and\s+|und\s+)?"
    r"[^\W\d_]+\s+(?:(?:has\s+been|is|was|ist|wurde)\s+)?(?:informed|notified|told|informiert|"
    r"benachrichtigt|verständigt)\s*[.!]?\s*$"
)


def informed_of(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the outcome the caller is said to have been told of (see above); told of
    a cancellation, the notice is no booking."""
    text = straight_apostrophes(normalize(sentence))
    if _CANCELLED_THEN_TOLD.search(text) and not _NOT.search(text):
        if any(c.kind is ClaimKind.CANCELLED for c in claims):
            return tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
    if not _TOLD.search(text) or _NOT.search(text):
        return claims
    if _CANCELLATION.search(text):
        kept = tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
        return (*kept, said(ClaimKind.CANCELLED, sentence, text, names))
    if _BOOKING.search(text):
        return (*claims, said(ClaimKind.BOOKED, sentence, text, names))
    return claims
