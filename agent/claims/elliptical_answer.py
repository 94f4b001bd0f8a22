"""A booking said as an elliptical answer to the appointment named as a question: "Termin?
Hamse.", "Der Termin? Haben Sie.", "The appointment? You've got it."

The question names the topic; the answer, a bare "haben Sie" / "you've got it" with no object
of its own, says the caller has that appointment (BOOKED). Not: an answer that asks or denies
("Termin? Haben Sie schon einen?", "Termin? Hamse keinen."), or goes on to something else
("Termin? Welcher Tag wäre Ihnen recht?").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_ELLIPSIS = {
    "de": lazy(
        r"^\W*(?:(?:der|ihr|den|ihren)\s+)?(?P<topic>\w*termin)\s*\?\s*(?:ja\s*,?\s*)?"
        r"(?P<answer>(?:hamse|hams|ham\s+se|ham\s+sie|haben\s+sie|habense)"
        r"(?:\s+(?:schon|sicher|jetzt|doch|längst|bereits))?)\s*[.!]*\s*$"
    ),
    "en": lazy(
        r"^\W*(?:(?:the|your)\s+)?(?P<topic>appointment|booking)\s*\?\s*(?:yes\s*,?\s*)?"
        r"(?P<answer>you(?:'ve|\s+have)\s+got\s+it|you\s+have\s+it)"
        r"(?:\s+(?:already|now))?\s*[.!]*\s*$"
    ),
}


def elliptical_answers(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The booking `sentence` states as an elliptical answer (see above)."""
    rule = _ELLIPSIS.get(lang)
    if rule is None or "?" not in sentence:
        return ()
    folded = fold(sentence)
    m = rule.match(folded.text)
    if m is None:
        return ()
    details = read_details(folded.text[: m.end("topic")], names)
    start, end = folded.span(m.start("answer"), m.end("answer"))
    return (Claim(ClaimKind.BOOKED, start, end, ClaimDetails(((Role.ANY, details),))),)
