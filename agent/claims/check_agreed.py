"""A yes that agrees to the caller's request to look something up (blind 26, claims46;
conventions 46 and 74): to "Können Sie mal nachschauen, ob Freitag geht?", "Schauen Sie bitte,
ob Samstag frei ist?", "Can you check if Friday works?", "Could you see whether Thursday is
free?", the answers "ja gerne", "okay", "mach ich", "sure", "will do" say the speaker will look,
not what they will find: the slot the question names (after "ob" / "if" / "whether") is not said
free. Convention 74 lends a short answer only the claim of the question it answers, and this
question asks for an act (to look), not whether the slot can be had.

Only when the caller's last question asks the speaker to look up, check or find out (nachsehen,
nachschauen, schauen, gucken, prüfen, checken / check, see, look, find out) whether something is
so, and the answer has no word of its own that the slot is possible ("geht", "passt", "frei",
"works", "free"): "Ja, Freitag geht." still says it. Drops the AVAILABLE claims a short answer
took from the question; nothing else."""

from __future__ import annotations

from agent.claims.caller_words import last_question
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_CHECK = lazy(
    r"\b(?:nach(?:sehen|schauen|gucken)|schau(?:en)?|guck(?:en)?|sehen\s+sie|prüf(?:en)?|"
    r"check(?:en)?|see|look|find\s+out)\b[^?]*?,?\s*\b(?:ob|if|whether)\b"
)
_SLOT_SAID = lazy(
    r"\b(?:geht|ginge|passt|passen|klappt|frei|möglich|machbar|works?|free|available|possible|"
    r"fine|doable|open)\b"
)


def without_check_agreed(
    sentence: str, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the slot a yes to a request to check took from the question (above)."""
    if not caller or not any(c.kind is ClaimKind.AVAILABLE for c in claims):
        return claims
    asked = last_question(normalize(caller))
    if not asked or not _CHECK.search(asked) or _SLOT_SAID.search(normalize(sentence)):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.AVAILABLE)
