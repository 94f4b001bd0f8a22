"""The caller's words asked back with a frame that gives them to the caller (blind 40, claims96).

"Der Termin ist storniert, sagen Sie?", "Sie sind schon gebucht, sagten Sie?", "Der Termin ist
schon abgesagt, meinen Sie?", "It's already cancelled, you say?", "Your wife cancelled it, you
say?": the trailing "sagen Sie?" / "you say?" makes the statement the caller's, asked back to
check it; the speaker claims nothing (convention 660, as the gated splits label "Sie meinten, Ihre
Freundin hätte den Termin storniert?" and "So you heard the appointment had been cancelled?").
Without the frame the same words asked back are the statement (`asked_back`, convention 660).

The frame may come first ("Sie sagen, für Samstag?", "You say it's been moved?") and a sentence
may follow the question (blind 48, claims120: "Storniert, sagen Sie? Einen Moment bitte."): only
the claims of the question are dropped; the answer after it ("Sie sagen, storniert? Ja, das ist
storniert") is read as said. Not: a frame that does not end its question.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_FRAME = lazy(
    r"^[^?]*,\s*(?:sagen|sagten|meinen|meinten|hören|hörten)\s+sie(?:\s+(?:also|jetzt))?\s*\?|"
    r"^[^?]*,\s*(?:(?:so\s+)?you\s+(?:say|said|mean|meant|heard|reckon)|did\s+you\s+say|"
    r"you're\s+saying)\s*\?|"
    # the frame first (blind 48, claims120): "Sie sagen, für Samstag?", "You say it's been moved?"
    r"^\W*(?:sie\s+(?:sagen|sagten|meinen|meinten)|you\s+(?:say|said|mean)|you're\s+saying)\b"
    r"[^?]*\?"
)


def without_caller_framed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """No claims from the words `sentence` asks back and gives to the caller (above); what
    follows the question ("…, sagen Sie? Einen Moment, ich schaue nach.") is read as said."""
    if not claims or "?" not in sentence:
        return claims
    framed = _FRAME.search(fold(sentence).text)
    if framed is None:
        return claims
    return tuple(c for c in claims if c.start >= framed.end())
