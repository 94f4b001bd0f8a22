"""The caller's appointment said gone with a pronoun alone: "Der ist leider weg", "Er ist jetzt
futsch", "Die ist leider nicht mehr da", "It's gone, I'm afraid", "That one's gone now".

The fail-safe (`unrecognised_statement`, docs/claims.md step 5) reads a statement whose topic is
the caller's appointment; a pronoun names no topic, so these reached the caller unread, also
after a move that did not happen ("Der ist leider weg." about the old appointment, e2e4). A
sentence that is nothing but such a pronoun, a copula, a gone-predicate and discourse words has
no other referent in it, so it is taken, as the gated corpus takes "Weg ist er.", for the
appointment the call is about: GONE (true after a cancellation or for the old place of a move).
Not: a noun ("Der Kollege ist leider weg", "Die Sonne ist weg", "Fabian ist weg"), "das" (not the
appointment's gender), "schon/already" (taken by others: "Der ist leider schon weg"), a question,
a sentence that says more ("…, da war jemand schneller"). The day it stands for may be said
empty before it ("Nothing on Friday, that one's gone", "Am Freitag nichts mehr, der ist weg":
claims143): GONE of that day.
"""

from __future__ import annotations

from agent.claims.details import Names
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.pieces import CONDITION, SENTENCE_PIECE, stated_claims

_DE_FILLER = (
    r"(?:leider|jetzt|nun|also|ja|halt|eben|dann|damit|inzwischen|mittlerweile|tja|so|ach|oh|na)"
)
# the day the pronoun stands for said as empty first (claims143): "Am Freitag nichts mehr, der
# ist weg", "Nothing on Friday, that one's gone"
_DAY = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|übermorgen)"
_DAY_EN = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)"
# or the calendar said to show none any more (blind 56, claims167): "Ich sehe hier keinen Termin
# mehr, also ja, der ist weg", "I can't see an appointment any more, so yes, it's gone"
_DE_LEAD = (
    rf"(?:(?:(?:am|für)\s+{_DAY}\s+(?:ist\s+)?nichts|ich\s+sehe\s+(?:hier\s+|da\s+)?"
    rf"(?:keinen\s+termin|nichts))(?:\s+mehr)?\W+)?"
)
_EN_LEAD = (
    rf"(?:(?:nothing\s+(?:(?:on|for)\s+)?{_DAY_EN}|i\s+(?:can't|cannot|don't)\s+see\s+"
    r"(?:an?\s+|any\s+|your\s+)?(?:appointment|booking)(?:\s+(?:here|there))?)(?:\s+any\s*more)?\W+)?"
)
_DE = lazy(
    rf"^\W*(?:{_DE_FILLER}\W+)*{_DE_LEAD}(?:{_DE_FILLER}\W+)*(?:der|die|er)\s+ist\s+(?:{_DE_FILLER}\s+)*"
    r"(?:weg|futsch|raus|hinüber|nicht\s+mehr\s+da|nicht\s+mehr\s+drin)"
    rf"(?:\s+{_DE_FILLER})*\W*$"
)
_EN_FILLER = r"(?:sadly|unfortunately|so|well|right|oh|ah|okay|ok|yeah|yes|now|then|just)"
_EN = lazy(
    rf"^\W*(?:{_EN_FILLER}\W+)*{_EN_LEAD}(?:{_EN_FILLER}\W+)*(?:it|that(?:\s+one)?|this\s+one)(?:'s|\s+is|\s+has)(?:\s+been)?"
    rf"\s+(?:{_EN_FILLER}\s+)*(?:gone|no\s+longer\s+there|not\s+there\s+any\s*more)"
    rf"(?:\s+{_EN_FILLER})*(?:\W+(?:i'm|i\s+am)\s+afraid)?\W*$"
)


def pronoun_gone(sentence: str, lang: str, names: Names) -> tuple[Claim, ...]:
    """A GONE claim for a sentence that says the appointment is gone with a pronoun alone."""
    rule = _EN if lang == "en" else _DE
    return stated_claims(sentence, ClaimKind.GONE, rule, CONDITION, names, SENTENCE_PIECE)
