"""The salon or a stylist told that someone will not come: the appointment cancelled (the lead's
D70, convention 1162; 761's news of an outcome).

"I've let Fabian know you won't be coming", "Fabian already knows you won't be coming", "Den
Salon habe ich informiert, dass Frau Berger nicht kommt", "I've told the salon your mother won't
come": the caller hears the appointment dealt with and stays away (if it still stands, the salon
waits and may charge): `cancelled`, of the caller's own appointment or of the person's the
caller speaks for (whose: the person named, as D65 reads others' appointments). The clause
readers read the caller's own told to a stylist (761); this reads the rest of the class: the
salon told, another person who will not come. A message claim read beside it is that news, not
a message (1133's reading, reversed by D70).

Not: the telling still to do ("I'll let Fabian know you won't be coming": a message promised,
904), not done ("Fabian doesn't know yet"), a question or a condition, someone late rather than
away ("… dass Sie später kommen").
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind, FollowUp
from agent.claims.normalize import fold

_TOLD = {
    "de": lazy(
        r"\b(?:habe|hab|haben|ist|sind|wurde|wurden)\b[^.;!?]*?\b(?:informiert|bescheid\s+gegeben|"
        r"gesagt|mitgeteilt|benachrichtigt|ausgerichtet)\b|"
        r"\b(?:wei(?:ß|ss)|wissen)\b[^.;!?]*?\b(?:bescheid|schon|bereits)\b|"
        r"\b(?:ist|sind)\s+(?:\w+\s+){0,2}?(?:informiert|im\s+bilde)\b"
    ),
    "en": lazy(
        r"\b(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:already\s+|just\s+)?(?:told|informed|"
        r"notified|let\s+(?:\w+\s+){1,2}?know)\b|"
        r"\b(?:has|have|'s)\s+been\s+(?:told|informed|notified)\b|"
        r"\b(?:already\s+)?knows\b|\bis\s+aware\b"
    ),
}
_WONT_COME = {
    "de": lazy(
        r"\bnicht\s+(?:\w+\s+){0,2}?(?:kommt|kommen|kommst|erscheint|erscheinen)\b"
        r"(?!\s+(?:kann|können|könnte|würde))"
    ),
    "en": lazy(
        r"\b(?:won't|will\s+not|isn't|is\s+not|aren't|are\s+not)\s+(?:be\s+)?(?:coming|come)\b"
    ),
}
_NOT_THIS = lazy(
    r"\?|\b(?:falls|wenn|ob|if|whether|unless|später|late|later|verspätet)\b|"
    r"(?:\bnicht|\bnot|n't|\bnoch)\s+(?:\w+\s+)?(?:informiert|gesagt|bescheid|told|know|informed|"
    r"aware)\b|\b(?:i'll|we'll|will\s+let|werde|werden\s+wir)\b"
)


def told_wont_come(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with the salon or a stylist told that someone will not come read as that
    appointment cancelled (above)."""
    told, wont = _TOLD.get(lang), _WONT_COME.get(lang)
    if told is None or wont is None:
        return claims
    text = fold(sentence).text
    said = told.search(text)
    if said is None or _NOT_THIS.search(text) or not wont.search(text, said.end()):
        return claims
    kept = tuple(c for c in claims if c.follow_up is not FollowUp.MESSAGE)
    if any(c.kind is ClaimKind.CANCELLED for c in kept):
        return kept
    named = read_details(text, names)
    details = ClaimDetails(((Role.ANY, named),)) if not named.empty else ClaimDetails()
    return (*kept, Claim(ClaimKind.CANCELLED, 0, len(sentence), details))
