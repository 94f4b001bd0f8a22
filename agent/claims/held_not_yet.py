"""A slot said held and not booked yet is not also said booked (blind 20).

"Der 28.11. um zehn ist vorgemerkt, aber noch nicht verbindlich gebucht." holds the slot and
denies the booking; the clause reader's "booked" of the held clause is dropped when the sentence
also says the appointment is not booked yet and the booking names nothing the hold does not
(another slot booked beside a held one, "Freitag ist gebucht, Samstag nur vorgemerkt", stays).
"""

from __future__ import annotations

import re

from agent.claims.details import Details, _merge
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

K = ClaimKind


def without_booked_beside_hold(claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without a booking of the slot the sentence holds and says not booked yet."""
    holds = [c for c in claims if c.kind is K.HELD]
    if not holds or not any(c.kind is K.NOT_BOOKED for c in claims):
        return claims
    return tuple(
        c for c in claims if not (c.kind is K.BOOKED and any(_within(c, h) for h in holds))
    )


def _within(booked: Claim, held: Claim) -> bool:
    """Every detail the booking names, the hold names too."""
    b = _merge(d for _, d in booked.details.parts)
    h = _merge(d for _, d in held.details.parts)
    return all(getattr(b, name) <= getattr(h, name) for name in Details.__dataclass_fields__)


# claims84 (blind 36): a hold said beside a booking still going through ("Der Platz ist
# reserviert, die Buchung läuft aber noch", "The slot is held while the booking's still going
# through") holds the slot and says the booking is not made yet (460: `held` + `not_booked`), as
# "reserviert, aber noch nicht gebucht" does; a step of `reworded` puts it so.
_HOLD_DE = r"\b(?:reserviert|vorgemerkt|geblockt|blockiert|freigehalten)\b"
_HOLD_EN = r"\b(?:held|on\s+hold|reserved|blocked)\b"
_RUNNING_DE = lazy(
    rf"^(?P<hold>[^,;:]*{_HOLD_DE}[^,;:]*?)\s*[,;–—-]\s*(?:aber\s+)?die\s+buchung\s+(?:selbst\s+)?"
    r"läuft\s+(?:aber\s+)?(?:selbst\s+)?noch\W*$",
    re.IGNORECASE,
)
_RUNNING_EN = lazy(
    rf"^(?P<hold>[^,;:]*{_HOLD_EN}[^,;:]*?)\s*,?\s*(?:while|but|and)\s+the\s+booking(?:'s|\s+is)\s+"
    r"(?:itself\s+)?still\s+(?:going\s+through|processing|being\s+processed|running|in\s+progress)"
    r"\W*$",
    re.IGNORECASE,
)


def booking_running_in_words(sentence: str, lang: str) -> str:
    """`sentence` with a hold beside a booking still going through said as held and not booked
    yet, else as it is."""
    if lang == "de" and (m := _RUNNING_DE.match(sentence)):
        return f"{m['hold']}, aber noch nicht gebucht."
    if lang == "en" and (m := _RUNNING_EN.match(sentence)):
        return f"{m['hold']}, but not booked yet."
    return sentence
