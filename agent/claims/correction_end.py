"""A correction read by what it ends on (blind 23's false blocks, claims40; a step of `reworded`;
the label conventions 5 and 8).

"Correction: I said it was booked — it's only on hold for now", "Sorry, I said you were booked
– you're only pencilled in", "Let me correct myself: I told you it was booked, but it's only on
hold": what the speaker said before and now takes back is reported, not
claimed; the sentence is read from what follows the dash. A correction from booked to a hold also
says it is not booked yet (convention 75, as `framed` reads the German "… – es ist nur reserviert").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_TAKEN_BACK = lazy(
    r"^\W*(?:correction|sorry|let\s+me\s+correct\s+(?:that|myself)|my\s+mistake)\W+"
    r"i\s+(?:said|told\s+you)\s+(?:that\s+)?(?:it\s+was|it's|you\s+were|you're)\s+"
    r"(?:\w+\s+){0,2}?\w+(?:\s*[—–-]\s*|,\s*but\s+)(?=\S)",  # ", but": claims54, tune probe 23
    re.IGNORECASE,
)
_SAID_FIRM = lazy(r"\b(?:booked|confirmed|fixed|set)\b", re.IGNORECASE)
ONLY_HELD = lazy(
    r"\b(?:nur|lediglich|bloß|bloss|erst|only|just|merely)\b[^–—:]*\b(?:reserviert|vorgemerkt|"
    r"freigehalten|vorgehalten|on\s+hold|"
    r"held|pencil(?:l)?ed\s+in|reserved)\b",
    re.IGNORECASE,
)


def correction_end(sentence: str, lang: str) -> str:
    """`sentence` from its correction on (unchanged when it takes nothing back)."""
    if lang != "en":
        return sentence
    m = _TAKEN_BACK.match(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    if _SAID_FIRM.search(m.group(0)) and ONLY_HELD.search(rest):
        return "Not booked yet, " + rest  # "I said it was booked — it's only on hold"
    return rest
