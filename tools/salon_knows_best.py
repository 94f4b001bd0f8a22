"""The choice of stylist left to the salon because the salon knows its team better ("nehmen Sie
einfach wen, Sie kennen sich da besser aus", "Sie wissen ja, wer das gut macht", "das können
Sie besser beurteilen als ich", "wen Sie für richtig halten", "you pick, you know them better",
"whoever you think is best", "you know best"): no preference, by what the words mean. A phrase
that also names a stylist ("nehmen Sie die Sophie, die kennt sich aus") is not open: the
matcher sees the name (`catalog_match.is_no_preference`). What the salon knows is no condition on
the stylist ("jemand, der sich mit Locken auskennt" is one: `stylist_condition`)."""

from __future__ import annotations

import re

_YOU = r"(?:sie|ihr|du)"
SALON_KNOWS_BEST = re.compile(
    # "Sie kennen sich (da) besser aus", "Sie wissen das besser", "Sie wissen ja, wer das gut macht"
    rf"\b{_YOU}\s+(?:kenn\w*|wiss\w*|weiss\w*)\s+(?:(?:sich|euch|dich|ja|doch|da|das|ihr\w*"
    r"|team|leute|kolleg\w*|am)\s+){0,4}(?:besser|am\s+besten|best\w*|wer\b)"
    # "das können Sie besser beurteilen (als ich)", "Sie können das besser einschätzen"
    rf"|\b(?:koennen|koennt|kannst)\s+(?:{_YOU}\s+)?(?:das\s+)?(?:{_YOU}\s+)?besser\s+"
    r"(?:beurteilen|einschaetzen|entscheiden|sagen)"
    # "wen Sie für richtig / am besten halten", "wen Sie empfehlen würden"
    rf"|\bwen\s+{_YOU}\s+(?:fuer\s+(?:richtig|passend|gut|am\s+besten|geeignet)\s+halten"
    r"|empfehlen\w*)"
    # "you know them better", "you know best", "whoever you think is best", "you pick"
    r"|\byou\s+know\s+(?:them\s+|your\s+team\s+|the\s+team\s+)?(?:better|best)\b"
    r"|\bwho(?:m)?(?:ever)?\s+you\s+(?:think|reckon|recommend|suggest)\b"
)


def salon_knows_best(folded: str) -> bool:
    """Whether folded words leave the stylist to the salon for knowing its team better."""
    return bool(SALON_KNOWS_BEST.search(folded))


def without_salon_knowing(folded: str) -> str:
    """The words without what the salon is said to know: what is left may still state a
    condition on the stylist ("Sie wissen ja, jemand mit Erfahrung")."""
    return SALON_KNOWS_BEST.sub(" ", folded)
