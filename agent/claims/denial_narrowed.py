"""A denial of one detail narrowed to another by "nur" / "only" (blind 57, claims163).

"Am Samstag haben Sie bei Fabian keinen Termin, nur bei Lena", "You don't have an appointment
with Fabian on Saturday, only with Lena": the tail names the detail the caller IS booked with, in
the place of the denied one (the same preposition: "bei Fabian" -> "bei Lena"), so the sentence
says two things: no appointment with Fabian on Saturday, and one with Lena on Saturday. The reader
took the tail into the denial (no appointment with Fabian or Lena), which passed where the caller
has nothing on Saturday and blocked where Lena's Saturday is booked. `narrowed` gives the denial
read without the tail, and beside it the booking the tail states (the denial's sentence with the
tail's detail in the denied one's place, the negation dropped). Not: a question, a tail with a
verb of its own ("nur bei Lena ist noch etwas frei": a clause, read as it stands), a tail whose
preposition the denial does not use (nothing to put it in place of).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import straight_apostrophes
from agent.claims.restated import restated

# ", nur bei Lena." / ", only with Lena.": a preposition and a name or a time, no verb
_TAIL = lazy(
    r"\s*[,–—-]\s*(?:aber\s+|but\s+)?(?:nur|only)\s+(?P<prep>bei|am|um|with|on|at)\s+"
    r"(?P<y>[A-ZÄÖÜ0-9][\w.:]*(?:\s+uhr)?)\s*[.!]?\s*$",
    re.IGNORECASE,
)
# the caller denied a booking: "keinen Termin", "nicht eingetragen", "don't have", "not booked"
_DENIAL = {
    "de": lazy(r"\b(?:keinen|keine|kein)\b(?=\s+(?:Termin|Buchung|Reservierung)\b)", re.IGNORECASE),
    "en": lazy(r"\b(?:do\s+not|don't|doesn't|does\s+not)\s+(?=have\b)", re.IGNORECASE),
}
_POSITIVE = {"keinen": "einen", "keine": "eine", "kein": "ein"}


def _positive(head: str, lang: str) -> str | None:
    """`head` with its denial of a booking made a statement of one, or None."""
    m = _DENIAL[lang].search(head)
    if m is None:
        return None
    word = m.group(0)
    said = _POSITIVE.get(word.lower(), "") if lang == "de" else ""
    return f"{head[: m.start()]}{said}{head[m.end() :]}"


def narrowed(
    sentence: str,
    lang: str,
    claims: tuple[Claim, ...],
    read_whole: Callable[[str], tuple[Claim, ...]],
) -> tuple[Claim, ...]:
    """`claims`, or the denial without its "nur"/"only" tail and the booking the tail states."""
    text = straight_apostrophes(sentence)
    if text.rstrip().endswith("?") or not any(c.kind is ClaimKind.NOT_BOOKED for c in claims):
        return claims
    tail = _TAIL.search(text)
    if tail is None:
        return claims
    head = text[: tail.start()]
    denied = list(re.finditer(rf"\b{tail['prep']}\s+(?P<x>[\wÄÖÜäöüß.:]+)", head, re.IGNORECASE))
    positive = _positive(head, lang)
    if not denied or positive is None:
        return claims
    x = denied[-1]
    if x["x"].lower() == tail["y"].lower():
        return claims
    start = positive.find(x.group(0))
    if start < 0:
        return claims
    said = f"{positive[:start]}{tail['prep']} {tail['y']}{positive[start + len(x.group(0)) :]}."
    found = restated(sentence, said, read_whole)
    if not any(c.kind is ClaimKind.BOOKED for c in found):
        return claims
    denial = restated(sentence, f"{head}.", read_whole)
    kept = tuple(c for c in claims if c.kind is not ClaimKind.NOT_BOOKED)
    return kept + tuple(c for c in denial if c.kind is ClaimKind.NOT_BOOKED) + found
