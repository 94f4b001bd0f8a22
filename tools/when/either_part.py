"""Parts of the day said as alternatives with the choice left to the salon ("Dienstag,
vormittags oder nachmittags, egal", "morning or afternoon, whatever"): no part is wished, so the
whole open day is (README.md, round 28). Without the choice left open ("vormittags oder
nachmittags?") or with a clock time said the parts stay as said (asked)."""

from __future__ import annotations

from collections.abc import Sequence

from tools.when.times import TimeTerm

# the words leaving the choice to the salon ("matter": "doesn't matter")
LEFT_OPEN = frozenset({"egal", "wurscht", "wurst", "whatever", "whichever", "either", "matter"})


def parts_either(terms: Sequence[TimeTerm], left_open: bool) -> bool:
    """Whether `terms` are two or more parts of the day and nothing else, joined by "oder" with
    the choice left open ("egal": `left_open`)."""
    if not left_open or not all(t.kind in ("part", "any") for t in terms):
        return False
    return sum(t.kind == "part" for t in terms) > 1
