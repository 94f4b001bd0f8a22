"""Hair done for an occasion ("eine Frisur für die Hochzeit meiner Schwester", "hair for my
sister's wedding", "die Haare für den Abiball machen"): a styled hairdo (an updo, bridal hair),
not a cut, even though "Frisur" alone may mean a cut.

Only when no cut is said: "Damenhaarschnitt vor der Hochzeit" stays the cut, "Haare schneiden
vor meiner Hochzeit" stays the question which cut. The hair alone for an occasion other than a
wedding ("fürn Abiball die Haare machen", "prom hair", "zur Konfirmation meiner Tochter") names no
hairdo: a cut, a colour or a styling may be meant, asked (round 46; `occasion_unsaid`). Wedding
hair is the bride's hairdo (round 10).
"""

from __future__ import annotations

import re

from tools.text_fold import fold

# Occasions as words or the first part of a compound ("Kommunionfrisur", "Abiballfrisur"): a
# wedding, a ball, a rite of passage, a folk festival
_OCCASION = re.compile(
    r"\b\w*(?:hochzeit|trauung|standesamt|abiball|abschlussball|kommunion|firmung|konfirmation"
    r"|taufe|jugendweihe|einschulung|oktoberfest|wiesn|volksfest|schuetzenfest|kirmes|fasching"
    r"|karneval)\w*|\b(?:braut\w*|gala|wedding|bride|bridal|prom|ball|christening|baptism"
    r"|communion|confirmation)\b"
)
_WEDDING = re.compile(
    r"\b\w*(?:hochzeit|trauung|standesamt)\w*|\b(?:braut\w*|wedding|bride|bridal)\b"
)
# "hair" before a service's name ("hair colour for my wedding") is that service, no hairdo
_HAIRDO = re.compile(
    r"\b(?:\w*frisur(?:en)?|haare?\s+(?:\w+\s+){0,4}machen|styling"
    r"|hair(?:do|style)?(?!\s+(?:colou?r\w*|dye\w*|highlights?|perm\w*|extensions?)))\b"
)
# the hairdo named as one ("Frisur", "hairdo", "updo", "hochstecken"), not just the hair
_NAMED_HAIRDO = re.compile(
    r"\b(?:\w*frisur(?:en)?|styling|hair(?:do|style)|updo|hochsteck\w*|flecht\w*|locken\s+machen)\b"
)
_CUT = re.compile(r"\b(?:\w*schnei\w*|\w*schnitt\w*|cut\w*|haircut\w*|trim\w*|kuerz\w*)\b")


def occasion_hairdo(text: str) -> str | None:
    """The not-offered hairdo the words ask for ("Hochzeitsfrisur"), else None."""
    folded = fold(text.replace("'", " "))
    if not _OCCASION.search(folded) or not _HAIRDO.search(folded) or _CUT.search(folded):
        return None
    if _WEDDING.search(folded):
        return "Hochsteckfrisur/Brautfrisur"
    if not _NAMED_HAIRDO.search(folded):
        return (
            None  # "prom hair", "fürn Abiball die Haare machen": which service? (`occasion_unsaid`)
        )
    return "Festfrisur"  # a ball, a communion, the Oktoberfest: styled, never a bride's


def occasion_unsaid(text: str) -> bool:
    """An occasion with no service named ("prom hair", "zur Konfirmation meiner Tochter",
    "fürn Abiball die Haare machen"): the salon cannot tell a cut from a colour or a hairdo."""
    folded = fold(text.replace("'", " "))
    return (
        bool(_OCCASION.search(folded)) and not _WEDDING.search(folded) and not _CUT.search(folded)
    )
