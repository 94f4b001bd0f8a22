"""A hold of "the slot" named in the sentence before it (blind 28, claims52).

"Fabian hat am Freitag um zehn Zeit. Den Platz halte ich Ihnen gerade frei.", "Fabian's free
Friday at ten. I'm holding it for you right now.": the hold names no day or time of its own, but
"den Platz", "it", "that slot" point back to the one the sentence before named, and the caller
hears a hold of Friday at ten (convention 67: a claim carries what it names, here by reference).
Read apart, the hold would be true of any slot kept for the caller (after a move, of the new
one). `with_slot_named_before` gives such a hold the day, time and stylist of the sentence
before it; a hold that names its own, or whose sentence points back to nothing, is left as read.
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spoken_turn import sentence_spans

# a word pointing back to a slot: "den Platz", "diesen Termin", "den", "ihn", "it", "that slot"
_BACK = lazy(
    r"\b(?:(?:den|diesen|dieser|jenen|der|das|dieses)\s+(?:platz|termin|slot|zeitpunkt|"
    r"zeit|zeitfenster)|ihn|den|diesen|das|es|dies|"
    r"(?:that|this|the)\s+(?:slot|one|time|appointment|spot)|it|that|this)\b"
)


def with_slot_named_before(text: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with each hold that points back to a slot given that slot's details (see above)."""
    if not any(c.kind is ClaimKind.HELD and c.details.empty for c in claims):
        return claims
    spans = sentence_spans(text)
    if len(spans) < 2:
        return claims
    out = []
    for c in claims:
        out.append(c)
        if c.kind is not ClaimKind.HELD or not c.details.empty:
            continue
        i = next((i for i, (s, e) in enumerate(spans) if s <= c.start < e), 0)
        if i == 0 or not _BACK.search(fold(text[spans[i][0] : spans[i][1]]).text):
            continue
        before = read_details(fold(text[spans[i - 1][0] : spans[i - 1][1]]).text, names)
        if before.weekdays or before.days or before.relative_days or before.times:
            out[-1] = replace(c, details=ClaimDetails(((Role.ANY, before),)))
    return tuple(out)
