"""A claim of one kind over a whole sentence, with the details a piece of it names (blind 24,
claims41): the shared step of the blind-24 class modules that find a claim the clause reader
cannot word (a slot said free, an appointment said gone, a part said not booked yet)."""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize


def said(kind: ClaimKind, sentence: str, piece: str, names: Names, **kw) -> Claim:
    """`kind` spanning `sentence`, naming what `piece` (a part of it, or the caller's words) names."""
    details = ClaimDetails(((Role.ANY, read_details(normalize(piece), names)),))
    return Claim(kind, 0, len(sentence), details, **kw)


def names_slot(piece: str, names: Names) -> bool:
    """Whether `piece` names a day or a time (what a slot is)."""
    d = read_details(normalize(piece), names)
    return bool(d.weekdays or d.days or d.relative_days or d.times)
