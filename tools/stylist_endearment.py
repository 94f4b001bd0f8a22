"""A pet word said with a stylist's name ("bei der Sophie-Maus", "zum Fabi-Bär", "Lenaschatz",
"Sophie, die Maus"): the caller's fondness, not a surname, so the name alone is meant. Dropped
only where the word before it (or the stem it is glued to) names a stylist; a pet word alone
("zur Maus") names nobody and stays, to be asked or told no such stylist."""

from __future__ import annotations

from collections.abc import Callable

# folded (umlauts as "ae", "oe", "ue", "ss" for "ß")
ENDEARMENTS = frozenset(
    """
    maus mausi maeuschen mausebaer schatz schatzi schaetzchen schnecke schneckchen herz herzchen
    baer baerchen spatz spaetzchen hase haeschen engel engelchen suesse suesser liebling
    darling honey sweetie sweetheart love hun hon dear
    """.split()
)
_SHORTEST_STEM = 3


def without_endearment(words: list[str], names: Callable[[str], bool]) -> list[str]:
    """`words` (folded) with each pet word after a name dropped and each one glued to a name cut
    off ("sophiemaus" -> "sophie"); `names(word)`: the word names a stylist."""
    out: list[str] = []
    for w in words:
        if w in ENDEARMENTS and out and names(out[-1]):
            continue
        glued = next(
            (
                w[: -len(e)]
                for e in ENDEARMENTS
                if w.endswith(e) and len(w) - len(e) >= _SHORTEST_STEM and names(w[: -len(e)])
            ),
            None,
        )
        out.append(glued or w)
    return out
