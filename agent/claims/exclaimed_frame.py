"""A claim inside an exclamative or rhetorical question (blind 29, claims55; convention 45 and
issue 9: "a claim inside a question"; a step of `reworded`).

"Isn't it nice that it's all booked now?", "Isn't it great that we got you moved to Thursday?",
"Ist es nicht schön, dass der Termin steht?", "Wer hätte gedacht, dass die Absage so schnell
geht?" take what the that-clause says as known and say it: read as the statement ("It's all
booked now.", "Schön, dass der Termin steht."). Only the frames of delight or surprise; a
question whether something is so ("Is it true that …?") stays a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_EN = lazy(
    r"^\W*(?:isn't|is\s+not|wasn't|ain't)\s+it\s+(?:just\s+|so\s+|really\s+)?(?:nice|great|good|"
    r"lovely|wonderful|brilliant|fantastic|amazing|a\s+relief)\s+that\s+(?P<c>[^?]+?)\s*\?\s*$",
    re.IGNORECASE,
)
_DE = lazy(
    r"^\W*(?:(?:ist|wäre)\s+(?:es|das)\s+nicht\s+(?:\w+\s+)?(?:schön|toll|super|prima|klasse|gut|"
    r"herrlich)|wer\s+hätte\s+(?:das\s+)?gedacht)\s*,?\s*dass\s+(?P<c>[^?]+?)\s*\?\s*$",
    re.IGNORECASE,
)
# the outcome said in the frame ("dass die Absage so schnell geht"): it went through
_WENT_DE = lazy(
    r"\b(?P<s>die\s+(?:absage|stornierung)|die\s+buchung|die\s+verschiebung)\s+(?:\w+\s+){0,2}?"
    r"(?:so\s+|ganz\s+)?(?:schnell|glatt|problemlos|reibungslos|einfach)\s+(?:geht|ging)$",
    re.IGNORECASE,
)


def exclaimed(text: str, lang: str) -> str:
    """`text` as the statement its exclamative frame takes as known, else unchanged."""
    if lang == "en":
        m = _EN.search(text)
        return text if m is None else f"{m['c'][0].upper()}{m['c'][1:]}."
    m = _DE.search(text)
    if m is None:
        return text
    clause = m["c"]
    went = _WENT_DE.search(clause)
    if went is not None:
        clause = f"{went['s']} geklappt hat"  # "dass die Absage so schnell geht": it went through
    return f"Schön, dass {clause}."
