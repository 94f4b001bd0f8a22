"""An instruction for any appointment of a kind (blind 25's false blocks, claims44): one job,
dropping the booking an instruction seemed to presuppose when it names no appointment of the
caller's.

"Bringen Sie zu einem Färbetermin am besten ein Foto mit", "Arrive a bit early for any colour
appointment", "Bringen Sie bei einem ersten Termin mehr Zeit mit": the appointment is named with
an indefinite or generic article ("einem", "jedem", "a", "any", "every"), so the instruction is a
rule for every such visit (convention 37), not one for the caller's booked visit. "Bringen Sie zu
Ihrem Termin …", "Bring … to your appointment" and an instruction naming a day keep their
booking, as does a clause that also says something done ("gebucht", "booked").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_GENERIC = lazy(
    r"\b(?:zu|bei|vor|nach|für|für|an)\s+(?:einem|einen|eine|einer|jedem|jeden|jeder|jede)\s+"
    r"(?:\w+\s+)?\w*(?:termin|besuch|behandlung|sitzung)\b|"
    r"\b(?:for|to|before|after|at|with)\s+(?:any|every|each|a|an)\s+(?:\w+\s+){0,2}?"
    r"(?:appointment|visit|session|booking|treatment)\b"
)
# the caller's own appointment, a day or time named, or an outcome said
_OWN = lazy(
    r"\b(?:ihr\w*|your|dem|den|the)\s+(?:\w+\s+)?\w*(?:termin|appointment|visit|besuch)\b|"
    r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|morgen|tomorrow|uhr|o'clock)\b|\d|"
    r"\b(?:gebucht|eingetragen|reserviert|bestätigt|booked|confirmed|reserved|i've|ich\s+habe)\b"
)


# the same appointment as the instruction's or the condition's object (blind 57, claims155):
# "Falls Sie einen Termin nicht wahrnehmen können, sagen Sie bitte rechtzeitig ab", "Notieren Sie
# sich einen Termin am besten gleich selbst im Kalender", "If you can't make an appointment, …";
# not the caller said to have one ("Sie haben einen Termin bei uns", "you've got an appointment")
_GENERIC_OBJECT = lazy(
    r"\b(?:einen|jeden)\s+(?:\w+\s+)?\w*termin\b|\b(?:an|any|every)\s+appointment\b"
)
# ... only where the sentence supposes or bids, no act told ("An appointment was created in
# your name just now" is the booking): a condition, or a German instruction ("Notieren Sie …")
_SUPPOSED_OR_BIDDEN = lazy(
    r"^\W*(?:falls|wenn|sollten|sofern|if|should|in\s+case|whenever)\b|"
    r"^\W*(?:bitte\s+)?\w+en\s+sie\b(?![^.!?]*\?)"
)
_HAS = lazy(
    r"\b(?:sie|ihnen)\s+(?:\w+\s+){0,2}?(?:haben|hat|steht|stehen|bekommen|gegeben)\b|"
    r"\bhaben\s+sie\b|\byou\s+(?:have|'ve|got|get)\b|\byou've\b|\bfor\s+you\b|\bfür\s+sie\b"
)


def _any_appointment(text: str) -> bool:
    """`text` names only an appointment of any kind, none of the caller's."""
    if _OWN.search(text):
        return False
    return bool(_GENERIC.search(text)) or (
        bool(_SUPPOSED_OR_BIDDEN.search(text))
        and bool(_GENERIC_OBJECT.search(text))
        and not _HAS.search(text)
    )


def without_any_appointment(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the booking an instruction for any appointment of a kind made."""
    if not any(c.kind is ClaimKind.BOOKED for c in claims):
        return claims
    text = fold(sentence).text
    if not _any_appointment(text):
        return claims
    return tuple(c for c in claims if c.kind is not ClaimKind.BOOKED)
