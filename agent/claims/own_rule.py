"""The speaker's own rule for what it confirms, said when refusing to claim a booking (blind
22, claims38): "Ich bestätige nur, was wirklich gebucht ist", "Ich sage erst 'gebucht', wenn es
wirklich gebucht ist", "Ich bestätige nur Termine, die das System wirklich eingetragen hat",
"I'll only say 'confirmed' once the system has actually confirmed it", "I can only tell you it's
booked once it actually is", "I only confirm what the system has really booked". A verb of saying
or confirming with "nur / erst / only" and what it applies to in general (a free relative "was /
what", a plural "Termine, die", or "wenn / sobald / once / when"): the sentence states nothing
about the caller's appointment, and its claims are dropped.

Not: "Ich bestätige Ihnen nur noch kurz: Ihr Termin ist gebucht" (a claim after a colon, no
rule), "Only once you say yes is it booked" (no verb of saying; `not_booked` is read elsewhere).
"""

from __future__ import annotations

import re

from agent.claims.claim_clause import claim_sentence
from agent.claims.model import Claim

_RULE = re.compile(
    r"\b(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:bestätige|bestätigen|sage|sagen|melde|melden)\s+"
    r"(?:ihnen\s+)?(?:\w+\s+){0,2}?(?:nur|erst)\b[^:]*?(?:\bwas\b|\btermine\b[^.!?]*\bdie\b|"
    r"\bwenn\b|\bsobald\b|\bnachdem\b)|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+can|\s+may)?\s+(?:\w+\s+){0,2}?only\s+(?:\w+\s+){0,2}?"
    r"(?:say|confirm|tell\s+you|announce)\b[^:]*?\b(?:what|once|when|after|if)\b|"
    r"\b(?:i|we)(?:'ll|\s+will|\s+can)?\s+only\s+(?:ever\s+)?(?:say|confirm|tell)\b[^:]*?"
    r"\b(?:what|once|when|after|if)\b"
)


def without_own_rule(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` minus those of a sentence stating the speaker's rule for what it confirms."""
    if not claims:
        return claims
    kept = []
    for c in claims:
        text = claim_sentence(sentence, c)
        m = _RULE.search(text)
        if m is None or ":" in text[m.end() :]:  # "… nur kurz, was wir haben: Sie sind gebucht"
            kept.append(c)
    return tuple(kept)
