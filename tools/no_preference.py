"""Whether the caller leaves the stylist open, by what the words mean: "mir egal", "wer Zeit
hat", "egal wer", "keine Präferenz", "no preference", "whoever is free", and many more ways.
A phrase that also names a stylist ("am liebsten Lena, aber egal") is not open."""

from __future__ import annotations

import re

from tools.text_fold import fold

_OPEN = re.compile(
    r"\b(?:egal|wurscht|wurst|schnuppe|gleichgueltig|beliebig|irgendwer|irgendwen|irgendwem"
    r"|irgendjemand\w*|irgendein\w*|jemand|jede[rnms]?|jedermann|alle|egal\s+wer|wer\s+auch\s+immer"
    r"|we[nm]\s+(?:auch\s+)?immer|someone|somebody"
    r"|gleich\s+wer|ganz\s+gleich|einerlei|mir\s+gleich|ist\s+gleich|(?:ist\s+)?mir\s+recht"
    r"|wer\s+(?:gerade\s+|halt\s+|eben\s+|denn\s+|als\s+erste[rs]?\s+|am\s+schnellsten\s+)?"
    r"(?:zeit|frei|verfuegbar|kann|da\s+ist|dran\s+ist)"
    r"|kein\w*\s+(?:praeferenz|wunsch|vorliebe|bestimmte\w*|speziell\w*|besondere\w*|feste\w*"
    r"|vorgabe|favorit\w*)|kein\w*\s+(?:bestimmte\w*|speziell\w*)\s+\w+|niemand(?:en)?"
    r"|nicht\s+wichtig|spielt\s+keine\s+rolle|macht\s+nichts|hauptsache|ohne\s+wunsch"
    r"|no\s+preference|no\s+one\s+in\s+particular|nobody\s+in\s+particular|anyone|anybody|any"
    r"|whoever\w*|whichever|doesnt\s+matter|does\s+not\s+matter|dont\s+mind|do\s+not\s+mind"
    r"|dont\s+care|do\s+not\s+care|either|first\s+available|next\s+available|not\s+fussed"
    r"|no\s+matter|none|null|keine?|nobody|flexibel|flexible|(?:bin|sind)\s+(?:da\s+)?offen"
    r"|alle(?:s)?\s+(?:gut|recht|ok|okay)|any\s*one\s+is\s+fine|surprise\s+me)\b"
)


def means_no_preference(text: str | None) -> bool:
    """True for no text or a phrase that leaves the stylist open."""
    if text is None:
        return True
    folded = fold(text.replace("'", ""))
    return not folded or bool(_OPEN.search(folded))
