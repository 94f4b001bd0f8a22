"""The salon's last open day in or before what the caller names: "am letzten Tag, an dem Sie vor
Weihnachten aufhaben", "am letzten Tag vor Weihnachten, an dem Sie geöffnet haben", "am letzten Tag,
an dem Sie dieses Jahr offen haben", "the last day before Easter you're open". The mirror of
`tools.when.first_open`: the words "letzter Tag" and the opening clause are taken out, what is
between or inside them stays as the anchor ("vor Weihnachten", "dieses Jahr"), and of the days the
anchor names the salon's last open one (from today on) is the day.

Read as they are, "letzten" is not understood and "am letzten Tag vor Weihnachten" alone is the
calendar's day before Christmas (Heiligabend, maybe closed): the words count only with the salon's
opening said with them. A month's or the year's end said so is read before
(`tools.when.month_open_day`, `tools.when.year_open_day`).

Works on normalized text (`tools.when.normalize`).
"""

from __future__ import annotations

import re
from datetime import date

from tools.when.days import Today
from tools.when.first_open import OPEN_CLAUSE, OPEN_CLAUSE_AROUND

_LAST_DAY = (
    r"\b(?:(?:am|den|der|dem|the|on\s+the)\s+)?(?:letzte[nrsm]?|last)\s+"
    r"(?:(?:offenen|open|geoeffneten)\s+)?(?:tag|day)\b"
)
# the year as the anchor, said as a place in time ("in diesem Jahr", "im Jahr"): this year's rest
_THIS_YEAR = re.compile(r"\b(?:in\s+diesem|im|in\s+dem|in\s+this|in\s+the)\s+(?:jahr|year)\b")
_MONTH = re.compile(r"\b(?:monats?|month)\b")
_LAST_OPEN = (
    re.compile(rf"{_LAST_DAY}(?P<between>(?:\s+\S+){{0,4}}?)\s+{OPEN_CLAUSE}"),
    re.compile(rf"{_LAST_DAY}(?P<between>)\s+{OPEN_CLAUSE_AROUND}"),
)


def last_open_day(text: str) -> tuple[str, str] | None:
    """The phrase with its "last day you're open" words taken out (the anchor kept), and those
    words; None when it has none."""
    m = next((m for p in _LAST_OPEN if (m := p.search(text))), None)
    if m is None:
        return None
    inside = m.groupdict().get("inside") or ""
    anchor = _THIS_YEAR.sub("dieses jahr", f"{m['between']} {inside}")
    if _MONTH.search(anchor):  # a month's last open day is `month_open_day`'s (none left: asked)
        return None
    return " ".join(f"{text[: m.start()]} {anchor} {text[m.end() :]}".split()), m[0].strip()


def last_open_of(days: tuple[date, ...], ctx: Today) -> date | None:
    """The salon's last open day among `days` that is still to come (today while still open)."""
    for day in sorted(days, reverse=True):
        if day < ctx.day or (day == ctx.day and not ctx.still_open_today()):
            return None
        if ctx.salon.hours_on(day) is not None:
            return day
    return None
