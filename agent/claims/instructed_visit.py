"""Instructions that presuppose the caller's booking or its loss (blind 31, claims63;
conventions 37, 88, 4, 38).

- Bringing or showing the confirmation text ("Zeigen Sie die Bestätigungs-SMS am Empfang
  vor", "Have the confirmation text ready at the desk") presupposes the booking and the text
  sent to the caller: restated as both (`confirmation_shown`); so does the caller sent to look
  at the text about the booking ("Check your phone, the booking confirmation's there"; blind 37).
- A plan for being late on a named day ("If you're held up on Monday, give us a call")
  presupposes the visit that day: the booking with that day (`late_on_day`).
- Sparing the caller the way on a named day ("Den Weg am Montag können Sie sich sparen")
  presupposes the visit there is gone: GONE with that day, and the visit instruction it looks
  like claims no booking (`way_spared`).
Not: the house's rules for every visit ("Bitte bringen Sie immer …"), a text still to come.
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import normalize

_SHOWN = lazy(
    r"^\W*(?:(?:einfach|bitte|just|please)\s+)?(?:bringen|zeigen|halten|legen)\s+sie\b.*"
    r"\bbestätigungs-?\s?(?:sms|nachricht|text)\b|"
    r"^\W*(?:(?:just|please|simply)\s+)?(?:bring|show)\b.*\bconfirmation\s+(?:text|sms|message)\b|"
    r"^\W*(?:(?:just|please|simply)\s+)?have\s+(?:the|your)\s+confirmation\s+(?:text|sms|message)\s+"
    r"(?:ready|handy|to\s+hand|with\s+you)\b"
)
# the caller sent to look at the text about the booking (blind 37, claims86): "Schauen Sie aufs
# Handy, da ist die Buchungsbestätigung", "Achten Sie auf die SMS mit Ihrer Buchung, die kommt
# sofort", "Check your phone, the booking confirmation's there"
_LOOK = lazy(
    r"^\W*(?:schauen|sehen|gucken)\s+sie\s+(?:\w+\s+){0,2}?(?:aufs|auf\s+ihr|in\s+ihr)\s+(?:handy|"
    r"telefon|postfach)\b.*\b(?:buchungs|termin)bestätigung\b|"
    r"^\W*achten\s+sie\s+(?:\w+\s+)?auf\s+die\s+(?:sms|nachricht)\s+(?:mit|zu)\s+ihrer\s+"
    r"(?:buchung|terminbuchung)\b|"
    r"^\W*check\s+your\s+(?:phone|messages|texts|inbox)\b.*\bbooking\s+confirmation(?:'s|\s+is)\s+"
    r"(?:there|in|waiting)\b"
)
_LOOK_NOT = lazy(r"\?|\b(?:falls|wenn|sobald|if|once|immer|always|every)\b")
# a rule for every visit, or a text still to come
_RULE = lazy(
    r"\b(?:immer|jedes\s+mal|always|every\s+time|falls|if|kommt|"
    r"bekommen\s+werden|coming|will|wird)\b|'ll\b"
)
_LATE = lazy(
    r"\bif\s+you(?:'re|\s+are|\s+get|'ll\s+be|\s+will\s+be)\s+(?:\w+\s+)?"
    r"(?:late|delayed|held\s+up|running\s+behind)\b"
)
_DAY_NAMED = lazy(r"\bon\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_SPARED = lazy(
    r"\b(?:sparen|ersparen)\s+sie\s+sich\s+den\s+weg\b|\bden\s+weg\b.*\b(?:sparen|ersparen)\b|"
    r"\bsave\s+yourself\s+the\s+(?:trip|journey)\b"
)
_CANCEL_WORD = lazy(r"\b(?:storn\w*|abgesagt|gestrichen|cancel\w*|called\s+off)\b")
_SPARED_GONE = lazy(r"\b(?:nichts\s+mehr|nicht\s+mehr|weg|nothing|no\s+longer|gone)\b")


def confirmation_shown(sentence: str, lang: str) -> str | None:
    """The booking and the text sent, where the confirmation text is to be shown or brought."""
    text = normalize(sentence)
    looked = _LOOK.search(text) and not _LOOK_NOT.search(text)
    if not looked and ("?" in text or not _SHOWN.search(text) or _RULE.search(text)):
        return None
    if lang == "de":
        return "Ihr Termin ist gebucht und die Bestätigung per SMS ist raus."
    return "Your appointment is booked and the confirmation text has been sent to you."


def late_on_day(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """The booking a plan for being late on a named day presupposes."""
    text = normalize(sentence)
    if lang != "en" or "?" in text or not _LATE.search(text) or not _DAY_NAMED.search(text):
        return ()
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (Claim(ClaimKind.BOOKED, 0, len(sentence), details),)


def way_spared(sentence: str, claims: tuple[Claim, ...], names: Names) -> tuple[Claim, ...]:
    """`claims` of a sentence sparing the caller the way: the visit gone, no booking."""
    text = normalize(sentence)
    if "?" in text or not _SPARED.search(text) or not _SPARED_GONE.search(text):
        return claims
    dropped = {ClaimKind.BOOKED, ClaimKind.DONE}
    if not _CANCEL_WORD.search(text):
        dropped.add(ClaimKind.CANCELLED)  # "nichts mehr" says gone, not how it went
    kept = tuple(c for c in claims if c.kind not in dropped)
    if any(c.kind is ClaimKind.GONE for c in kept):
        return kept
    details = ClaimDetails(((Role.ANY, read_details(text, names)),))
    return (*kept, Claim(ClaimKind.GONE, 0, len(sentence), details))
