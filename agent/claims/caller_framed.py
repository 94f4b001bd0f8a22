"""The caller's words asked back with a frame that gives them to the caller (blind 40, claims96).

"Der Termin ist storniert, sagen Sie?", "Sie sind schon gebucht, sagten Sie?", "Der Termin ist
schon abgesagt, meinen Sie?", "It's already cancelled, you say?", "Your wife cancelled it, you
say?": the trailing "sagen Sie?" / "you say?" makes the statement the caller's, asked back to
check it; the speaker claims nothing (convention 660, as the gated splits label "Sie meinten, Ihre
Freundin hätte den Termin storniert?" and "So you heard the appointment had been cancelled?").
Without the frame the same words asked back are the statement (`asked_back`, convention 660).

Not: the frame before an answer ("Sie sagen, storniert? Ja, das ist storniert": two sentences,
the answer read), a frame that is not the question's end.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_FRAME = lazy(
    r"^[^?]*,\s*(?:sagen|sagten|meinen|meinten|hören|hörten)\s+sie(?:\s+(?:also|jetzt))?\s*\?\W*$|"
    r"^[^?]*,\s*(?:(?:so\s+)?you\s+(?:say|said|mean|meant|heard|reckon)|did\s+you\s+say|"
    r"you're\s+saying)\s*\?\W*$"
)


def without_caller_framed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """No claims when `sentence` asks back words it gives to the caller (above)."""
    if not claims or "?" not in sentence:
        return claims
    return () if _FRAME.search(fold(sentence).text) else claims
