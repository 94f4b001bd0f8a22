"""The booking said unconfirmed or still open (convention 731, the lead's decision, claims105).

"Der Termin ist noch nicht bestätigt", "Buchung: noch offen", "Das steht noch nicht fest",
"Your appointment isn't confirmed yet", "The booking is still open" say no confirmation came.
Where the booking's answer was lost (an open outcome: Cal.com may or may not hold it) that is the
truth, while a flat "nicht gebucht", "nichts gebucht", "hat nicht geklappt", "not booked",
"didn't go through" is not (671: the calendar may hold it). The reader marks the sentence's
NOT_BOOKED claims `unconfirmed`; `decide.backed` then lets an open outcome back them.

Not marked: a sentence that also denies the booking flatly or tells a failure, one that hangs
the confirmation on the caller's yes ("…, dafür brauche ich noch Ihr Ja", "not until you give me
the go-ahead": where the outcome is open the yes was given), and one that says a hold (730: the
hold and the booking still to come, which an open outcome does not back either).
"""

from __future__ import annotations

from dataclasses import replace

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_OPEN = lazy(
    r"(?:\bnicht|\bnot|n't|\bnever)\s+(?:[\w']+\s+){0,2}?(?:bestätigt|fest|endgültig|confirmed|final|"
    r"finali[sz]ed|settled)\b|"
    r"\b(?:unbestätigt|unconfirmed)\b|"
    r"\b(?:noch|still)\s+(?:[\w']+\s+){0,2}?(?:offen|open|ausstehend|outstanding)\b|"
    r"\b(?:keine|no)\s+(?:[\w']+\s+)?(?:bestätigung|confirmation)\b|"
    r"n't\s+have\s+(?:a\s+|any\s+)?confirmation\b|"
    r"\b(?:bestätigt|fest)\s+(?:ist|sind)\s+(?:[\w']+\s+){0,3}?nicht\b|"
    r"\bbestätigung\b[^.!?]*\b(?:noch\s+nicht|nicht)\b"
)
# a booking or its going through denied flatly, or a failure told (671 keeps these unbacked)
_NEGATION = lazy(r"\b(?:nicht|nichts|kein\w*|nie|not|nothing|no|never|none)\b|n't\b")
_BOOKING = lazy(
    r"\b(?:gebucht|eingetragen|eingebucht|gebongt|geklappt|durchgegangen|angenommen|drin|"
    r"booked|book|in|through|entered|accepted|accept|worked)\b"
)
_FAILED = lazy(
    r"\b(?:fehlgeschlagen|gescheitert|schiefgegangen|fehler|failed|failure|error|went\s+wrong)\b"
)
# the confirmation hung on the caller's yes, or a hold said (730)
_NOT_OPEN = lazy(
    r"\b(?:ihr(?:em|en)?\s+(?:ja|okay|ok|zusage|einverständnis|go)|zustimm\w*|zugestimmt|"
    r"zusagen|ja\s+sagen|solange\s+sie|wenn\s+sie|sobald\s+sie|until\s+you|once\s+you|if\s+you|"
    r"your\s+(?:yes|okay|ok|go-ahead|go\s+ahead|say-so)|say\s+(?:yes|so)|"
    r"reserviert|vorgemerkt|geblockt|blockiert|freigehalten|gehalten|reserved|held|hold|"
    r"pencil+ed|blocked|"
    # a confirmation to come on a condition ("It won't be confirmed until the salon has approved
    # it"), and the speaker's own act denied ("I haven't made anything final yet")
    r"until|won't|will\s+not|wird)\b|"
    # the booking itself named as what is open ("Was noch offen ist, ist die feste Buchung")
    r"\b(?:ist|is)\s+(?:die|the)\s+(?:\w+\s+)?(?:buchung|booking)\b|"
    r"\b(?:i|we)\s+(?:haven't|have\s+not|didn't|did\s+not)\s+(?:\w+\s+)?(?:made|make|booked|book|"
    r"put|entered|confirmed|confirm|finali[sz]ed)\b|"
    r"\b(?:ich|wir)\s+(?:habe|haben|hab)\s+(?:\w+\s+){0,4}?nicht\s+(?:\w+\s+)?(?:gebucht|"
    r"eingetragen|bestätigt|festgemacht|fest\s+gemacht)\b"
)


def unconfirmed_only(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` with their NOT_BOOKED claims marked `unconfirmed` when the sentence says only that
    no confirmation came or the outcome is open (above); None when it says more or other."""
    if not any(c.kind is ClaimKind.NOT_BOOKED and not c.unconfirmed for c in claims):
        return None
    text = fold(sentence).text
    if not _OPEN.search(text) or _NOT_OPEN.search(text) or _FAILED.search(text):
        return None
    if _NEGATION.search(text) and _BOOKING.search(text):
        return None
    return tuple(
        replace(c, unconfirmed=True) if c.kind is ClaimKind.NOT_BOOKED else c for c in claims
    )
