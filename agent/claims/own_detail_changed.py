"""The caller's own detail said changed, not the appointment (blind 25, claims43).

"Ich habe die Schreibweise Ihres Namens geändert", "I've changed your phone number in our
notes", "Ihre E-Mail-Adresse habe ich korrigiert": a change of how the caller is written down
or reached moves no appointment (the blind round's reading: a caller's own detail changed is
neutral). The move or bare success read in "geändert" / "changed" is dropped.

Not: a sentence that also names a day, time, stylist or service (read by the other readers), a
change of the appointment ("Ich habe Ihren Termin geändert").
"""

from __future__ import annotations

from agent.claims.details import Names, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_OWN = lazy(
    r"\b(?:schreibweise|namens?|nachnamens?|vornamens?|telefonnummer|handynummer|nummer|adresse|"
    r"e-mail\w*|email\w*|spelling|name|surname|phone\s+number|number|address|e-?mail)\b"
)
_CHANGED = lazy(
    r"\b(?:geändert|korrigiert|angepasst|aktualisiert|berichtigt|changed|corrected|updated|"
    r"fixed|amended)\b"
)
_APPOINTMENT = lazy(r"\b(?:termin\w*|buchung|appointment|booking|slot)\b")
_READ_AS = frozenset({ClaimKind.RESCHEDULED, ClaimKind.DONE})


def without_own_detail_changed(
    sentence: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` without the move read in a change of the caller's own detail (above)."""
    text = fold(sentence).text
    if not (_OWN.search(text) and _CHANGED.search(text)) or _APPOINTMENT.search(text):
        return claims
    d = read_details(text, names)
    if d.weekdays or d.days or d.times or d.stylists or d.services or d.relative_days:
        return claims
    return tuple(c for c in claims if c.kind not in _READ_AS)
