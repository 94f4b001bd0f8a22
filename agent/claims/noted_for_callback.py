"""A note taken for a callback, read as a booking recorded (blind 28's false blocks, claims51):
one job, reading the note as the message it is.

"Ich hab's notiert, der Salon ruft Sie zurück", "I've jotted it down, someone'll ring you back",
"Hab mir das aufgeschrieben, das Team meldet sich", "Ich habe alles notiert, Fabian ruft Sie
heute noch zurück" (blind 39): what is noted is the caller's request ("es",
"das", "alles", "it"), and the callback beside it says what becomes of it: a message taken for the salon
(`follow_up` message, as `callback_noted` reads "notiert, dass Sie zurückgerufen werden
möchten"). Not when the
caller or an appointment is what is noted ("Ich habe Sie für Freitag notiert", "I've noted you
down for ten"): that is a booking in record words.
"""

from __future__ import annotations

import dataclasses

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_NOTE = lazy(
    r"\b(?:hab's|habe\s+es|hab\s+es|hab\s+mir's|hab\s+mir\s+(?:das|es)|habe\s+mir\s+(?:das|es)|"
    r"habe\s+das|hab\s+das|habe\s+alles|hab\s+alles|i've|i\s+have|we've|we\s+have)\s+"
    r"(?:\w+\s+){0,2}?(?:notiert|"
    r"aufgeschrieben|vermerkt|aufgenommen|jotted|noted|written|taken|made\s+a\s+note)\b"
)
_CALLBACK = lazy(
    r"\b(?:melde[tn]?\s+sich|ruf(?:t|en)\s+sie\s+(?:\w+\s+){0,2}?(?:zurück|z'ruck|an)|"
    r"(?:ring|call|phone|bell)\s+you(?:\s+back)?|give\s+you\s+a\s+(?:ring|call|bell)|"
    r"get\s+back\s+to\s+you|be\s+in\s+touch)\b"
)
_APPOINTMENT = lazy(
    r"\b(?:termin\w*|appointment|booking|buchung|gebucht|booked|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|friday|saturday|uhr|"
    r"o'clock|you\s+(?:down|in)|sie\s+(?:für|am|um))\b"
)


def noted_for_callback(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a note taken for a callback read as a message, not a booking."""
    if not any(c.kind is ClaimKind.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    if not (_NOTE.search(text) and _CALLBACK.search(text)) or _APPOINTMENT.search(text):
        return claims
    said = tuple(
        dataclasses.replace(c, kind=ClaimKind.FOLLOW_UP, follow_up=FollowUp.MESSAGE)
        if c.kind is ClaimKind.BOOKED
        else c
        for c in claims
    )
    return said
