"""The caller asked to tell whether a day suits, read as no claim (blind 38's false blocks,
claims91).

"Geben Sie mir bitte kurz Bescheid, ob der Donnerstag passt", "Sagen Sie mir bitte, ob Ihnen der
Samstag recht ist", "Let me know whether Saturday works for you", "Just tell me if Thursday
suits you": the "ob" / "whether" clause is a question put to the caller (the gated probe after
blind 24 labels the first neutral), not a visit told ("der Donnerstag passt") nor a slot offered.
Only claims inside the asked clause are dropped; the caller's own appointment named there
("…, ob Ihr Termin am Freitag bleiben soll") presupposes it and keeps its claim.
"""

from __future__ import annotations

from agent.claims.gate import opens
from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_ASKED = lazy(
    r"\b(?:(?:geben|sagen)\s+sie\s+(?:mir|uns)\s+(?:\w+\s+){0,3}?(?:bescheid\s*,?\s*)?|"
    r"(?:let\s+(?:me|us)\s+know|(?:just\s+)?tell\s+(?:me|us))\s*,?\s*)(?:ob|whether|if)\b"
)
_OWN = lazy(r"\b(?:ihr\w*\s+termin\w*|ihre\s+buchung|your\s+(?:appointment|booking))\b")
_DROPPED = frozenset({K.BOOKED, K.AVAILABLE, K.HELD, K.STANDS, K.DONE})


def without_asked_to_tell(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...]:
    """`claims` without those read in a clause the caller is asked to answer (see above)."""
    if not claims or not opens(_ASKED, fold(sentence).text):
        return claims
    text = fold(sentence).text
    m = _ASKED.search(text)
    if m is None or _OWN.search(text, m.end()):
        return claims
    start = fold(sentence).span(m.start(), m.end())[0]
    kept = tuple(c for c in claims if not (c.kind in _DROPPED and c.start >= start))
    return claims if len(kept) == len(claims) else kept
