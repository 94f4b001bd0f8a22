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
# a change said saved or made by its noun (blind 52, claims129): "Änderung übernommen", "Die
# Terminverlegung auf Donnerstag ist gespeichert", "Your date change to Thursday is saved", "The
# change has been made", "Change saved": the move, to the place the noun names if any ("auf
# Donnerstag", "to Thursday": said with a day, a date or a time)
_EN_CHANGE = lazy(
    r"^\W*(?:your\s+|the\s+)?(?:(?:date|time|appointment|booking)\s+)?(?:change|switch|"
    r"amendment|reschedule)(?P<to>\s+to\s+[^.;!?]{1,40}?)?\s+(?:(?:is|was|has\s+been|'s\s+been|"
    r"'s)\s+)?(?:(?:all|now)\s+)?(?:saved|made|done|complete|completed|applied|recorded|processed|"
    r"through|in|went\s+through|has\s+gone\s+through|sorted)\b",
    re.IGNORECASE,
)
_DE_CHANGE = lazy(
    r"^\W*(?:ihre\s+|die\s+|der\s+)?(?:termin|datums|zeit)?(?:änderung|verlegung|verschiebung|"
    r"wechsel)(?P<to>\s+auf\s+[^.;!?]{1,40}?)?\s+(?:(?:ist|wurde|hat)\s+)?(?:jetzt\s+)?"
    r"(?:übernommen|gespeichert|eingetragen|durch|erledigt|gemacht|vorgenommen|bestätigt|fertig|"
    r"geklappt|eingepflegt)\b",
    re.IGNORECASE,
)
# the appointment said updated to a place, or updated alone ("I've updated your booking to
# Thursday", "I've updated your appointment"): the change made, a move ("The calendar's updated,
# you're in" is the booking: no appointment updated)
_EN_UPDATED = lazy(
    r"^\W*(?:i've|i\s+have|we've|we\s+have)\s+(?:just\s+)?updated\s+your\s+(?:booking|appointment)"
    r"(?P<to>\s+to\s+[^.;!?]{1,40}?)?\W*$",
    re.IGNORECASE,
)
_PLACE = lazy(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|morgen|übermorgen|tomorrow)\b|\d",
    re.IGNORECASE,
)
_NOT = lazy(r"\?|\b(?:wenn|falls|ob|if|whether|once|nicht|not)\b", re.IGNORECASE)


def process_outcome(sentence: str, lang: str) -> str | None:
    """The plain outcome a finished process noun says, or None (see above)."""
    text = straight_apostrophes(sentence)
    if _NOT.search(text):
        return None
    m = (_DE if lang == "de" else _EN).match(text)
    if m is None:
        return _change_outcome(text, lang)
    moved = m["noun"].lower().startswith(("re", "um", "termin"))
    if lang == "de":
        return "Ihr Termin ist verschoben." if moved else "Ihr Termin ist gebucht."
    return "Your appointment has been moved." if moved else "Your appointment is booked."


def _change_outcome(text: str, lang: str) -> str | None:
    """The move a change said saved or made by its noun says (above), or None."""
    m = (_DE_CHANGE if lang == "de" else _EN_CHANGE).match(text)
    if m is None and lang != "de":
        m = _EN_UPDATED.match(text)
    if m is None:
        return None
    to = m["to"] or ""
    if to and not _PLACE.search(to):
        return None  # "The change to our opening hours has been made"
    tail = text[m.end() :]
    if not to and tail.startswith(":") and _PLACE.search(tail):
        to = f" {'auf' if lang == 'de' else 'to'}{tail[1:].rstrip('.!')}"  # "…: Donnerstag, 15 Uhr"
    if lang == "de":
        return f"Ihr Termin ist{to} verschoben."
    return f"Your appointment has been moved{to}."
