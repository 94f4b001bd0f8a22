"""A note taken beside a callback promise is that callback (convention 821, the lead's decision;
55's last sentence): one job, reading the note as the callback it records.

"Ich hab's notiert, der Salon ruft Sie zurück", "Ich habe Ihr Anliegen notiert, die melden sich",
"Ist notiert, Lena meldet sich bei Ihnen", "I've written it all down, someone will call you
back", "Ich habe alles notiert, Fabian ruft Sie heute noch zurück" (blind 39): what is noted is
the caller's request, and the promise beside it says what becomes of it: someone calls
(`follow_up` callback, true where a message was taken and where the outcome is open and the
salon will tell the caller). Before 821 the note was read as a message taken (claims51, blind
28's labels). Not when the caller or an appointment is what is noted ("Ich habe Sie für Freitag
notiert", "I've noted you down for ten"): that is a booking in record words; nor the caller's
wish noted with no promise beside it ("Ich habe notiert, dass Sie zurückgerufen werden
möchten": a message, 55).
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
    r"aufgeschrieben|vermerkt|aufgenommen|jotted|noted|written|taken|made\s+a\s+note)\b|"
    # the note said in other words: "Ihr Anliegen ist notiert", "Notiert –", "All noted down"
    r"\b(?:notiert|aufgeschrieben|vermerkt|noted|jotted\s+down|written\s+down|made\s+a\s+note)\b"
)
_CALLBACK = lazy(
    r"\b(?:melde[tn]?\s+sich|ruf(?:t|en)\s+sie\s+(?:\w+\s+){0,2}?(?:zurück|z'ruck|an)|"
    r"(?:ring|call|phone|bell)\s+you(?:\s+back)?|give\s+you\s+a\s+(?:ring|call|bell)|"
    r"get\s+back\s+to\s+you|be\s+in\s+touch|"
    # the callback said in the passive: "Sie werden zurückgerufen", "you'll be called back"
    r"werden\s+(?:\w+\s+){0,2}?zurückgerufen|(?:will|'ll)\s+be\s+(?:called|rung|phoned)\s+back)\b"
)
_WISH = lazy(r"\b(?:you'?d\s+like|you\s+(?:would\s+like|want|wish)|möchten|wünschen|wollen)\b")
_APPOINTMENT = lazy(
    r"\b(?:termin\w*|appointment|booking|buchung|gebucht|booked|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|monday|tuesday|wednesday|thursday|friday|saturday|uhr|"
    r"o'clock|you\s+(?:down|in)|sie\s+(?:für|am|um))\b"
)


def _noted(c: Claim) -> bool:
    """Whether `c` is what a note alone is read as: a booking recorded or a message taken."""
    return c.kind is ClaimKind.BOOKED or c.follow_up is FollowUp.MESSAGE


def noted_for_callback(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` with a note taken beside a callback promise read as that callback (821)."""
    if not any(_noted(c) for c in claims):
        return claims
    text = fold(sentence).text
    if not (_NOTE.search(text) and _CALLBACK.search(text)) or _APPOINTMENT.search(text):
        return claims
    if _WISH.search(text):  # the caller's wish noted: "… that you'd like us to call you back"
        return claims
    return tuple(
        dataclasses.replace(c, kind=ClaimKind.FOLLOW_UP, follow_up=FollowUp.CALLBACK)
        if _noted(c)
        else c
        for c in claims
    )
