"""A sentence that takes back what an earlier sentence of the same turn said (blind 20), read as
the guard hears it, after the earlier sentence was spoken:

- a denial or a failure after a booking said made ("Gebucht! Also, noch nicht ganz, …", "Ihr
  Termin ist gebucht. Leider ist die Buchung aber fehlgeschlagen.", "I've booked you in. Hmm,
  no, the system's showing an error."): the appointment is said not to be booked (`NOT_BOOKED`),
  false wherever a booking exists; the earlier sentence is false wherever none does, so the turn
  is false everywhere;
- the booking said again with other details ("Ihr Termin ist Freitag um zehn. Also, wie gesagt,
  Freitag um elf."): the restatement claims the booking with what it names.

Not: a failure told before the booking that worked ("Beim ersten Versuch kam eine
Fehlermeldung. Jetzt sind Sie gebucht."), nor alone (a failure said on its own claims nothing,
as the gated splits label it), nor a denial inside one sentence (the self-repair reader's), nor
a failure said of another appointment ("Der zweite Termin ist leider fehlgeschlagen": the
first stays booked; where there is no second, the failure claims nothing false).
"""

from __future__ import annotations

import re

from agent.claims.denied_named import denied_details
from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold
from agent.claims.other_visit_denied import names_other_visit

_MADE = frozenset({ClaimKind.BOOKED, ClaimKind.DONE})
_DENIED = lazy(
    r"\b(?:noch\s+nicht|doch\s+nicht|nicht\s+ganz|fehlgeschlagen|nicht\s+geklappt|"
    r"nicht\s+funktioniert|nicht\s+durchgegangen|nicht\s+übernommen|fehler\w*|"
    r"not\s+(?:quite|yet|booked|confirmed|in)|no,?\s+you(?:'re|\s+are)\s+not|failed|"
    r"didn't\s+(?:work|go\s+through)|did\s+not\s+(?:work|go\s+through)|error|"
    r"hasn't\s+(?:taken|gone|been)|isn't\s+(?:booked|confirmed|in))\b",
    re.IGNORECASE,
)
# the failure said of another appointment of the turn: "Der zweite Termin ist leider
# fehlgeschlagen", "the other booking didn't go through" takes back nothing said of the first
_OTHER_ONE = lazy(
    r"\b(?:der|die|das|dem|den|the)\s+(?:zweite|dritte|andere|weitere|second|third|other)[nrs]?\s+"
    r"(?:termin|buchung|one|appointment|booking|slot)\b",
    re.IGNORECASE,
)
_AGAIN = lazy(
    r"\b(?:wie\s+(?:gesagt|besprochen|erwähnt)|as\s+(?:i\s+)?(?:said|mentioned)|"
    r"like\s+i\s+(?:said|mentioned))\b",
    re.IGNORECASE,
)


def taken_back(
    sentence: str, offset: int, earlier: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """What `sentence` (at `offset` of its turn) claims against `earlier` claims of the turn."""
    if not any(c.kind in _MADE for c in earlier):
        return ()
    text = fold(sentence).text
    span = (offset, offset + len(sentence))
    if _DENIED.search(text) and not _OTHER_ONE.search(text):
        if names_other_visit(text, earlier, names):  # blind 23 (claims40): another visit's
            return ()
        return (Claim(ClaimKind.NOT_BOOKED, *span, denied_details(text, names)),)  # claims38
    if _AGAIN.search(text):
        named = read_details(text, names)
        if named.weekdays or named.times:
            return (Claim(ClaimKind.BOOKED, *span, ClaimDetails(((Role.ANY, named),))),)
    return ()
