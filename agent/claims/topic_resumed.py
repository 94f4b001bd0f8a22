"""A topic named in a "was … angeht" frame and resumed by a pronoun (blind 37's leftover,
claims106): one step of `reworded`.

"Was Ihren Rückrufwunsch angeht: Der ist notiert, Fabian ruft Sie zurück": the pronoun is the
topic the frame names, the caller's wish for a callback, not the caller's appointment; the reader
took "Der ist notiert" for the appointment entered (a booking). Said with the topic as its subject
("Ihr Rückrufwunsch ist notiert, …"), it is read for what it says of that topic. Only the caller's
wish, request or question is resumed so: a frame naming the appointment or a message is
`topic_frame`'s.

Not: a frame with no pronoun after it, a question.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_FRAME = lazy(
    r"^\W*was\s+(?P<det>ihren|ihre|ihr|den|die|das)\s+(?P<noun>[\wäöüß-]*(?:wunsch|bitte|anliegen|"
    r"anfrage|frage)(?:\s+um\s+[\wäöüß-]+)?)\s+(?:betrifft|angeht)\s*[:,–—-]\s*(?:der|die|das|den)\s+(?=(?:ist|wird|bleibt|"
    r"steht|liegt)\b)",
    re.IGNORECASE,
)
# the frame's accusative said as the resumed subject's nominative
_NOMINATIVE = {
    "ihren": "Ihr",
    "ihre": "Ihre",
    "ihr": "Ihr",
    "den": "Der",
    "die": "Die",
    "das": "Das",
}


def topic_resumed(sentence: str, lang: str) -> str:
    """`sentence` with a framed topic resumed by a pronoun said as its subject (above)."""
    if lang != "de" or "?" in sentence or not (m := _FRAME.match(sentence)):
        return sentence
    return f"{_NOMINATIVE[m['det'].lower()]} {m['noun']} {sentence[m.end() :]}"
