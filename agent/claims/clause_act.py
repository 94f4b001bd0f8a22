"""An act told in an English gerund clause before the main clause (blind 32, claims66): "After
cancelling it, I checked …", "Having booked you in, I …": the clause's act is done, as
"Nachdem ich storniert habe, …" (blind 32's convention: a clause's outcome is claimed as a main
clause's). `gerund_act` gives the act said plainly ("I've cancelled it."), read as any sentence
(`amended`, `restated`). Not: "before" (the act still to come), a question, a condition, the
act denied ("after not booking"), or the caller's act ("after you cancelled").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import fold

_PARTICIPLE = {
    "booking": "booked", "cancelling": "cancelled", "canceling": "canceled",
    "moving": "moved", "rescheduling": "rescheduled", "confirming": "confirmed",
    "rebooking": "moved", "shifting": "shifted", "reserving": "reserved",
}  # fmt: skip
_GERUND = lazy(
    r"^\W*(?:right\s+)?(?:after|since|having)\s+(?P<v>" + "|".join(_PARTICIPLE) + r")\b"
    r"(?P<obj>[^,;:.!?–]*)"
)
_HAVING = lazy(r"^\W*having\s+(?:been\s+)?")
_LEFT_ALONE = lazy(
    r"\?|\b(?:if|whether|unless|not|never|would|will|normally|usually|always)\b|n't\b|'d\b|'ll\b"
)


def gerund_act(sentence: str, lang: str) -> str | None:
    """ "I've <act> <object>." for a gerund clause's act done, or None."""
    if lang != "en":
        return None
    text = fold(sentence).text
    m = _GERUND.search(text)
    if m is None or not m["obj"].strip() or _LEFT_ALONE.search(text):
        return None  # "After booking, you'd normally get a text": a rule
    return f"I've {_PARTICIPLE[m['v']]}{m['obj'].rstrip()}."
