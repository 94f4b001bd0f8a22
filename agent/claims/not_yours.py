"""Another client's outcome, said not to be the caller's (blind 29's false blocks, claims56): one
job, dropping the claims of a sentence that tells what another client did and then says it is
not the caller's.

"The ten o'clock client just cancelled, but that's not you", "Die Kundin um elf hat gerade
abgesagt, das betrifft Sie nicht": the subject is another client and the sentence itself says the
outcome is not the caller's. Without that disclaimer the sentence is left to the other readers
(a time named may be the caller's own), and "Ihr Termin ist abgesagt, nicht der von der Kundin"
keeps its claim (the disclaimer is about the other client, not the caller).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import fold

_OTHER_CLIENT = lazy(
    r"^\W*(?:the|a|another|die|der|eine|ein|unsere?)\s+(?:[\w']+\s+){0,3}?(?:client|customer|lady|"
    r"gentleman|kundin|kunde|dame|herr)\b"
)
_NOT_YOURS = lazy(
    r"\b(?:(?:but\s+)?(?:that's|that\s+is|it's|it\s+is)\s+not\s+(?:you|yours|your\s+(?:\w+\s+)?"
    r"appointment)|not\s+your\s+(?:\w+\s+)?appointment|(?:das|es)\s+betrifft\s+sie\s+nicht|"
    r"(?:das|es)\s+(?:ist|war)\s+nicht\s+(?:ihr\s+termin|ihrer|sie))\b"
)


def without_not_yours(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, or none when another client's outcome is told and disowned for the caller."""
    if not claims:
        return claims
    text = fold(sentence).text
    if _OTHER_CLIENT.search(text) and _NOT_YOURS.search(text):
        return ()
    return claims
