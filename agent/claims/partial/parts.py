"""What the partial-outcome readers share: a sentence's parts after its first outcome, and "the
other" / "the second" of two appointments (one wording for every reader of them)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from agent.claims.lazy_pattern import lazy

THE_OTHER = lazy(
    r"\b(?:(?:der|die|den|das|dem)\s+(?:andere|zweite)\w*|the\s+(?:other|second)(?:\s+one)?)\b",
    re.IGNORECASE,
)


def later_parts(sentence: str, cuts: re.Pattern[str], first: int) -> Iterator[tuple[int, int, str]]:
    """The parts of `sentence` between `cuts` that start after `first`: (start, end, text)."""
    pos = 0
    for cut in [*cuts.finditer(sentence), None]:
        end = cut.start() if cut else len(sentence)
        part, start = sentence[pos:end], pos
        pos = cut.end() if cut else len(sentence)
        if start > first:
            yield start, end, part
