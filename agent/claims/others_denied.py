"""Another person's appointment denied or said open, read as the caller's (blind 56's false blocks,
claims149): one job, dropping the denials of a sentence that speaks only of a family member.

"Nein, Ihre Frau habe ich noch nicht eingetragen", "Bei Ihrer Oma ist bisher noch nichts gebucht",
"Nothing's booked for your grandma yet", "Der Termin Ihres Vaters ist noch nicht gebucht", "Ob der
Termin Ihres Vaters geklappt hat, kann ich noch nicht sagen", "Your sister's appointment hasn't been
cancelled": the caller's own appointment is not their subject, so they deny nothing of it (blind
56's writer's judgement call, which the lead confirmed for claims146; convention 5 is about the
caller's own appointment). What the call books for a family member is checked where it is said made
(`third_party`, `household`): only the denial (NOT_BOOKED, NOT_CANCELLED, NOT_MOVED) is dropped, so
"Der Termin Ihres Vaters ist noch nicht gebucht, nur reserviert" still says the hold.

Kept when the sentence also speaks of the caller ("Sie", "Ihnen", "Ihr Termin", "you", "yours",
"your appointment"): "Dana isn't booked yet, but yours is", "Nur Sie und Ihr Mann sind drin, für die
Kleine ist noch nichts gebucht" say something of the caller's own booking beside it.
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.lexicon_de import COMPANIONS as COMPANIONS_DE
from agent.claims.lexicon_en import COMPANIONS as COMPANIONS_EN
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_DENIALS = frozenset({K.NOT_BOOKED, K.NOT_CANCELLED, K.NOT_MOVED})
_COMPANION_DE = "|".join(sorted(COMPANIONS_DE | {"mannes", "vaters", "sohnes", "bruders"}))
_COMPANION_EN = "|".join(sorted(COMPANIONS_EN))
# the caller's family member, by the caller's possessive ("Ihre Frau", "Ihres Vaters", "your gran")
_OTHER = lazy(
    rf"\b(?:ihr|ihre|ihrem|ihren|ihrer|ihres)\s+(?:{_COMPANION_DE})\b|"
    rf"\byour\s+(?:{_COMPANION_EN})(?:'s)?\b"
)
# the family member as someone else's attribute ("den Namen Ihrer Mutter", "the number of your
# wife") or as the one who said it ("Ihr Mann meinte, …", "Your husband said …"): the denial is
# then of the call's own act or the caller's appointment
_ATTRIBUTE_BEFORE = lazy(
    r"\b(?:des|der|den|dem|die|das)\s+(?!\w*termin\w*\s|buchung\w*\s|reservierung\w*\s)\w+\s+$|"
    r"\b(?!appointment\s|booking\s|slot\s)\w+\s+of\s+$"
)
_SPEAKER_AFTER = lazy(
    r"^\s*(?:hat\s+)?(?:meinte|meint|sagte|sagt|gesagt|dachte|denkt|glaubte|glaubt|erzählte|"
    r"said|says|told|thought|thinks|mentioned|reckons)\b"
)
# the caller named beside it: the English "you" and the caller's own appointment
_CALLER_EN = lazy(
    rf"\b(?:you|yours|yourself|you're|you've|you'll)\b|\byour\s+(?!(?:{_COMPANION_EN})\b)"
)
_CALLER_DE_OWN = lazy(
    r"\b(?:ihr|ihre|ihren|ihrem|ihrer|ihres)\s+(?:\w*termin\w*|buchung\w*|reservierung\w*|slot)\b"
)
_CALLER_DE = lazy(r"\b(?:sie|ihnen)\b")


def _names_caller(sentence: str, text: str, origin: tuple[int, ...]) -> bool:
    if _CALLER_EN.search(text) or _CALLER_DE_OWN.search(text):
        return True
    for m in _CALLER_DE.finditer(text):
        start = origin[m.start()]
        # a capital "Sie" / "Ihnen" is the caller; a sentence's first word may be either
        if start == 0 or sentence[start].isupper() or not sentence[start].isalpha():
            return True
    return False


def without_others_denied(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without the denials of a sentence that speaks of a family member, not the caller."""
    if not any(c.kind in _DENIALS for c in claims):
        return claims
    folded = fold(sentence)
    text = folded.text
    if not any(
        not _ATTRIBUTE_BEFORE.search(text[: m.start()])
        and not _SPEAKER_AFTER.search(text[m.end() :])
        for m in _OTHER.finditer(text)
    ):
        return claims
    if _names_caller(sentence, text, folded.origin):
        return claims
    return tuple(c for c in claims if c.kind not in _DENIALS)
