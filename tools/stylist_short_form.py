"""A name of two or three letters that is the first or last syllable of a stylist's nickname or
the start of a first name ("zum Mo" where Mehmet is "Memo", "zur Le", "zum Me"): a short form
the caller uses, or another person. Never "no such stylist" then (the caller may well mean the
one the salon knows as Memo) and never taken as that stylist (it may be another name): asked
back with who it may be."""

from __future__ import annotations

_SHORTEST, _LONGEST = 2, 3


def short_form_of(word: str, first_name: str, nicknames: list[str]) -> bool:
    """`word` (folded) is a short form: a nickname's first or last letters, or a first name's
    first letters (a first name's ending is another name: "Ian" is no Fabian)."""
    if not _SHORTEST <= len(word) <= _LONGEST:
        return False
    if any(word != n and (n.startswith(word) or n.endswith(word)) for n in nicknames):
        return True
    return word != first_name and first_name.startswith(word)
