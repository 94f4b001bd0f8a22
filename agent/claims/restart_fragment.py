"""A word broken off and restarted ("I've can- cancelled it", "Ich hab's ab- abgesagt"; blind 24,
claims41; convention 75: a restart is read by what it ends on): the fragment before the restart
is left out when the next word begins with it, and the sentence is read as finished."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.restated import restated

_FRAGMENT = lazy(r"\b(\w{1,8})[-‐–]\s*(?:…\s*|\.\.\.\s*)?(?=(\w+))")


def without_fragments(sentence: str) -> str | None:
    """`sentence` without a fragment that the next word restarts, or None."""

    def drop(m: re.Match[str]) -> str:
        frag, nxt = m[1].lower(), m[2].lower()
        return "" if nxt.startswith(frag) and len(nxt) > len(frag) else m[0]

    out = _FRAGMENT.sub(drop, sentence)
    return None if out == sentence else out


def restarts_read(sentence: str, whole: Callable[[str], tuple[Claim, ...]]) -> tuple[Claim, ...]:
    """The claims of the sentence with its restarted fragments left out."""
    return restated(sentence, without_fragments(sentence), whole)
