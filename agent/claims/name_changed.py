"""The name on an appointment changed, read as a move (blind 56's false blocks, claims149).

"Der Termin am Freitag um zehn läuft jetzt auf Ihren Namen statt auf den Ihrer Tochter", "Den
Termin am Freitag um zehn habe ich auf Ihren Namen umgeschrieben", "Ihr Freund ist jetzt statt
Ihnen eingetragen, Freitag um zehn", "…, nur der Name ändert sich": what "statt", "umgeschrieben"
or "ändert sich" replaces is the person the appointment runs on, not its day, time or stylist, so
nothing moved: the appointment the sentence names is said booked in the calendar, and the move
read in those words gives way to that booking (as blind 56's writer labels them).

Not: a day or time replaced ("Ihr Name steht jetzt am Donnerstag um drei statt am Freitag",
"Ich habe Sie auf halb elf umgeschrieben", gated blinds 36 and 25: moves), a move word said
beside it ("verschoben", "moved").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import Role, is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
# the person or the name replaced: "statt Ihnen", "statt auf den Ihrer Tochter", "auf Ihren Namen
# umgeschrieben", "auf Ihren Freund umgeschrieben", "nur der Name ändert sich"
_NAME_CHANGE = lazy(
    r"\b(?:statt|anstatt|anstelle\s+von)\s+(?:ihnen|ihm|ihr|auf\s+(?:den|die)\s+ihre[rs]?\s+"
    r"(?P<owner>\w+))\b|"
    r"\bauf\s+(?:ihren|seinen|einen\s+anderen)\s+(?P<person>\w+)\s+(?:umgeschrieben|umschreiben|"
    r"übertragen|umgetragen)\b|"
    r"\b(?:nur|only)\s+(?:der\s+name|the\s+name)\s+(?:ändert\s+sich|changes|is\s+changing)\b"
)
_MOVED = lazy(
    r"\b(?:verschoben|verlegt|umgebucht|moved|rescheduled|shifted|swapped|switched)\b|"
    r"\b(?:statt|anstatt|instead\s+of)\s+(?:am|um|dem|the|on|at)\b"
)


def _person(word: str | None) -> bool:
    return word is None or not is_detail_word(word)


def name_change_read(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with the move read in a change of the appointment's name put as its booking."""
    if not any(c.kind is K.RESCHEDULED for c in claims):
        return claims
    text = fold(sentence).text
    m = _NAME_CHANGE.search(text)
    if m is None or not (_person(m["owner"]) and _person(m["person"])) or _MOVED.search(text):
        return claims
    out: list[Claim] = []
    for c in claims:
        if c.kind is not K.RESCHEDULED:
            out.append(c)
            continue
        parts = tuple((Role.ANY, d) for role, d in c.details.parts if role is not Role.OLD)
        booked = replace(c, kind=K.BOOKED, details=replace(c.details, parts=parts))
        out.append(booked)
    return tuple(out)
