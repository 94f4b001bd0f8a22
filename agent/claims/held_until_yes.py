"""A hold said with the booking still to come on the caller's yes or a missing detail (blind
38, claims87; conventions 5 and 150): "Noch ist er nur reserviert, aber sobald Sie Ja sagen,
buche ich ihn fest", "Der Termin ist reserviert, fest buchen kann ich ihn aber erst, wenn ich
Ihren Namen habe", "Right now it's only held; once you say yes I'll book it properly". The
speaker's booking to come is neutral alone (5), but beside "nur reserviert" / "only held" or
"erst" it says the booking is not made yet, as "nur geblockt, bis Sie Ja sagen" does (150):
NOT_BOOKED beside the hold, false where the booking stands.

Only where a hold is read in the sentence. Not: a question, a rule with no hold said ("I can only
book it once you say yes", blind 27: neutral).
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_DE = lazy(
    r"\b(?:nur|bloß|lediglich)\s+(?:\w+\s+)?(?:reserviert|vorgemerkt|geblockt|blockiert|gehalten|"
    r"freigehalten)\b[^.!?]*?\b(?:sobald|wenn|nachdem)\s+(?:sie|ich)\s+(?:\w+\s+){0,3}?(?:ja\s+"
    r"sagen|zustimmen|bestätigen|einverstanden\s+sind|habe|haben)\b[^.!?]*?\b(?:buche|trage|"
    r"mache)\s+ich\b|"
    r"\b(?:reserviert|vorgemerkt|geblockt)\b[^.!?]*?\b(?:buchen|eintragen)\s+kann\s+ich\s+"
    r"(?:\w+\s+){0,2}?erst\b"
)
_EN = lazy(
    r"\b(?:only|just)\s+(?:on\s+hold|held|reserved|pencill?ed\s+in)\b[^.!?]*?\b(?:once|when|"
    r"as\s+soon\s+as|after)\s+you\s+(?:\w+\s+)?(?:say\s+yes|agree|confirm|give)\b[^.!?]*?"
    r"\bi(?:'ll|\s+will)\s+(?:book|make|confirm|put|lock)\b"
)


def held_until_yes(sentence: str, lang: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims`, with NOT_BOOKED beside a hold whose booking is said to come (above)."""
    if not any(c.kind is ClaimKind.HELD for c in claims) or any(
        c.kind in (ClaimKind.NOT_BOOKED, ClaimKind.BOOKED) for c in claims
    ):
        return claims
    text = fold(sentence).text
    rule = _EN if lang == "en" else _DE
    if "?" in text or not rule.search(text):
        return claims
    return (*claims, Claim(ClaimKind.NOT_BOOKED, 0, len(sentence)))
