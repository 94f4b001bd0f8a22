"""A word broken across a line joined again (blind 17, claims27): "Ich kann Ihnen noch nicht
bestä-\ntigen, dass …", "Geb-\nucht ist noch nichts." The line break was folded to a full stop,
so "bestä-" and "tigen" were read as two sentences and the claim after "dass" lost the negation
before it. A hyphen and a line break between two lower-case letters are dropped."""

from __future__ import annotations

from agent.claims.lazy_pattern import lazy

_BROKEN = lazy(r"(?<=[a-zäöüß])-\.(?=[a-zäöüß])")


def joined(chars: list[str], origin: list[int]) -> tuple[list[str], list[int]]:
    """Folded characters with words broken across a line joined (origins kept)."""
    text = "".join(chars)
    if "-." not in text:
        return chars, origin
    drop: set[int] = set()
    for m in _BROKEN.finditer(text):
        drop.update(range(m.start(), m.end()))
    if not drop:
        return chars, origin
    keep = [i for i in range(len(chars)) if i not in drop]
    return [chars[i] for i in keep], [origin[i] for i in keep]
