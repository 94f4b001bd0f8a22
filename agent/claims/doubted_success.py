"""A success only supposed, with the speaker's doubt said beside it (blind 31, claims64):
"Angeblich hat es geklappt, aber ich sehe noch keine Bestätigung", "Das System müsste es
gespeichert haben, ich bin mir aber nicht sicher", "It should have gone through, but I'm not
seeing a confirmation yet". What the speaker cannot confirm claims nothing (convention 5: "Ich
kann Ihnen noch nicht bestätigen, dass …", a confirmation not received): neutral.

Both are needed: a hedge ("angeblich", "müsste", "should have", "apparently") and a doubt that
takes the whole outcome back ("ich bin mir nicht sicher", "I can't confirm it", "noch keine
Bestätigung"). A hedge alone ("Müsste geklappt haben, Freitag steht") stays the claim, as the
gated splits label it; so does a doubt of something else ("…, ob die SMS raus ist").
"""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

K = ClaimKind
_HEDGE = lazy(
    r"\b(?:angeblich|müsste|müssten|sollte|sollten|eigentlich|scheint|sieht\s+so\s+aus,?\s+als|"
    r"supposedly|apparently|should\s+have|should've|ought\s+to|seems|looks\s+like|in\s+theory)\b"
)
_END = r"\s*(?:[.,;:!?–—-]|$)"
_DOUBT = lazy(
    r"\b(?:(?:ich\s+bin\s+mir|bin\s+ich\s+mir)\s+(?:\w+\s+){0,2}?nicht\s+(?:ganz\s+|100\s*%\s+)?"
    rf"sicher{_END}|sicher\s+bin\s+ich\s+mir\s+(?:\w+\s+){{0,2}}?nicht{_END}|"
    r"(?:sehe|habe|hab)\s+(?:ich\s+)?(?:aber\s+|allerdings\s+)?noch\s+keine\s+bestätigung|"
    r"(?:eine\s+)?bestätigung\s+(?:sehe|habe|hab)\s+ich\s+(?:aber\s+|allerdings\s+)?noch\s+"
    r"(?:nicht|keine)|kann\s+(?:ich\s+)?(?:es|das)\s+(?:aber\s+)?(?:noch\s+)?nicht\s+bestätigen|"
    rf"(?:i'm|i\s+am)\s+not\s+(?:\w+\s+)?(?:sure|certain){_END}|"
    r"(?:i'm|i\s+am)\s+not\s+seeing\s+(?:a|any)\s+confirmation|"
    r"(?:i\s+)?(?:can't|cannot|can\s+not)\s+confirm\s+(?:it|that)|"
    r"(?:don't|do\s+not|haven't)\s+(?:see|seen)\s+(?:a|any)\s+confirmation|"
    r"no\s+confirmation\s+yet)"
)
_OUTCOMES = frozenset({K.BOOKED, K.DONE, K.STANDS, K.CANCELLED, K.RESCHEDULED})


def doubted_success(sentence: str, claims: tuple[Claim, ...]) -> tuple[Claim, ...] | None:
    """`claims` without the outcome supposed and doubted; None when the sentence is not such."""
    if not any(c.kind in _OUTCOMES for c in claims):
        return None
    text = fold(sentence).text
    hedge = _HEDGE.search(text)
    if hedge is None or not _DOUBT.search(text, hedge.end()):
        return None
    return tuple(c for c in claims if c.kind not in _OUTCOMES)
