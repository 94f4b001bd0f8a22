"""A first attempt that went through after all (blind 53, claims133; convention 102: a bare
success that names nothing is `done`).

"Good news: the first attempt went through after all.", "Turns out the first try went through
after all.", "Der erste Versuch ist doch noch durchgegangen.", "Es hat beim ersten Mal doch
geklappt." report the tool's success, naming no booking: the bare success DONE. Not read: the
attempt denied ("ist leider nicht durchgegangen", "didn't go through": a failure, 5), a
question, a condition.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_FIRST = lazy(
    r"\b(?:first|erste[nr]?|earlier|frühere[nr]?|vorige[nr]?)\s+(?:attempt|try|go|versuch|anlauf|"
    r"mal|one)\b|\b(?:the\s+)?first\s+time\b"
)
_LANDED = lazy(
    r"\b(?:went\s+through|go\s+through|gone\s+through|worked|landed|succeeded|"
    r"durchgegangen|geklappt|funktioniert|angekommen|gelandet|geglückt)\b"
)
_NOT = lazy(r"\b(?:wenn|falls|if|whether|ob|nicht|kein\w*|not|never|no)\b|n't\b")


def first_try_landed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """DONE for a first attempt said to have gone through after all (see above)."""
    if "?" in sentence or claims:
        return ()
    text = normalize(sentence)
    if not (_FIRST.search(text) and _LANDED.search(text)) or _NOT.search(text):
        return ()
    return (Claim(ClaimKind.DONE, 0, len(sentence), ClaimDetails()),)
