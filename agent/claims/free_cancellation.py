"""The caller's cancellation said free of charge (blind 32, claims67; convention 77 with blind
32's reading of a house rule applied to a cancellation made): "Da die Absage rechtzeitig kam,
kostet Sie die Stornierung nichts", "Die Stornierung ist für Sie kostenlos", "Your cancellation
won't cost you anything". The definite cancellation of the caller's is presupposed made: a
CANCELLED claim. Not: the house's rule for any cancellation ("Eine Stornierung ist bei uns
kostenlos", "Die Stornierung ist bis 24 Stunden vorher kostenlos", "Cancelling is free if …"),
a condition or a question, a fee said waived (`fee_waived`, money: false everywhere).
"""

from __future__ import annotations

import re

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim, ClaimKind
from agent.claims.normalize import fold

_FREE = lazy(
    r"\bkostet\s+(?:sie|ihnen)\s+(?:die|ihre)\s+(?:stornierung|absage)\s+(?:auch\s+)?nichts\b|"
    r"\b(?:die|ihre)\s+(?:stornierung|absage)\s+kostet\s+(?:sie|ihnen)\s+(?:auch\s+)?nichts\b|"
    r"\b(?:die|ihre)\s+(?:stornierung|absage)\s+(?:ist|bleibt)\s+für\s+sie\s+(?:\w+\s+)?"
    r"(?:kostenlos|kostenfrei|gebührenfrei|gratis)\b|"
    r"\bist\s+(?:die|ihre)\s+(?:stornierung|absage)\s+für\s+sie\s+(?:\w+\s+)?(?:kostenlos|"
    r"kostenfrei|gebührenfrei|gratis)\b|"
    r"\byour\s+cancell?ation\s+(?:won't|will\s+not|doesn't|does\s+not)\s+cost\s+you\s+anything\b|"
    r"\byour\s+cancell?ation\s+is\s+(?:free(?:\s+of\s+charge)?|at\s+no\s+cost)\b"
)
_RULE = lazy(
    r"\?|\b(?:wenn|falls|sofern|sobald|bis|bei\s+(?:einer|uns)|immer|grundsätzlich|"
    r"normalerweise|if|unless|once|until|up\s+to|always|usually|normally)\b"
)


def free_cancellation(sentence: str) -> tuple[Claim, ...]:
    """A CANCELLED claim for the caller's cancellation said free of charge (above)."""
    text = fold(sentence).text
    if "storn" not in text and "absage" not in text and "cancel" not in text:
        return ()
    if not _FREE.search(text):
        return ()
    main = re.sub(r"^\W*(?:da|weil|since|because|as)\b[^,]*,", "", text)  # the reason aside
    if _RULE.search(main):
        return ()
    return (Claim(ClaimKind.CANCELLED, 0, len(sentence)),)
