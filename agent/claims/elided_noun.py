"""An outcome's participle standing for its noun (blind 33, claims73): "Der alte Termin ist weg,
der verschobene steht", "Der gebuchte bleibt", "…, der neue gilt": the noun ("Termin") is left
out after the article, as German does when it was just said. `elided_noun` gives the sentence
with "Termin" said, so the participle presupposes its outcome as "der verschobene Termin steht"
does (convention 31, 45, 77); a step of `reworded`, so the whole sentence is read so ("Der alte
Termin ist weg, der verschobene Termin steht": the old place and the move, `move_old_place`).

Not: a participle with its own noun ("der verschobene Termin"), a question, a condition, or a
participle before anything but a verb of standing ("der verschobene ist mir lieber").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_ELIDED = lazy(
    r"\b(?P<art>der|den|ihr|ihren)\s+(?P<part>verschobene|verlegte|umgebuchte|gebuchte|"
    r"eingetragene|bestätigte|neue)\s+(?P<verb>steht|gilt|bleibt|ist\s+(?:jetzt\s+)?(?:fest|fix|"
    r"eingetragen|gebucht))\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|sofern|sobald|nicht|kein\w*)\b", re.IGNORECASE)


def elided_noun(sentence: str, lang: str) -> str:
    """`sentence` with the noun a participle stands for said ("der verschobene Termin steht")."""
    if lang != "de" or _NOT.search(sentence):
        return sentence
    m = _ELIDED.search(sentence)
    if m is None:
        return sentence
    return sentence[: m.end("part")] + " Termin" + sentence[m.end("part") :]
