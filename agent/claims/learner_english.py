"""A learner's English verb forms put in standard English (blind 21, claims35; a step of
`reworded`): the bare verb after "is" / "are" / "have" / "has" for its participle ("is
confirm", "is fix", "I have cancel for you the Friday", "I have book you"), "the cancel is
make" (the cancellation is made), the caller "booking" for the caller booked ("You are booking
now", "You are not booking yet"), and "still is not booked" (not booked yet). A small model
writes the same slips with an adverb between ("Your appointment is not book", blind 55), with
the irregular verbs too ("I have hold it for you", "The cancellation is go through"; not "what
I can do is hold it", the bare verb after "do … is" being right), and a
participle after "did" where the bare verb belongs ("I did not moved anything").

Not: "have to" / "has to" (an obligation), a question, a bare verb that is a noun after "is a"
("is a fix"), "you are booking with us" said of the caller's own request before it is made
(only "now", "yet", "still", "already" or the end of the clause after "booking").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_PARTICIPLE = {
    "confirm": "confirmed", "fix": "confirmed", "book": "booked", "cancel": "cancelled",
    "make": "made", "move": "moved", "change": "changed", "finish": "finished",
    "reserve": "reserved", "schedule": "scheduled", "arrange": "arranged",
    "reschedule": "rescheduled", "hold": "held", "go": "gone",
    # blind 55 (claims142): "Your request is send to salon", "The salon is not approve your request"
    "send": "sent", "approve": "approved", "save": "saved", "note": "noted", "pass": "passed",
}  # fmt: skip
# an object after the participle: the learner's "is" stands for "has" ("The salon is not approve
# your request yet" is "has not approved your request"), an active perfect, not a passive
_OBJECT_AFTER = lazy(r"\s+(?:your|the|a|an|it|you|him|her|them|this|that|my|our)\b", re.IGNORECASE)
_HAS = {"is": "has", "are": "have", "was": "had"}  # only denied: "is not approve your request"
_CLEFT = lazy(r"\bwhat\b[^.!?]*\b(?:do|did|done|does)\b", re.IGNORECASE)  # "What I did was …"
_BARE = lazy(  # not "All you have to do is confirm": a bare infinitive (claims103)
    r"(?<!\bdo )\b((?:is|are|was|have|has|'ve)(?:\s+(?:not|never|already|still|yet|just|now))*)\s+("
    + "|".join(_PARTICIPLE)
    + r")\b(?!\s+of\b)(?!(?<!\bmove)(?<!schedule)\s+to\b)"
    + r"(?![-\u200b\u00ad])",
    re.IGNORECASE,
)
_DID_PARTICIPLE = lazy(
    r"\b(did|does|do)((?:\s+(?:not|never|already|just))*)\s+("
    + "|".join(sorted({p for p in _PARTICIPLE.values() if p not in _PARTICIPLE}))
    + r")\b",
    re.IGNORECASE,
)
_BASE = {participle: base for base, participle in _PARTICIPLE.items() if base != "fix"}
_CANCEL_NOUN = lazy(r"\bthe\s+cancel\s+is\b", re.IGNORECASE)
_CALLER_BOOKING = lazy(
    r"\b(you\s+are|you're)\s+(not\s+)?booking\b(?=\s*(?:now|yet|still|already)\b|\s*[,.;!–—-]|\s*$)",
    re.IGNORECASE,
)
_NOT_STILL = lazy(r"\b(not\s+booked)\s+still\b", re.IGNORECASE)
_STILL_NOT = lazy(r"^(\W*)still\s+is\s+not\s+(booked|confirmed|in)\b", re.IGNORECASE)


def _participle(m: re.Match[str]) -> str:
    aux = m.group(1)
    first = aux.split()[0]
    if (
        first.lower() in _HAS
        and re.search(r"\b(?:not|never)\b", aux, re.IGNORECASE)
        and not _CLEFT.search(m.string, 0, m.start())
        and _OBJECT_AFTER.match(m.string, m.end())
    ):
        aux = _HAS[first.lower()] + aux[len(first) :]
    return f"{aux} {_PARTICIPLE[m.group(2).lower()]}"


def standard_english(text: str, lang: str) -> str:
    """`text` with the learner's forms above in standard English (unchanged when it has none)."""
    if lang != "en" or text.rstrip().endswith("?"):
        return text
    text = _CANCEL_NOUN.sub("the cancellation is", text)
    text = _BARE.sub(_participle, text)
    text = _DID_PARTICIPLE.sub(lambda m: f"{m[1]}{m[2]} {_BASE[m[3].lower()]}", text)
    text = _CALLER_BOOKING.sub(lambda m: f"{m.group(1)} {m.group(2) or ''}booked", text)
    text = _NOT_STILL.sub(r"\1 yet", text)
    return _STILL_NOT.sub(lambda m: f"{m.group(1)}It is not {m.group(2)} yet", text)
