"""An English act said with emphatic "did" read as the plain past (blind 42, claims103; a step
of `reworded`): "I did book it, yes", "I really did cancel your appointment", "We did move it to
Thursday", "I did put you in", "I did call it off" are the caller's booking, cancellation or
move told as done, as "I booked it" is. The do-support hides the participle the clause readers
look for, so the claim went unread in every state.

Not: "did not" / "didn't" (a denial, read by the negation readers as it stands), a question
("Did I book it?", "When did you cancel?": the subject follows "did"), and "did" with no verb of
an outcome after it ("I did my best", "I did ask Lena").
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy

_PAST = {
    "book": "booked", "cancel": "cancelled", "move": "moved", "shift": "shifted",
    "reschedule": "rescheduled", "confirm": "confirmed", "reserve": "reserved",
    "enter": "entered", "schedule": "scheduled", "change": "changed", "push": "pushed",
    "switch": "switched", "put": "put", "call": "called", "pencil": "pencilled",
    "get": "got", "fit": "fitted", "squeeze": "squeezed", "sort": "sorted", "take": "took",
    "add": "added", "drop": "dropped", "delete": "deleted", "remove": "removed",
}  # fmt: skip
_ADVERB = r"(?:really|actually|definitely|indeed|already|just|certainly|in\s+fact)\s+"
_SUBJECT = r"(?:i|we|lena|fabian|the\s+salon|the\s+system|the\s+team|she|he|they|someone)"
_DID = lazy(
    rf"\b({_SUBJECT})\s+(?:{_ADVERB})?did\s+(?:{_ADVERB})?(" + "|".join(_PAST) + r")\b(?![-'])",
    re.IGNORECASE,
)


def plain_past(text: str, lang: str) -> str:
    """`text` with "did" + an outcome verb as that verb's past (unchanged when it has none)."""
    if lang != "en" or text.rstrip().endswith("?") or "did" not in text.lower():
        return text
    return _DID.sub(lambda m: f"{m.group(1)} {_PAST[m.group(2).lower()]}", text)
