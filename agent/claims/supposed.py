"""Days and bookings spoken of as a supposition, a theory, a preference asked or a wish that
could not be met (blind 22, claims38): they state nothing about the caller's appointment.

- a supposition and what would follow: "Nehmen wir an, Sie nehmen Montag: dann wären Sie um vier
  fertig", "Sagen wir, Sie nehmen …", "Angenommen, …", "Say you take Thursday: you'd be done by
  five", "Suppose …", "Let's say …" (a supposing verb before the caller's choice, and a
  subjunctive after it);
- a day possible "in theory": "Rein theoretisch ginge auch Montag", "In theory Saturday could
  work too", "Theoretically Monday might work": a slot said free in theory is no offer;
- a preference asked between days: "Hätten Sie lieber einen Termin am Donnerstag oder am
  Samstag?", "Wäre Ihnen Montag oder Dienstag lieber?", "Would you rather have Monday or
  Tuesday?": a question with "lieber / rather / prefer" and "oder / or";
- a wish that could not be met: "Ich hätte Sie gern für Montag eingetragen, wenn da noch etwas
  frei gewesen wäre" (a past subjunctive with "gern" and a condition in the past subjunctive).

The sentence's claims are dropped (for a preference asked or a theory, its slots offered); a
sentence of the same text that claims something keeps its claims. Not: "Sagen wir so: Sie sind eingetragen" (nothing
supposed before the colon, and the claim after it is indicative), a supposition whose consequent
is in the indicative.
"""

from __future__ import annotations

from agent.claims.claim_clause import claim_clause, claim_sentence
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind

_SUPPOSE = lazy(
    r"^\W*(?:(?:also|gut|okay|ok|so|well|right),?\s+)?(?:"
    r"(?:sagen|nehmen)\s+wir(?:\s+mal)?(?:\s+an)?|angenommen|nehmen\s+wir\s+(?:mal\s+)?an|"
    r"gesetzt\s+den\s+fall|(?:let's|let\s+us)\s+say|say|suppose|supposing|assuming)\b"
    r"(?:,)?\s*(?:dass\s+|that\s+)?(?:sie|you)\s+(?:\w+\s+){1,4}?[^:;.!?]*[:;,–—-]\s*"
    r"(?:dann\s+|then\s+)?(?:\w+\s+){0,3}?"
    r"(?:wären|wäre|würden|würde|hätten|hätte|könnten|you'd|you\s+would|you\s+could|it\s+would|"
    r"that\s+would|that'd|it'd|would)\b"
)
_IN_THEORY = lazy(r"\b(?:theoretisch|in\s+der\s+theorie|in\s+theory|theoretically)\b")
# the caller's preference asked between alternatives (not "Ich hätte zehn oder elf, was ist
# Ihnen lieber?": an offer)
_PREFER_ASKED = lazy(
    r"^(?![^?]*\b(?:ich\s+hätte|i\s+have|i've\s+got|i\s+could))[^?]*(?:"
    r"\b(?:hätten|möchten|wollen|würden)\s+sie\s+(?:\w+\s+)?lieber\b[^?]*\boder\b|"
    r"\bwäre\s+ihnen\b[^?]*\boder\b[^?]*\blieber\b|"
    r"\b(?:would|do)\s+you\s+(?:\w+\s+)?(?:rather|prefer)\b[^?]*\bor\b)[^?]*\?"
)
_WISH_UNMET = lazy(
    r"\bhätte\s+(?:ich\s+)?(?:\w+\s+){0,4}?gerne?\b[^,]*\b\w+(?:t|en)\b,?\s*(?:wenn|falls)\b"
    r"[^.!?]*\b(?:gewesen\s+wäre|wäre|hätte)\b|"
    r"\bi\s+would\s+have\s+(?:loved|liked)\s+to\b[^.!?]*\bif\b[^.!?]*\b(?:had\s+been|had|were)\b|"
    r"\bi'd\s+have\s+(?:loved|liked)\s+to\b[^.!?]*\bif\b[^.!?]*\b(?:had\s+been|had|were)\b"
)


def without_supposed(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a sentence that supposes or wishes unmet, and slots offered in a
    preference asked or in theory."""
    if not claims:
        return claims
    kept = []
    for c in claims:
        text = claim_sentence(sentence, c)
        if _SUPPOSE.search(text) or _WISH_UNMET.search(text):
            continue
        clause = claim_clause(sentence, c)
        slot = c.kind is ClaimKind.AVAILABLE
        if slot and (_PREFER_ASKED.search(clause) or _IN_THEORY.search(clause)):
            continue
        kept.append(c)
    return tuple(kept)
