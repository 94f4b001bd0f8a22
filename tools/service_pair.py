"""Two services asked in one breath, one the salon offers and one it does not: "Tönung und dann
noch Hochstecken", "Färben und danach Make-up", "Dauerwelle plus Kopfmassage", "Herrenhaarschnitt inklusive
Augenbrauen" (an add-on the salon does not offer). Neither is
dropped: the caller is asked, with the offered one as the candidate (the model says the other is
not offered). Both not offered ("Maniküre und Pediküre", "Wimpern färben und Augenbrauen
zupfen") stay not offered; one service said with words about it is no pair."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

M = TypeVar("M")

_JOIN = re.compile(
    r"\s*(?:,|\+|&)\s*|\s+(?:und|plus|sowie|and|with|mit|inklusive|inkl\.?|samt|nebst|including"
    r"|incl\.?|zuzüglich|zzgl\.?)"
    r"(?:\s+(?:dann|danach|anschliessend|anschließend|noch|auch|gleich|dazu|then|also|maybe))*\s+",
    re.IGNORECASE,
)


def offered_of_pair(text: str, resolve: Callable[[str], M]) -> list[M]:
    """The matches of the parts of `text` that name an offered service, when another part names
    one the salon does not offer; [] when `text` is no such pair."""
    parts = [p.strip() for p in _JOIN.split(text) if p and p.strip()]
    if len(parts) < 2:
        return []
    matches = [resolve(p) for p in parts]
    offered = [m for m in matches if getattr(m, "status", "") != "unknown_service"]
    refused = [m for m in matches if getattr(m, "not_offered", None)]
    return offered if offered and refused else []
