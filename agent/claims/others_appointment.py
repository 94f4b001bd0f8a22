"""Another business's or another person's appointment, read as the caller's (blind 28's false
blocks, claims51): one job, dropping the appointment claims of a sentence whose appointment or
doer is someone else's.

"Ihr Zahnarzt hat Sie für Donnerstag eingetragen?", "So the garage has you booked in?" (another
business did it, in its own calendar), "Beim Nagelstudio nebenan ist das ein eigener Termin",
"Frau Becker hat ihren Termin abgesagt": none of them says anything of the caller's appointment
here (conventions 5, 22, 66). A relative's appointment said unchanged ("Your son's appointment
isn't affected") is others_unchanged.py's STANDS (the lead's D65, convention 1132). Kept when the rest of the
sentence speaks of the salon's own act or the caller's appointment ("Herr Krause hat abgesagt,
deshalb habe ich Sie eingetragen").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_APPOINTMENT = frozenset(
    {K.BOOKED, K.CANCELLED, K.RESCHEDULED, K.DONE, K.GONE, K.STANDS, K.NOT_BOOKED, K.PENDING}
)
_BUSINESS_DE = (
    r"(?:zahn)?arzt|ärztin|zahnärztin|praxis|werkstatt|autowerkstatt|kfz-werkstatt|tierarzt|"
    r"tierärztin|kosmetikstudio|nagelstudio|kosmetikerin|physio\w*|fitnessstudio|optiker|bank|"
    r"versicherung|bürgeramt|amt|klinik|krankenhaus|friseur\s+gegenüber|massagestudio|"
    r"tattoostudio|fußpflege|podolog\w*"
)
_BUSINESS_EN = (
    r"garage|mechanic|dentist|doctor|gp|surgery|clinic|hospital|vet|optician|physio\w*|gym|"
    r"bank|nail\s+(?:bar|salon)|beauty\s+salon|beautician|spa|tattoo\s+(?:studio|parlou?r)"
)
_OTHERS = lazy(
    # another business as the doer or the place ("Ihr Zahnarzt hat Sie …", "Beim Nagelstudio …")
    rf"\b(?:ihr|ihre|ihrem|ihrer|die|der|das|dem|beim|bei\s+der|bei\s+dem|im)\s+(?:{_BUSINESS_DE})"
    r"\b(?:\s+(?:nebenan|gegenüber|um\s+die\s+ecke))?|"
    rf"\b(?:your|the|that|at\s+the)\s+(?:{_BUSINESS_EN})\b(?:\s+(?:next\s+door|across\s+the\s+"
    r"(?:road|street)|round\s+the\s+corner))?|"
    # another person's own appointment ("Frau Becker hat ihren Termin …", "your son's …")
    r"\b(?:frau|herr)\s+\w+\s+hat\s+(?:\w+\s+){0,2}?(?:ihren|seinen)\s+termin\b|"
    r"\b(?:mrs|mr|ms|miss)\.?\s+\w+\s+(?:has\s+)?(?:\w+\s+){0,2}?(?:her|his)\s+appointment\b"
)
# the salon's own act or the caller's appointment said beside it
_OWN = lazy(
    r"\b(?:ich|wir|habe|hab|i|we|i've|we've|i'm|we're|ihr\s+termin|ihren\s+termin|"
    r"your\s+appointment|your\s+booking)\b|"
    r"\b(?:ist|sind|is|are|'s|'re)\s+(?:\w+\s+){0,2}?(?:gebucht|eingetragen|bestätigt|storniert|"
    r"abgesagt|verschoben|booked|confirmed|cancell?ed|moved)\b"
)


def without_others_appointment(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the appointment claims of a sentence about someone else's appointment."""
    if not claims:
        return claims
    text = fold(sentence).text
    if not (match := _OTHERS.search(text)):
        return claims
    if _OWN.search(text[: match.start()] + " " + text[match.end() :]):
        return claims
    return tuple(c for c in claims if c.kind not in _APPOINTMENT)
