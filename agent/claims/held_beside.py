"""A place said to wait for the caller beside a hold word is the held place (blind 40, claims115).

"Ihr Platz am Freitag um zehn wartet auf Sie – reserviert, nicht gebucht", "Your spot on Friday
at ten is waiting for you: reserved, not yet booked", "Ihr Platz … wartet auf Sie – nur
reserviert": the clause readers read "waiting for you" as the visit stated (a booking); another
clause of the same sentence that says the slot reserved, held or noted tells what kind of
waiting it is, so the waiting clause claims nothing of its own and the hold clause speaks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

_HOLD_WORDS = frozenset({
    "reserved", "held", "hold", "pencilled", "penciled", "blocked", "reserviert", "vorgemerkt",
    "geblockt", "gehalten", "freigehalten", "zurückgelegt", "blockiert",
})  # fmt: skip


def held_beside(clauses: Iterable, index: int, words: Sequence[str]) -> bool:
    """Another clause than `index` of the sentence says a hold, and this clause (`words`) names
    no hold or booking word itself."""
    if set(words) & _HOLD_WORDS:
        return False
    return any(c.index != index and set(c.words) & _HOLD_WORDS for c in clauses)
