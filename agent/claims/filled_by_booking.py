"""A slot said full because of the caller's booking (blind 26, claims45).

"Seitdem ich Sie eingetragen habe, ist Freitag um zehn voll", "Since I booked you, Friday at ten
is full": the booking told in a perfect clause filled the slot the main clause names, so the
booking is that slot's (the blind round's label: booked with the day and time named). `filled_by`
gives "Ich habe Sie <slot> eingetragen" / "I've booked you <slot>", read as any sentence
(`amended`, `restated`). Not: a slot full without the caller's booking ("Freitag ist voll"), a
question or a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_DE = lazy(
    r"^\W*(?:seitdem|seit|nachdem|jetzt,?\s+wo|da)\s+ich\s+sie\s+(?:\w+\s+)?(?:eingetragen|gebucht|"
    r"eingebucht)\s+habe\s*,\s*(?:ist|sind)\s+(?P<slot>[^,.!?]+?)\s+(?:(?:jetzt|nun|also)\s+)?"
    r"(?:voll|ausgebucht|belegt|zu|weg|vergeben)\s*[.!]?\s*$",
    re.IGNORECASE,
)
_EN = lazy(
    r"^\W*(?:since|now\s+that|after)\s+i(?:'ve|\s+have)?\s+(?:booked|put)\s+you(?:\s+in)?\s*,\s*"
    r"(?P<slot>[^,.!?]+?)\s+is\s+(?:now\s+)?(?:full|fully\s+booked|taken|gone)\s*[.!]?\s*$",
    re.IGNORECASE,
)


def filled_by(sentence: str, lang: str) -> str | None:
    """The booking of the slot the caller's booking filled, or None (see above)."""
    text = straight_apostrophes(sentence)
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None:
        return None
    slot = m["slot"]
    if lang == "de":
        day = slot if re.match(r"(?i)(?:am|um)\b", slot) else f"am {slot}"
        return f"Ich habe Sie {day} eingetragen."
    return f"I've booked you for {slot}."
