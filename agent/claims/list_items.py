"""A written list of appointments, one item a semicolon, each item's fields cut by commas (blind
49, claims151): "Freitag, 28.11., 11:00 Uhr, Fabian; Samstag, 29.11., 10:00 Uhr, Lena: beide
gebucht", "Booked: Fri, 10:00, Fabian; Sat, 11:00, Lena".

The claim reader reads a part of its details per clause, and a comma ends a clause: the day, the
date, the time and the stylist of one item would each be a part of their own, each backed by any
of the caller's appointments, so two appointments with their times swapped would pass. The
fields between two semicolons (or a semicolon and a colon) are one item: one appointment has all
of them. Read so only where the sentence is such a list: at least two items that name something,
each naming at most one value of each kind (an item with two days, "Freitag um zehn, Samstag um
elf; beide bei Fabian", is not one appointment: the parts stay as the clauses read them).
"""

from __future__ import annotations

from collections.abc import Sequence

from agent.claims.details import Details, _merge

# what ends an item of the list: the clause after it starts a new one
_ITEM_ENDS = frozenset({";", ":"})
_KINDS = ("weekdays", "days", "months", "relative_days", "times", "stylists", "services")


def by_item(read: Sequence[tuple[int, str, Details]]) -> list[Details] | None:
    """The details of a list's items, given each clause's (index, punctuation before it,
    details) in the order of the sentence; None where the clauses are no such list."""
    if not any(punct == ";" for _, punct, _ in read[1:]):
        return None
    items: list[list[Details]] = []
    last = None
    for index, punct, details in read:
        if not items or punct in _ITEM_ENDS or last is None or index != last + 1:
            items.append([])
        items[-1].append(details)
        last = index
    merged = [m for m in (_merge(group) for group in items) if not m.empty]
    if len(merged) < 2 or any(len(getattr(m, k)) > 1 for m in merged for k in _KINDS):
        return None
    return merged
