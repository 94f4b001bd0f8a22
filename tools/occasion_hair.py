"""Hair done for an occasion ("eine Frisur für die Hochzeit meiner Schwester", "hair for my
sister's wedding", "die Haare für den Abiball machen"): a styled hairdo (an updo, bridal hair),
not a cut, even though "Frisur" alone may mean a cut.

Only when no cut is said: "Damenhaarschnitt vor der Hochzeit" stays the cut, "Haare schneiden
vor meiner Hochzeit" stays the question which cut.
"""

from __future__ import annotations

import re

from tools.text_fold import fold

_OCCASION = re.compile(
    r"\b(?:\w*hochzeit\w*|trauung|standesamt|braut\w*|abiball|abschlussball|gala"
    r"|wedding|bride|bridal|prom|ball)\b"
)
_HAIRDO = re.compile(
    r"\b(?:\w*frisur(?:en)?|haare?\s+(?:\w+\s+){0,4}machen|hair(?:do|style)?|styling)\b"
)
_CUT = re.compile(r"\b(?:\w*schnei\w*|\w*schnitt\w*|cut\w*|haircut\w*|trim\w*|kuerz\w*)\b")


def occasion_hairdo(text: str) -> str | None:
    """The not-offered hairdo the words ask for ("Hochzeitsfrisur"), else None."""
    folded = fold(text.replace("'", " "))
    if not _OCCASION.search(folded) or not _HAIRDO.search(folded) or _CUT.search(folded):
        return None
    return "Hochsteckfrisur/Brautfrisur"
