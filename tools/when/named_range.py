"""A stretch of days the caller names by its ends ("zwischen Dienstag und Donnerstag", "von
Dienstag bis Donnerstag", "Tuesday through Thursday", "bis Freitag", "spätestens übermorgen"):
any day in it suits the caller, so it is offered, never answered with one of its days, even when
only one of them is still open (a weekend, "am Wochenende", is that open day: it names no ends).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.when.days import DayTerm

_ENDS = re.compile(r"\b(?:bis|zwischen|between|through|thru|till|until|to|spaetestens|by)\b")


def ends_named(terms: Iterable[DayTerm]) -> bool:
    """A stretch of days said by its ends among `terms`: offered, never one day of it."""
    return any(t.span and (t.until or bool(_ENDS.search(t.text))) for t in terms)
