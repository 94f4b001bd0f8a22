"""The booking said to wait on the caller's yes: not made yet (blind 27, claims52).

"Schritt 2, die Buchung, fehlt noch Ihr Ja", "Das Eintragen wartet noch auf Ihre Zustimmung",
"Step two, booking it, needs your yes", "Confirming it waits on your okay": the booking (a noun
or the act named as a thing) said to need, await or lack the caller's yes is still to be made,
as "Für die Buchung fehlt noch Ihr Ja" and convention 5's "gebucht ist er erst, wenn Sie Ja
sagen" are: `not_booked`, false once a booking exists. Not: a question ("Braucht die Buchung
noch Ihr Ja?"), a condition or a rule for every booking ("Jede Buchung braucht Ihr Ja", "if").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_YES_DE = r"ihr(?:e|en)?\s+(?:ja|okay|ok|zustimmung|zusage|einverständnis|go)\b"
_YES_EN = r"your\s+(?:yes|okay|ok|go-ahead|go\s+ahead|consent|approval|say-so)\b"
_DE = lazy(
    r"\b(?:(?:die|ihre)\s+buchung|das\s+(?:eintragen|buchen|einbuchen|festmachen))\b"
    r"(?=[^.!?;]*?\b(?:braucht|benötigt|erfordert|fehlt|wartet|hängt)\b[^.!?;]*?\b"
    rf"(?:{_YES_DE}))"
)
_EN = lazy(
    r"\b(?:the\s+booking|booking\s+(?:it|you|the\s+(?:slot|appointment))|confirming\s+(?:it|the\s+"
    r"(?:slot|appointment))|locking\s+it\s+in)\b"
    r"(?=[^.!?;]*?\b(?:needs|requires|waits|awaits|is\s+waiting|hangs|depends)\b[^.!?;]*?\b"
    rf"(?:{_YES_EN}))"
)
_NOT = lazy(r"\b(?:jede|alle|immer|falls|wenn|ob|every|any|always|if|whether)\b")
_PIECE = lazy(r"[^.!?;]+[.!?;]*")


def booking_awaits_yes(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """NOT_BOOKED claims of the pieces of `sentence` whose booking waits on the caller's yes."""
    folded = fold(sentence)
    text = folded.text
    rule = _EN if lang == "en" else _DE
    if not rule.search(text):
        return ()
    out = []
    for m in _PIECE.finditer(text):
        piece = m.group()
        if not rule.search(piece) or piece.rstrip().endswith("?") or _NOT.search(piece):
            continue
        start, end = folded.span(m.start(), m.end())
        details = ClaimDetails(((Role.ANY, read_details(piece, names)),))
        out.append(Claim(ClaimKind.NOT_BOOKED, start, end, details))
    return tuple(out)
