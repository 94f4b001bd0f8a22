"""A bare success word followed by the slot, sentence by sentence, books that slot (issue 9
rule 1; blind 49, claims135).

"Steht. Freitag.", "Bestätigt. Übermorgen, zehn Uhr, Herr Spitzer.", "All set. Thursday at
three.", "Confirmed. The day after tomorrow, ten a.m., Fabian.": the success word alone is
convention 28's `done`, backed by any outcome (a cancellation too); with the slot said right
after it, the success is told of that slot: the appointment is booked there, with every detail
the slot names (day, time, stylist, service), and is checked against the appointment there.

Only where everything after the success word's sentence is details (days, dates, times, names,
services, their prepositions and titles), and the success word's sentence names nothing else:
"Storniert. Freitag, zehn Uhr." is read by the cancellation readers, "Erledigt. Freitag ist
storniert." says more than a slot, and "Moment. Freitag, zehn Uhr, schaue ich nach." claims
nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import ClaimDetails, Names, Role, is_detail_word, is_title, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# the first sentence: a success word alone, perhaps after "ja / yes / yep / okay"
_SUCCESS_FIRST = lazy(
    r"^\W*(?:(?:ja|jawohl|yes|yep|yeah|okay|ok|gut|so|alles\s+klar)\W+)*"
    r"(?:steht|gebucht|eingetragen|fix|bestätigt|erledigt|gemacht|notiert|drin|"
    r"done|booked|confirmed|sorted|all\s+set|set|you're\s+in|in|all\s+booked|all\s+done)"
    r"\s*[.!,:–—]+\s+(?P<slot>\S.*)$"
)
# words a slot's list may carry beside its details ("bei Herrn Spitzer", "the day after tomorrow")
_BESIDE = frozenset(
    "bei beim mit with für for the den dem der am um at on in day after nach vor von to uhr "
    "o'clock a.m p.m und and".split()
)


_RANGE = lazy(r"\b(?:to|bis|until|till)\b|\d\s*[–-]\s*\d")


def _slot_only(text: str, names: Names) -> bool:
    words = re.findall(r"[\w'.:]+", text)
    return bool(words) and all(
        w.rstrip(".") in _BESIDE
        or is_detail_word(w)
        or is_title(w.rstrip("."))
        or not read_details(w.rstrip("."), names).empty
        for w in words
    )


def success_slot(sentence: str, names: Names, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a bare success told of the slot after it read as that slot's booking."""
    if not any(c.kind is ClaimKind.DONE for c in claims):
        return claims
    if any(c.kind not in (ClaimKind.DONE, ClaimKind.BOOKED) for c in claims):
        return claims
    m = _SUCCESS_FIRST.match(fold(sentence).text.rstrip())
    if not m or not _slot_only(m.group("slot"), names) or _RANGE.search(m.group("slot")):
        return claims  # "Confirmed: Fri 28 Nov, 10:00 to 12:15": its end is read elsewhere
    slot = read_details(m.group("slot"), names)
    if slot.empty:
        return claims
    details = ClaimDetails(((Role.ANY, slot),))
    return tuple(replace(c, kind=ClaimKind.BOOKED, details=details) for c in claims)
