"""An offer to put the caller in said with the colloquial dative (blind 29, claims55; convention
2; a step of `reworded`): "Ich könnte Ihnen Freitag um zehn bei Fabian eintragen, sagen Sie
einfach Ja" says what "Ich könnte Sie Freitag um zehn bei Fabian eintragen" says — the slot named
is there to be booked (`available`). Read as that.

A read-back followed by a separate question ("Also: Freitag zehn, bei Fabian. Soll ich das so
buchen?") is not joined to it: it claims nothing (convention 160).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_DATIVE = lazy(
    r"\b(ich\s+(?:könnte|kann|würde))\s+ihnen\s+"
    r"(?=(?:[^.,;!?]*?\s)?(?:eintragen|einbuchen|buchen)\b)",
    re.IGNORECASE,
)


def offered_with_dative(text: str, lang: str) -> str:
    """`text` with "ich könnte Ihnen … eintragen" said as "ich könnte Sie … eintragen"."""
    if lang != "de" or "hnen" not in text:
        return text
    return _DATIVE.sub(r"\1 Sie ", text)
