"""Another person's appointment said unchanged (the lead's D65, convention 1132).

"Der Termin Ihrer Mutter bleibt, wie er ist", "Der Termin Ihres Mannes ist nicht betroffen",
"Your husband's appointment is still on", "Your daughter's appointment isn't affected": truth is
per appointment (issue 9 item 1), so it is convention 1035's STANDS, with what it names, as it is
of the caller's own appointment. (claims53 had dropped the claim as no word of the caller's; the
business next door's appointment, others_appointment.py, still says nothing of the salon's.)
The person may be the subject: "Your sister still has her appointment on Friday at ten", "Ihre
Schwester hat noch ihren Termin am Freitag" (claims167). Not: a question, a condition, the
relative's appointment changed ("… ist abgesagt", D65 is only the unchanged one).
"""

from __future__ import annotations

from agent.claims.details import ClaimDetails, Names, Role, read_details
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_RELATIVE_DE = (
    r"(?:mannes|frau|sohnes|tochter|mutter|vaters|oma|opas?|schwester|bruders|freundin|freundes|"
    r"partners|partnerin|kindes|nachbarin|nachbarn|kollegin|kollegen)"
)
_RELATIVE_EN = (
    r"(?:husband|wife|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|friend|"
    r"boyfriend|girlfriend|grandma|granny|grandad|grandpa|kid|child|neighbour|neighbor|colleague)"
)
# the person as the subject (blind 56, claims167): "Ihre Schwester hat noch ihren Termin am Freitag"
_PERSON_DE = (
    r"(?:mann|frau|sohn|tochter|mutter|vater|oma|opa|schwester|bruder|freundin|freund|partner|"
    r"partnerin|kind|nachbarin|nachbar|kollegin|kollege)"
)
_UNCHANGED = {
    "de": lazy(
        rf"\b(?:der\s+)?termin\s+(?:ihrer|ihres)\s+{_RELATIVE_DE}\b(?:\s+(?:am|um|bei)\s+[\w:.]+)*\s+"
        r"(?:ist\s+(?:davon\s+)?(?:nicht\s+betroffen|unverändert|unberührt)|bleibt\b|"
        r"steht\s+(?:noch|weiterhin|nach\s+wie\s+vor)\b)|"
        # the person still has it, with what the clause names of it
        rf"\bihre?\s+{_PERSON_DE}\s+hat\s+(?:immer\s+)?noch\s+(?:ihren|seinen)\s+(?:\w+)?termin\b"
        r"[^.;!?,]*|"
        rf"\bihre?\s+{_PERSON_DE}\s+hat\s+(?:ihren|seinen)\s+(?:\w+)?termin\b[^.;!?,]*?\bnoch\b"
        r"[^.;!?,]*"
    ),
    "en": lazy(
        rf"\byour\s+{_RELATIVE_EN}'s\s+(?:\w+\s+)?(?:appointment|booking|slot)\s+(?:isn't|is\s+not)\s+"
        r"(?:affected|touched|changed)\b|"
        rf"\byour\s+{_RELATIVE_EN}'s\s+(?:\w+\s+)?(?:appointment|booking|slot)\s+(?:stays|remains|"
        r"is\s+still\s+(?:on|there|in\s+place)|is\s+(?:untouched|unaffected|unchanged))\b|"
        # the person still has it (blind 56, claims167): "Your sister still has her appointment
        # on Friday at ten", with what the clause names of it
        rf"\byour\s+{_RELATIVE_EN}\s+still\s+has\s+(?:her|his|their)\s+(?:\w+\s+)?(?:appointment|"
        r"booking|slot)\b[^.;!?,]*"
    ),
}
_NOT_SAID = lazy(r"\?\s*$|\b(?:wenn|falls|ob|if|whether|unless)\b")


def others_unchanged(
    sentence: str, lang: str, names: Names, claims: tuple[Claim, ...]
) -> tuple[Claim, ...]:
    """`claims` with another person's appointment said unchanged read as STANDS (above)."""
    if any(c.kind is ClaimKind.STANDS for c in claims):
        return claims
    text = fold(sentence).text
    pattern = _UNCHANGED.get(lang)
    found = pattern.search(text) if pattern is not None else None
    if found is None or _NOT_SAID.search(text):
        return claims
    named = read_details(found.group(), names)
    details = ClaimDetails(((Role.ANY, named),)) if not named.empty else ClaimDetails()
    return (*claims, Claim(ClaimKind.STANDS, 0, len(sentence), details))
