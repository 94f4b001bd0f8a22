"""A list's heading answered with "nothing" (blind 22, claims38): "Gebucht: Dauerwelle am
Freitag um zehn. Storniert: nichts. Verschoben: nichts.", "Booked: nothing. Held: Friday at ten",
"Was ich erledigt habe: nichts, die Buchung hat nicht geklappt". The heading names a kind of
outcome and its entry says none was made: no claim of that kind (and none of another entry's
details) is read from the heading. A booking heading answered "noch nichts / nothing (yet)" says
the appointment is not booked: a `not_booked` claim (convention 5); a cancellation heading
answered "nothing" says it is not cancelled: `not_cancelled` (convention 280).

Not: a heading with an entry ("Storniert: Freitag um zehn" is a cancellation), "nichts" later in
the entry ("Gebucht: Freitag, sonst nichts").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

# a heading, a colon, and "nothing" as the whole entry
_NOTHING = lazy(
    r"([^.!?:;]{1,40}):\s*(noch\s+|bisher\s+|so\s+far\s+)?(?:nichts|nix|keine[rs]?|nothing|none|"
    r"nada|—|–|-)(\s+(?:yet|bisher|so\s+far))?\s*(?=[.!?,;]|$)"
)
_BOOKING_HEADING = lazy(r"\b(?:gebucht|eingetragen|booked|booking)\b")
# "Was ich erledigt habe: noch nichts", "What I've done: nothing yet" (convention 33: with "yet")
_CANCEL_HEADING = lazy(r"\b(?:storniert|abgesagt|gestrichen|cancell?ed|called\s+off)\b")
_DONE_HEADING = lazy(r"\b(?:erledigt|gemacht|done)\b")


def listed_nothing(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a heading answered "nothing", with `not_booked` for a booking's."""
    if not claims or ":" not in sentence:
        return claims
    folded = fold(sentence)
    found = [(folded.span(m.start(1), m.end()), m) for m in _NOTHING.finditer(folded.text)]
    if not found:
        return claims
    kept = tuple(c for c in claims if not any(a <= c.start and c.end <= b for (a, b), _ in found))
    added = tuple(
        Claim(ClaimKind.NOT_BOOKED, a, b, ClaimDetails(()))
        for (a, b), m in found
        if _BOOKING_HEADING.search(m.group(1))
        or (_DONE_HEADING.search(m.group(1)) and (m.group(2) or m.group(3)))
    )
    added += tuple(
        Claim(ClaimKind.NOT_CANCELLED, a, b, ClaimDetails(()))
        for (a, b), m in found
        if _CANCEL_HEADING.search(m.group(1))
    )
    return kept + added
