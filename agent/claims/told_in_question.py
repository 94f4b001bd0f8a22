"""A question that only asks whether the caller was told an outcome states it: "Hab ich nicht
schon erwähnt, dass Sie gebucht sind?", "Hatte ich erwähnt, dass das durch ist?", "Wissen Sie
eigentlich schon, dass der Termin eingetragen ist?", "Did I mention it's already been moved?",
"Didn't I tell you it's booked already?", "Have I told you you're confirmed?".

The frame ("did I mention", "hab ich gesagt, dass") asks nothing about the appointment: what it
embeds is said as fact (blind 12). The frame is blanked and the embedded clause's question mark
made a full stop, every character kept in place, so the clause readers read the embedded clause
as a statement and claim spans stay those of the original sentence.
Not: a frame embedding no outcome ("Did I mention we're open late on Saturdays?" claims
nothing, as any statement of it), a question to the caller ("Did you mention …?").
"""

from __future__ import annotations

import re

_FRAME = re.compile(
    r"^\W*(?:"
    # German: "Hab ich (Ihnen) (nicht) (schon) erwähnt/gesagt, dass …", "Wissen Sie schon, dass …"
    r"(?:hab|habe|hatte|hätte)\s*(?:ich|'?s)\s+(?:(?:ihnen|dir|eigentlich|nicht|schon|denn|"
    r"bereits|überhaupt|vorhin|eben|ja)\s+){0,4}(?:erwähnt|gesagt|erzählt|mitgeteilt)|"
    r"wissen\s+sie\s+(?:(?:eigentlich|schon|denn|bereits)\s+){0,3}"
    r")\s*,?\s*dass\s+|"
    # English: "Did I mention (that) …", "Didn't I tell you …", "Have I told you …"
    r"^\W*(?:did|didn'?t|have|haven'?t|had)\s+i\s+(?:(?:already|ever|even|just)\s+)?"
    r"(?:mention(?:ed)?|tell\s+you|told\s+you|say|said)(?:\s+(?:to\s+you|already|yet))?"
    r"\s*,?\s*(?:that\s+)?",
    re.IGNORECASE,
)


def told_as_statement(sentence: str) -> str:
    """`sentence` with a "did I mention" frame blanked and its question made a statement; the
    sentence unchanged when it has none."""
    if "?" not in sentence:
        return sentence
    m = _FRAME.search(sentence)
    if m is None:
        return sentence
    end = sentence.find("?", m.end())
    if end < 0:
        return sentence
    return " " * m.end() + sentence[m.end() : end] + "." + sentence[end + 1 :]
