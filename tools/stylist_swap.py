"""Two neighbouring letters swapped by speech to text or a hasty transcript ("Sopihe" for
Sophie, "Fabain" for Fabian, "Mehmte" for Mehmet). The sound key of such a word can be far from
the name's ("Sopihe" keeps its "p", "Sophie" sounds "f"), so without this the word named nobody
and the caller heard "no such stylist".

A swap inside a long name, first and last letter kept, is that name (as one letter apart is);
any other swap in a name of five letters or more is only alike (asked); shorter names are left
alone (a swap in "Lena" makes another name)."""

from __future__ import annotations

_SHORTEST = 5
_LONG = 6


def swapped_neighbours(said: str, part: str) -> bool:
    """`said` is `part` with exactly two neighbouring letters swapped (folded words)."""
    if len(said) != len(part) or said == part or len(said) < _SHORTEST:
        return False
    diff = [i for i, (a, b) in enumerate(zip(said, part, strict=True)) if a != b]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and said[diff[0]] == part[diff[1]]
        and said[diff[1]] == part[diff[0]]
    )


def swap_keeps_name(said: str, part: str) -> bool:
    """A swap inside a long name with its first and last letter kept: the name itself."""
    return len(part) >= _LONG and said[0] == part[0] and said[-1] == part[-1]
