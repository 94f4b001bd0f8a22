"""A slot said free in words the slot reader does not list (blind 24, claims41; conventions 2,
24, 66): a stylist said to have room at a time ("Fabian hat um zehn noch Luft", "Lena hat am
Samstag um elf Zeit", "Fabian has room at ten", "Lena's got time at eleven"), a day or time said
open ("Friday, 10 a.m. is open", "Saturday at 11 is available"), and an offer that takes a named
slot as free ("Wollen wir Freitag um zehn nehmen?", "Should we go for Friday at ten?", "Want me
to lock in Friday at ten?"). Each is `available` with the slot it names.

Not: a stylist said to have no time ("keine Zeit", "no room"), a question to the caller about
their own time ("Hätten Sie …?", "Do you have time …?"), an offer naming no day or time ("Sollen
wir noch über die Farbe sprechen?"), the salon said open on a day (opening hours, no slot)."""

from __future__ import annotations

import re

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize
from agent.claims.said_claim import names_slot, said

_ROOM_DE = r"(?:luft|zeit|platz|kapazität\w*|kapazitäten|was\s+frei|etwas\s+frei|eine?n?\s+lücke)"
_ROOM_EN = (
    r"(?:room|space|time|an?\s+opening|availability|a\s+gap|a\s+slot|"
    # blind 56 (claims148): the one place left, "Mehmet only has one spot at eleven"
    r"(?:a|one)\s+(?:spot|slot|place|opening))"
)
_STYLIST_HAS = (
    lazy(
        rf"\b(?P<who>[a-zäöüß]+)\s+(?:hat|hätte)\b(?:\s+\S+){{0,6}}?\s+(?:noch\s+|sogar\s+)*"
        rf"{_ROOM_DE}\b"
    ),
    lazy(rf"\b(?:hat|hätte)\s+(?P<who>[a-zäöüß]+)\s+(?:\S+\s+){{0,4}}?{_ROOM_DE}\b"),
    lazy(
        rf"\b(?P<who>[a-z]+)(?:\s+only)?(?:\s+has|'s\s+got|\s+has\s+got)\s+(?:still\s+|only\s+)?"
        r"(?:got\s+)?"
        rf"{_ROOM_EN}\b"
    ),
)
_OPEN = lazy(
    r"^\W*(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^!?]*?\b(?:is|'s)\s+(?:still\s+)?"
    r"(?:open|available)\W*$"
)
_OFFER = lazy(
    r"^\W*(?:(?:wollen|sollen|können)\s+wir\b[^?]*\b(?:nehmen|machen|festmachen|buchen)|"
    r"nehmen\s+wir\b|machen\s+wir\b|"
    r"(?:should|shall)\s+we\s+(?:go\s+for|say|do|take|book|pick)\b|"
    r"want\s+me\s+to\s+(?:lock\s+in|grab|book|take|pencil\s+in|hold|"
    r"put\s+you\s+down\s+for)\b)[^?]*\?\s*$"
)
# every sentence this module reads as a slot said free matches one of these (`_STYLIST_HAS`
# needs a room word): a sentence without them is left at once
_MAY_SAY = (_OFFER, _OPEN, lazy(rf"{_ROOM_DE}\b|{_ROOM_EN}\b"))
_OWN_TIME = lazy(r"\b(?:hätten\s+sie|haben\s+sie|do\s+you\s+have|have\s+you\s+got)\b")


_DENIED = lazy(r"\b(?:kein\w*|nicht|nichts|no|not|never|nie|leider|aber|but|belegt|booked)\b|n't\b")
# a clause's start: a refusal before the stylist's place is its own clause ("Zusammen geht
# leider nicht, Mehmet hat nur einen Platz um elf", "Together won't work, Mehmet only has one
# spot at eleven", blind 56): the place is offered all the same, and only its clause names it
_CLAUSE_START = lazy(r"(?:[,;:–—]|\s-|[.!])\s*(?:(?:aber|but|doch)\s+)?")


def _own_clause(text: str, at: int) -> str:
    """The clause of `text` from the last clause boundary before `at` to the end."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    return text[starts[-1] :] if starts else text


def _stylist(word: str | None, names: Names) -> bool:
    return bool(word) and any(word in words for _, words in names.stylists)


def _relative(text: str, names: Names) -> bool:
    """A day named relative to now ("übermorgen"): read by the slot reader, not here."""
    return bool(read_details(text, names).relative_days)


def slots_said_free(sentence: str, names: Names) -> tuple[Claim, ...]:
    """`available` for a slot said free or taken as free in an offer (see above)."""
    text = normalize(sentence)
    if not any(p.search(text) for p in _MAY_SAY):
        return ()
    if not names_slot(text, names) or _OWN_TIME.search(text) or _relative(text, names):
        return ()
    if _OFFER.search(text) and not re.search(r"\b(?:es|das)\s+so\b", text):
        return (said(ClaimKind.AVAILABLE, sentence, text, names),)
    if "?" in text:
        return ()
    denied = _DENIED.search(text) is not None
    for rule in _STYLIST_HAS:
        for m in rule.finditer(text):
            if not _stylist(m["who"], names):
                continue
            piece = _own_clause(text, m.start()) if denied else text
            if not _DENIED.search(piece) and names_slot(piece, names):
                return (said(ClaimKind.AVAILABLE, sentence, piece, names),)
    if denied:
        return ()
    if _OPEN.search(text):
        return (said(ClaimKind.AVAILABLE, sentence, text, names),)
    return ()
