"""The caller put into a slot in words the lexicon does not list: "Donnerstag um drei ging, da
habe ich Sie jetzt hingelegt", "Ich habe Sie auf Donnerstag um drei gelegt", "da habe ich Sie
reingesetzt".

Putting the caller (the object "Sie") there, a day, a time or "da"/"dort" naming the slot, is a
booking of it: a BOOKED claim with the details of the clause. Not: things put down ("Ich habe
Ihnen die Unterlagen hingelegt": no "Sie" placed), lying down ("Legen Sie sich hin"), a trick
("reingelegt"), a move said with its direction ("nach hinten gelegt": move_direction.py), offers
and conditions. A reason clause before it ("Da Fabian am Freitag fehlt, …") names no detail of the slot.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.spans import sentence_spans

_MAYBE = lazy(r"(?:hin|rein)?(?:gelegt|gesetzt|gepackt)\b")
_PLACED = lazy(
    r"\b(?:habe|hab|haben)\s+(?:ich|wir)\s+sie\s+(?:\w+\s+){0,5}?"
    r"(?:hingelegt|hingesetzt|hingepackt|reingesetzt|reingepackt|gelegt|gesetzt|gepackt)\b|"
    r"\b(?:ich|wir)\s+(?:habe|hab|haben)\s+sie\s+(?:\w+\s+){0,5}?"
    r"(?:hingelegt|hingesetzt|hingepackt|reingesetzt|reingepackt|gelegt|gesetzt|gepackt)\b"
)
_SLOT = lazy(
    r"\b(?:da|dort|dahin|dorthin|um\s+\w+|bei\s+\w+|morgen|übermorgen|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|\d+\.)"
)
_NOT_STATED = lazy(r"\b(?:wenn|falls|ob|soll|kann|könnte|würde|nach\s+(?:hinten|vorne?))\b")
# a reason clause before it names why, not where (blind 30, claims68: "Da Fabian am Freitag auf
# Fortbildung ist, habe ich Sie auf Donnerstag gelegt": the slot is Thursday)
_REASON_FIRST = lazy(r"\W*(?:weil|da|nachdem|zumal)\b[^,;:.!?–]*,")


def placed_in_slot(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """BOOKED claims for the caller put into a slot (see above); German only."""
    if lang == "en":
        return ()
    folded = fold(sentence)
    text = folded.text
    if not _MAYBE.search(text):
        return ()
    out = []
    for s, e in sentence_spans(text):
        part = text[s:e]
        found = _PLACED.search(part)
        if found is None or part.rstrip().endswith("?") or _NOT_STATED.search(part):
            continue
        if not _SLOT.search(part):
            continue
        reason = _REASON_FIRST.match(part)
        if reason is not None and found.start() >= reason.end():
            part = part[reason.end() :]  # "Weil Sie Freitag arbeiten müssen, habe ich Sie auf …"
        details = read_details(part, names)
        out.append(
            Claim(ClaimKind.BOOKED, *folded.span(s, e), ClaimDetails(((Role.ANY, details),)))
        )
    return tuple(out)
