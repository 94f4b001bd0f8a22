"""What an instruction or aside around a true claim names (blind 25's false blocks, claims44):
one job, keeping the day, time, stylist or service a claim names to what its own words say.

- the visit called off by an instruction ("Kommen Sie am Freitag also bitte nicht", "Don't come
  in on Friday", "Streichen Sie sich den Freitag aus dem Kalender", "take Friday out of your
  diary"): the visit is gone (GONE with its day), not presupposed booked;
- an arrival time ("Seien Sie am Freitag um Viertel vor zehn da", "be there by 9:45") and an end
  time ("Sie sind gegen 12:15 fertig", "you'll be done by 12:15") are not the visit's start
  (convention 45): the claim names no time;
- a service word naming a thing ("your old colour card", "the perm brochure") names no service;
- a day or stylist said of in a clause that denies anything is there ("…, und für Samstag bei
  Lena ist nichts eingetragen", "…, and there's nothing with Lena on Saturday"): the booking of
  another clause that names none keeps naming none (the denial is its own claim).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import ClaimDetails, Details, Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_CALLED_OFF = lazy(
    r"^\W*(?:\w+\s+){0,2}kommen\s+sie\s+(?:[^,.!?]*\s)?nicht\b(?!\s+(?:zu\s+spät|später|früher))"
    r"(?![^.!?]*\b(?:sondern|stattdessen))|"
    r"\bstreichen\s+sie\s+(?:sich\s+)?(?:den|das)\b[^.!?]*\b(?:aus|im)\s+(?:dem|ihrem)\s+"
    r"kalender\b|\bdon't\s+come\s+(?:in\s+|by\s+|over\s+)?on\b|\btake\s+\w+\s+out\s+of\s+your\s+"
    r"(?:diary|calendar)\b|\bcross\s+\w+\s+off\b"
)
_ARRIVAL = lazy(
    r"\b(?:seien|sind)\s+sie\b[^.!?]*\b(?:da|hier|vor\s+ort)\b|\bbe\s+(?:here|there|in)\s+"
    r"(?:by|at|around)\b|\barrive\s+(?:by|at|around)\b|\bsie\s+sind\s+(?:\w+\s+)?(?:gegen|um|"
    r"bis)\s+[^.!?]*\bfertig\b|\byou(?:'ll|\s+will)\s+be\s+(?:done|finished|ready)\s+(?:by|at|"
    r"around)\b"
)
_ON_TIME = lazy(r"\b(?:pünktlich|punctually|on\s+time|sharp)\b")
_THING = lazy(
    r"\b(?:colour|color|perm|beard|highlights?)\s+(?:card|chart|swatch|brochure|leaflet|"
    r"products?|shampoo|conditioner|spray|kit|guide|photo|picture|samples?)\b"
)
_DENIAL = lazy(
    r"\b(?:ist|steht)\s+nichts\s+(?:eingetragen|gebucht|drin)\b|\bnichts\s+eingetragen\b|"
    r"\bthere(?:'s|\s+is)\s+nothing\s+(?:with|on|for|booked)\b|\bnothing\s+(?:booked|in)\b"
)


def _without(details: ClaimDetails, **empty: frozenset) -> ClaimDetails:
    return replace(details, parts=tuple((r, replace(d, **empty)) for r, d in details.parts))


def instruction_parts(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with each naming only what its own words say (see above)."""
    if not any(c.kind is K.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    called_off = _CALLED_OFF.search(text) is not None
    arrival = _ARRIVAL.search(text) is not None and not _ON_TIME.search(text)
    thing = _THING.search(text) is not None
    denial = _DENIAL.search(text) is not None
    if not (called_off or arrival or thing or denial):
        return claims
    out = []
    for c in claims:
        if c.kind is K.BOOKED:
            if called_off:
                c = replace(c, kind=K.GONE)
            if arrival:
                c = replace(c, details=_without(c.details, times=frozenset()))
            if thing and not read_details(_THING.sub(" ", text), names).services:
                c = replace(c, details=_without(c.details, services=frozenset()))
            if denial and c.kind is K.BOOKED:
                own = fold(sentence[c.start : c.end]).text
                if not _DENIAL.search(own) and read_details(own, names) == Details():
                    c = replace(c, details=ClaimDetails())
        out.append(c)
    return tuple(out)
