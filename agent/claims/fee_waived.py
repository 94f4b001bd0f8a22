"""A fee, charge or deposit said waived with a verb of cancelling ("Die Stornogebühr entfällt für
Sie", "Die Ausfallgebühr fällt weg", "The cancellation fee is dropped"; blind 24, claims41;
convention 29): money, which no tool of the salon takes or waives, so it is backed by nothing
(`follow_up` money), as "Die Gebühr wird Ihnen erlassen" is. The verb says nothing of the
appointment: "entfällt" here is no cancellation."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.claims.lazy_pattern import lazy
from agent.claims.model import Claim
from agent.claims.normalize import normalize
from agent.claims.restated import restated

_FEE = lazy(
    r"\b\w*(?:gebühr|gebühren|kosten|pauschale|anzahlung|strafe|fee|fees|charge|deposit|penalty)\b"
    r"[^.;]*?\b(?:entfällt|entfallen|(?:fällt|fallen)\b[^.;]*\bweg|gestrichen|"
    r"is\s+dropped|dropped|scrapped|void(?:ed)?)\b"
)

# the house's rule for a group or an occasion (convention 29's "Die Anzahlung entfällt bei uns"):
# "bei Stammkunden", "bei kurzen Haaren", "für Neukunden", "for regulars", "on Saturdays"
# (claims115); not the caller's own ("bei Ihnen", "für Sie", "for you")
_HOUSE_RULE = lazy(
    r"\bbei\s+(?!ihne|ihr|dir|dein)\w+|\bfür\s+(?:alle|\w*kunden|\w*kundinnen|mitglieder)\b|"
    r"\bfor\s+(?!you\b|your\b)(?:all|everyone|anyone|\w+s)\b|\bon\s+\w+days\b|\b\w+tags\b"
)


def fee_waived(sentence: str, lang: str) -> str | None:
    """ "Die Gebühr wird Ihnen erlassen." for a fee said dropped, or None."""
    text = normalize(sentence)
    rule = re.search(r"\b(?:nicht|kein\w*|not|wenn|falls|if|when|bei\s+uns|ohne|without)\b", text)
    rule = rule or _HOUSE_RULE.search(text)
    if "?" in text or not _FEE.search(text) or rule:
        return None
    return "Die Gebühr wird Ihnen erlassen." if lang == "de" else "The fee has been waived."


def fee_waived_read(
    sentence: str, lang: str, whole: Callable[[str], tuple[Claim, ...]]
) -> tuple[Claim, ...]:
    """The money claim of a fee said dropped (backed by nothing)."""
    return restated(sentence, fee_waived(sentence, lang), whole)
