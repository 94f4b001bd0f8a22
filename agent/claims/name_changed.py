"""The name on an appointment changed, read as a move (blind 56's false blocks, claims149).

"Der Termin am Freitag um zehn läuft jetzt auf Ihren Namen statt auf den Ihrer Tochter", "Den
Termin am Freitag um zehn habe ich auf Ihren Namen umgeschrieben", "Ihr Freund ist jetzt statt
Ihnen eingetragen, Freitag um zehn", "…, nur der Name ändert sich": what "statt", "umgeschrieben"
or "ändert sich" replaces is the person the appointment runs on, not its day, time or stylist, so
nothing moved: the appointment the sentence names is said booked in the calendar, and the move
read in those words gives way to that booking (as blind 56's writer labels them).

The appointment handed to another person with no move read in it at all ("Okay, ich habe Ihren
Slot auf Ihren Freund umgeschrieben, die Zeit bleibt gleich.", "I've transferred your slot to your
friend's name", blind 56, claims173): the appointment is said to be in the calendar, under the new
name, so it is read booked with what the sentence names (the label's `booked`).

Not: a day or time replaced ("Ihr Name steht jetzt am Donnerstag um drei statt am Freitag",
"Ich habe Sie auf halb elf umgeschrieben", gated blinds 36 and 25: moves), a move word said
beside it ("verschoben", "moved").
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.details import Names, Role, is_detail_word
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.said_claim import said

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


# the caller's appointment handed over as done: its noun, then the new person ("auf Ihren Freund
# umgeschrieben", "to your friend's name"); not the act still to come, asked, or denied
_HANDED_OVER = lazy(
    r"\b(?:ihren|den)\s+(?:termin|slot|platz)\s+(?:\w+\s+){0,3}?auf\s+(?:ihren|ihre|seinen|seine)\s+"
    r"(?P<de>\w+)\s+(?:umgeschrieben|übertragen|umgetragen)\b|"
    r"\b(?:transferred|handed\s+over|switched|put)\s+(?:your|the)\s+(?:slot|appointment|booking)\s+"
    r"(?:over\s+)?(?:to|into|onto|under|in)\s+your\s+(?P<en>\w+)'s\s+name\b"
)
_NOT_DONE = lazy(
    r"\?|\b(?:nicht|kein\w*|wenn|falls|ob|müsste|könnte|kann|soll|not|no|if|whether|could|can|"
    r"should|shall|would)\b|n't\b"
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


def handed_over_read(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` with the caller's appointment said handed to another person read as booked, where
    no reading found anything in the sentence (see above)."""
    if claims:
        return claims
    text = fold(sentence).text
    m = _HANDED_OVER.search(text)
    if (
        m is None
        or not _person(m["de"] or m["en"])
        or _NOT_DONE.search(text)
        or _MOVED.search(text)
    ):
        return claims
    # what the sentence names up to the new person ("…, same time" is no shift of the clock)
    return (said(K.BOOKED, sentence, text[: m.end()], names),)
