"""An outcome said by the noun of its process (blind 26, claims45).

"Booking process complete", "Rebooking confirmed", "Your rebooking went through",
"Buchungsvorgang abgeschlossen", "Die Umbuchung ist durch": the process named by its noun and said
finished is its outcome, a rebooking ("Umbuchung", "rebooking", "rescheduling") the move.
`process_outcome` gives the plain outcome ("Your appointment is booked", "Your appointment has
been moved"), read as any sentence (`amended`, `restated`; its claims are added to the reader's,
so "Rebooking confirmed" is held as a move, not only as a success). Not: the process described
("The booking process takes a minute", "Rebooking is free of charge"), a question, a condition.
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.normalize import straight_apostrophes

_EN = lazy(
    r"^\W*(?:your\s+|the\s+)?(?P<noun>re-?booking|rescheduling|booking\s+process|booking)"
    r"(?:\s+process)?\s+(?:(?:is|was|has\s+been)\s+)?(?:confirmed|complete|completed|finished|"
    r"done|successful|went\s+through|has\s+gone\s+through)\b",
    re.IGNORECASE,
)
_DE = lazy(
    r"^\W*(?:ihre\s+|die\s+)?(?P<noun>umbuchung|buchungsvorgang|buchungsprozess|terminumbuchung)\s+"
    r"(?:(?:ist|wurde)\s+)?(?:bestätigt|abgeschlossen|erledigt|erfolgreich|durch|fertig)\b",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|if|whether|once|nicht|not)\b", re.IGNORECASE)


def process_outcome(sentence: str, lang: str) -> str | None:
    """The plain outcome a finished process noun says, or None (see above)."""
    text = straight_apostrophes(sentence)
    m = None if _NOT.search(text) else (_DE if lang == "de" else _EN).match(text)
    if m is None:
        return None
    moved = m["noun"].lower().startswith(("re", "um", "termin"))
    if lang == "de":
        return "Ihr Termin ist verschoben." if moved else "Ihr Termin ist gebucht."
    return "Your appointment has been moved." if moved else "Your appointment is booked."
