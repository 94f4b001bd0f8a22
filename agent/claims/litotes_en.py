"""A double negation in English said as the state it affirms (blind 28's false blocks,
claims51): one step of `reworded`.

"It's not like it isn't booked", "It's not that you're not in, you are", "I wouldn't say it's not
confirmed", "There's no way that didn't go through" (blind 58) say it is booked or done; "It's not like it's still on, it's cancelled" says what follows the
comma. Read as they were, the inner "isn't booked" stayed a denial and the affirmed state was
lost. A single negation denies: "It's not like you're booked yet" is "You're not booked yet"
(claims53; read as it was, it claimed nothing).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_SUBJECT = r"(?P<s>it|you|that|the\s+appointment|your\s+appointment|the\s+booking)"
_NOT_LIKE = (
    r"^\W*(?:(?:it's|it\s+is|that's)\s+not|i(?:\s+wouldn't|\s+would\s+not|'d\s+not|\s+'d\s+not)\s+say|"
    r"there(?:'s|\s+is)\s+no\s+way)"  # blind 58: "There's no way that didn't go through"
)
_DOUBLE = lazy(
    rf"{_NOT_LIKE}\s+(?:(?:like|that|as\s+if|as\s+though)\s+)?{_SUBJECT}"
    r"(?:'s|'re|\s+is|\s+are)?\s*(?:isn't|aren't|not|n't)\s+(?P<state>[\w\s']+?)"
    r"(?:\s*,\s*(?:it|you)\s+(?:is|are)(?:\s+\w+)?)?\W*$"
)
_THEN_SAID = lazy(
    rf"{_NOT_LIKE}\s+(?:like|that|as\s+if|as\s+though)\s+[^,]+,\s*"
    r"(?P<then>(?:it's|it\s+is|it's\s+been|it\s+has\s+been|you're|you\s+are)\s+[\w\s']+?)\W*$"
)
# a past act denied inside the frame: "There's no way that didn't go through" (blind 58)
_DOUBLE_PAST = lazy(
    rf"{_NOT_LIKE}\s+(?:(?:like|that|as\s+if|as\s+though)\s+)?{_SUBJECT}\s+(?:didn't|did\s+not)\s+"
    r"(?P<verb>go\s+through|work(?:\s+out)?|get\s+(?:booked|confirmed|cancell?ed|moved|through))\W*$"
)
_PAST = {"go": "went", "work": "worked", "get": "got"}
# a single negation with "yet": the plain denial ("It's not like you're booked yet", claims53)
_NOT_LIKE_YET = lazy(
    r"^\W*(?:it's|it\s+is|that's)\s+not\s+(?:like|as\s+if|as\s+though)\s+"
    r"(?P<s>you're|you\s+are|it's|it\s+is)\s+(?P<state>[\w\s']+?)\s+yet\W*$"
)
_STATES = lazy(r"\b(?:booked|confirmed|in|cancell?ed|moved|held|reserved|set|sorted)\b")
_NEGATED = lazy(r"\b(?:not|n't|isn't|aren't|no\s+longer)\b")


def litotes_read(sentence: str, lang: str) -> str:
    """`sentence` with a double negation said as what it affirms, else as it is."""
    if lang != "en":
        return sentence
    text = fold(sentence).text
    if (m := _DOUBLE.match(text)) and _STATES.search(m["state"]):
        subject = "You're" if m["s"] == "you" else "It's"
        return f"{subject} {m['state'].strip()}."
    if m := _DOUBLE_PAST.match(text):
        verb, _, rest = m["verb"].partition(" ")
        subject = "You" if m["s"] == "you" else "It"
        return f"{subject} {' '.join(filter(None, (_PAST[verb], rest)))}."
    if (m := _NOT_LIKE_YET.match(text)) and not _NEGATED.search(m["state"]):
        if _STATES.search(m["state"]):
            subject = "You're" if m["s"].startswith("you") else "It's"
            return f"{subject} not {m['state'].strip()} yet."
    if (m := _THEN_SAID.match(text)) and not _NEGATED.search(m["then"]):
        if _STATES.search(m["then"]):
            return m["then"].strip() + "."
    return sentence
