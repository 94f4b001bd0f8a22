"""Umlauts a speech recogniser or a keyboard dropped ("ubernachste", "so bald wie moglich",
"fruh", "Marz"): the day and time words that carry one are few, so each is restored from its
spelling without the umlaut before the text is parsed. Runs on folded text (ä is "ae").
"""

from __future__ import annotations

import re

# Folded stems with an umlaut -> where they may stand: inside a word ("baldmoglichst",
# "schnellstmoglich", "ubernachste") or only as a whole word (short ones: "fur", "uber", "marz").
_INSIDE = (
    "moeglich", "naechst", "uebermorgen", "uebernaechst", "frueh", "spaet", "gruendonnerstag",
    "jaenner", "koenig",
)  # fmt: skip
_WHOLE = ("fuer", "ueber", "maerz", "spaet")


def _dropped(stem: str) -> str:
    return stem.replace("ae", "a").replace("oe", "o").replace("ue", "u")


_TABLE = {_dropped(s): s for s in (*_INSIDE, *_WHOLE)}
_RE = re.compile(
    "|".join(
        [rf"(?<![a-z])({_dropped(s)})(?![a-z])" for s in _WHOLE]
        + [rf"({_dropped(s)})" for s in sorted(_INSIDE, key=len, reverse=True)]
    )
)


def restore_umlauts(text: str) -> str:
    """Folded text with each day or time word that lost its umlaut spelled as folded ("ae")."""
    return _RE.sub(lambda m: _TABLE[m[0]], text)
