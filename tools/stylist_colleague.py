"""'the colleague' with nobody named ("wieder bei dem Kollegen", "zu der Kollegin", "the same
colleague as before"): one person is meant, and the caller knows who, but no name is said.
Asked who, with the stylists who offer the service: never "no such stylist"."""

from __future__ import annotations

import re

from tools.text_fold import fold

_COLLEAGUE = re.compile(r"\b(?:kolleg(?:e|en|in)|colleague)\b")


def names_a_colleague(text: str) -> bool:
    """`text` speaks of a colleague (whoever names them is read elsewhere)."""
    return bool(_COLLEAGUE.search(fold(text)))


__all__ = ["names_a_colleague"]
