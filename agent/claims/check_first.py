"""Said before looking (blind 25's false blocks, claims44): one job, dropping what a sentence
seemed to offer or promise while the speaker says they must check first.

"Ob Freitag oder Samstag, beides kann klappen, aber ich muss erst nachsehen, und dann sage ich
Ihnen Bescheid", "Friday or Saturday could both work, but I need to look first, and then I'll
let you know": no slot is said free (it may be, once looked up), and "dann sage ich Ihnen
Bescheid" is the answer later in this call, not a callback after it. A callback said for later
("ruft Sie morgen an", "call you back") keeps its promise.

Durations: "Bartpflege ist in zwanzig Minuten erledigt", "A beard trim is done in twenty
minutes": a service (or "a"/"ein" something) done "in" a span of time says how long it takes,
not that anything is done; "Das ist in zwei Minuten erledigt" is not a duration of a service
and keeps its claim.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

K = ClaimKind
_CHECK_FIRST = lazy(
    r"\b(?:muss|müsste|will|möchte)\s+(?:ich\s+)?(?:\w+\s+)?erst\s+(?:\w+\s+)?(?:nachsehen|"
    r"nachschauen|schauen|prüfen|checken|gucken)\b|\b(?:need|have|'ll\s+need)\s+to\s+"
    r"(?:look|check)\s+(?:\w+\s+)?first\b|"
    # blind 37 (claims85): a slot put in an open whether-clause the speaker will look into (5):
    # "I'll find out if Fabian can do Friday at ten", "Ich kläre kurz, ob Fabian … kann"
    r"\b(?:i'll|i\s+will|let\s+me|i'm\s+going\s+to)\s+(?:just\s+)?(?:find\s+out|check|see|ask)\s+"
    r"(?:\w+\s+)?(?:if|whether)\b|"
    r"\bich\s+(?:kläre|prüfe|schaue|frage)\s+(?:\w+\s+){0,2}?(?:nach\s*)?,?\s*ob\b"
)
_LATER = lazy(
    r"zurückruf|rufen?\s+sie\s+(?:\w+\s+)?an|morgen|später|call\s+you|ring\s+you|tomorrow|"
    r"later|sms|text|e-?mail"
)
_DURATION = lazy(
    r"^\W*(?:(?:ein|eine|einen|a|an)\s+)?(?P<noun>[\w-]+(?:\s+[\w-]+)?)\s+(?:ist|is|are|sind)\s+"
    r"(?:\w+\s+)?(?:in|within|innerhalb)\s+(?:\w+\s+){1,3}?(?:minuten|stunden?|viertelstunde|minutes|hours?)\s+"
    r"(?:erledigt|fertig|done|finished|through)\W*$|"
    r"^\W*(?:(?:ein|eine|einen|a|an)\s+)?(?P<noun2>[\w-]+(?:\s+[\w-]+)?)\s+(?:ist|is|are|sind)\s+"
    r"(?:erledigt|fertig|done|finished)\s+(?:in|within|innerhalb)\s+(?:\w+\s+){1,3}?"
    r"(?:minuten|stunden?|viertelstunde|minutes|hours?)\W*$"
)


def _service(noun: str, names: Names) -> bool:
    return any(noun in aliases for _, aliases in names.services) or noun.endswith("schnitt")


def without_checked_first(
    sentence: str, claims: tuple[Claim, ...], names: Names
) -> tuple[Claim, ...]:
    """`claims` without the offers and in-call answers of a sentence said before looking, and
    without the success a service's duration seemed to claim (see above)."""
    if not claims:
        return claims
    text = fold(sentence).text
    if _CHECK_FIRST.search(text) and not _LATER.search(text):
        claims = tuple(
            c for c in claims if c.kind is not K.AVAILABLE and c.follow_up is not FollowUp.CALLBACK
        )
    m = _DURATION.search(text)
    if m is not None and _service(m.group("noun") or m.group("noun2"), names):
        claims = tuple(c for c in claims if c.kind is not K.DONE)
    return claims
