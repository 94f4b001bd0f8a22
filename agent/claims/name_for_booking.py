"""The caller's name asked for or noted, read as a booking (blind 38's false blocks, claims91).

- the name a booking is under asked for: "Dafür brauche ich kurz den Namen, unter dem der Termin
  gebucht ist", "Auf welchen Namen läuft die Buchung?", "Could you give me the name the booking
  is under?": the appointment is the one the caller speaks of (blind 38 labels these neutral,
  with "Auf welchen Namen lief die Buchung?"); the speaker asks, claims nothing;
- the caller's name noted or spelled: "Ich habe Ihren Namen als Berg, B-E-R-G, notiert", "I've
  written your name down as Berg": a detail of the caller's noted (convention 84), no booking.

Drops only a BOOKED claim that names no day, time, stylist or service. Not a booking said under
a name ("Der Termin ist auf den Namen Berg gebucht", "Ich habe Sie unter Berg eingetragen"): no
asking or noting words.
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_NAME_ASKED = lazy(
    r"\b(?:brauche|bräuchte|benötige|nennen\s+sie\s+mir|sagen\s+sie\s+mir|need|give\s+me|"
    r"tell\s+me)\b[^.!?]*\b(?:namen?|name)\s*,?\s+(?:unter\s+dem|auf\s+den|under\s+which|"
    r"(?:that\s+|which\s+)?(?:the\s+|your\s+)?(?:appointment|booking|it)\s+(?:is|was)\b)|"
    r"\b(?:auf|unter)\s+welche[nm]\s+namen\b|\bwhich\s+name\b|\bwhat\s+name\b"
)
_NAME_NOTED = lazy(
    r"\b(?:ihren|den|your|the)\s+namen?\b[^.!?]*\b(?:notiert|aufgeschrieben|vermerkt|"
    r"festgehalten|noted|written\s+down|down\s+as|jotted)\b|"
    r"\b(?:notiert|aufgeschrieben|noted|written|got)\s+(?:\w+\s+){0,2}?(?:ihren|den|your|the)\s+"
    r"name\b"
)


def without_name_for_booking(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking read where the caller's name is asked for or noted."""
    if not any(c.kind is ClaimKind.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    if not (opens(_NAME_ASKED, text) or opens(_NAME_NOTED, text)):
        return claims
    if not (_NAME_ASKED.search(text) or _NAME_NOTED.search(text)):
        return claims
    kept = tuple(c for c in claims if not (c.kind is ClaimKind.BOOKED and c.details.empty))
    return claims if len(kept) == len(claims) else kept
