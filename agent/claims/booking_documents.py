"""A document or right tied to the caller's booking (blind 27, claims48).

"Die Quittung für Ihren Termin bekommen Sie an der Kasse", "Eine Rechnung zu Ihrem Termin
erhalten Sie vor Ort", "Ihre Widerrufsfrist für diese Buchung beginnt heute", "You'll receive the
invoice for your appointment at the salon": an invoice, a receipt or a period of withdrawal of
"Ihr Termin" / "diese Buchung" presupposes the appointment (conventions 45 and 77, blind 27's
label): read as "Ihr Termin ist gebucht" (`booking_document`, read as any sentence by
`amended`). Not: such documents in general ("Eine Quittung gibt es auf Wunsch", "Receipts are
available at the desk"), a question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.restated import booked_sentence

_F = re.IGNORECASE
_DOC = lazy(
    r"\b(?:rechnung|quittung|beleg|widerrufsfrist|invoice|receipt|bill)\b"
    r"[^.;!?]*?\b(?:für|zu|of|for)\s+(?:ihre[nmr]?|diese[rnm]?|your|this)\s+"
    r"(?:\w+\s+)?(?:termin|buchung|dauerwelle|appointment|booking|visit)",
    _F,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|sobald|auf\s+wunsch|if|once|on\s+request|whether)\b", _F)


def booking_document(sentence: str, lang: str) -> str | None:
    """The booking a document or right tied to the caller's appointment presupposes, or None."""
    if _NOT.search(sentence) or not _DOC.search(sentence):
        return None
    return booked_sentence(lang)
