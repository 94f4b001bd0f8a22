"""The caller's read-back of a move confirmed (blind 54, claims137; conventions 91, 663, D1).

After the move, a caller checks it by reading it back, the new day against the old ("Also morgen
um drei, nicht Freitag.", "So I don't come Friday.", "Also komme ich jetzt Donnerstag und nicht
mehr Freitag?"), and the receptionist confirms it in a verbless line: "Genau, morgen um drei statt
Freitag um zehn.", "Correct, not Friday: Thursday at three.", "That's right, Thursday at three
instead of Friday at ten." A careful salon owner hears the move confirmed: `rescheduled`, the new
place what the confirmation names as kept, the old what it sets aside.

Read only after such a caller (a day named, a contrast: "nicht", "statt", "instead", "not",
"don't"; no wish or modal: "Ich möchte lieber Donnerstag statt Freitag" asks for the move and
the answer recaps it, 46), when the sentence opens with a yes ("Genau", "Richtig", "Ja", "That's
right", "Correct") and names a day on each side of its contrast; not a question, not an offer.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_YES = lazy(
    r"^\W*(?:genau|richtig|ja|jawohl|stimmt|korrekt|exactly|correct|yes|yep|right|"
    r"that's\s+right|that\s+is\s+right|that's\s+correct)\b\W*"
)
_DAY = (
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|übermorgen|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|tomorrow)"
)
_CALLER_CONTRAST = lazy(
    rf"\b{_DAY}\b[^?.!]*\b(?:nicht|statt|anstatt|instead|not|don't|no\s+longer)\b|"
    rf"\b(?:nicht|statt|anstatt|instead|not|don't|no\s+longer)\b[^?.!]*\b{_DAY}\b"
)
_WISH = lazy(
    r"\b(?:möchte|möchten|hätte|würde|will|wollte|kann|könnte|können|would|could|can|want|"
    r"like|prefer|lieber|rather)\b"
)
# the old place set aside after the new ("Donnerstag um drei statt Freitag um zehn")
_NEW_THEN_OLD = lazy(r"^(?P<new>.+?)\b(?:statt|anstatt|anstelle\s+von|instead\s+of)\b(?P<old>.+)$")
# the old place denied before the new ("nicht mehr Freitag: Donnerstag um 15 Uhr")
_OLD_THEN_NEW = lazy(
    r"^(?:nicht|not)\b(?:\s+mehr)?(?P<old>[^:;–—]+?)(?:\s+(?:anymore|any\s+more))?\s*[:;–—]\s*"
    r"(?P<new>.+)$"
)
_NOT_SAID = lazy(r"\?|\b(?:wäre|könnte|würde|would|could|if|wenn|falls|oder|or)\b")


def confirmed_move(
    sentence: str, names: Names, caller: str, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """A RESCHEDULED claim when `sentence` confirms the caller's read-back of a move."""
    if claims or not caller:
        return ()
    heard = fold(caller).text
    if not _CALLER_CONTRAST.search(heard) or _WISH.search(heard):
        return ()
    text = fold(sentence).text
    yes = _YES.match(text)
    if yes is None or _NOT_SAID.search(text):
        return ()
    rest = text[yes.end() :].strip()
    m = _NEW_THEN_OLD.match(rest) or _OLD_THEN_NEW.match(rest)
    if m is None:
        return ()
    new, old = read_details(m["new"], names), read_details(m["old"], names)
    if not (new.weekdays or new.relative_days) or not (old.weekdays or old.relative_days):
        return ()
    parts = ((Role.NEW, new), (Role.OLD, old))
    return (Claim(ClaimKind.RESCHEDULED, 0, len(sentence), ClaimDetails(parts)),)
