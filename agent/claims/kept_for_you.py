"""A slot said kept for the caller, read as a booking (blind 23's false blocks, claims40): one job,
reading such a sentence as the hold it states.

- a stylist who "has" a slot for the caller, in the indicative, with the slot as the object and
  no verb of booking: "Fabian hat Freitag um zehn für Sie", "Lena hat Samstag um elf für Sie
  freigehalten" (kept for the caller: `held`; "Fabian hat Sie am Freitag" with the caller as
  the object stays a booking, convention 31, "hätte" an offer, and "Fabian hat sich … für Sie
  freigehalten", the stylist keeping himself free for the visit, the booking blind 7 labels);
- a record line headed "Pencilled in:" or "Pencilled in for you:" before the slot (a hold,
  as "Friday 10 a.m. is pencilled in for you" is; "You're pencilled in" keeps its booking).

The booking read there becomes the hold of the same details.
"""

from __future__ import annotations

import re
from dataclasses import replace

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_KEEP = r"(?:frei\s*gehalten|freigehalten|reserviert|zurückgelegt|vorgemerkt|geblockt|blockiert)"
_BOOK = lazy(r"gebucht|eingetragen|bestätigt|fest\b|fix\b|sicher\b|verbindlich")
_PENCILLED = lazy(r"^\W*pencil+ed\s+in(?:\s+for\s+you)?\s*:")


def kept_for_you(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with a booking that only a kept slot states read as that hold."""
    if not any(c.kind is K.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    held = _PENCILLED.search(text) is not None or (
        _stylist_has(text, names) and not re.search(r"\bsich\b", text)
    )
    if not held or _BOOK.search(text):
        return claims
    out = tuple(replace(c, kind=K.HELD) if c.kind is K.BOOKED else c for c in claims)
    return tuple(dict.fromkeys(out))


def _stylist_has(text: str, names: Names) -> bool:
    stylist = "|".join(re.escape(p) for _, parts in names.stylists for p in parts if len(p) > 2)
    if not stylist:
        return False
    return (
        re.search(
            rf"^\W*(?:{stylist})\s+hat\s+(?!sie\b|ihnen\b)(?:\w+\s+){{1,5}}?für\s+sie"
            rf"(?:\s+{_KEEP})?\s*[.!]?\s*$",
            text,
        )
        is not None
    )
