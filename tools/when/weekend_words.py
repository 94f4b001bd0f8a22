"""Which weekend "dieses / nächstes Wochenende", "am Wochenende", "this / next weekend" mean
(README.md, round 28), by the day they are said on:

- in the week (Monday to Friday) "dieses" / "kommendes" / "am" is the coming weekend; "nächstes"
  the coming one or the one after (both offered), and asked between a closed coming Saturday
  (Silvester) and the one after, never the later one alone;
- on a Saturday the salon is still open, "dieses" asks (today, or which day?), "am" offers today's
  and next week's;
- on the weekend once nothing of it is left (Saturday after closing, Sunday) "dieses" is that
  weekend (gone or closed), "am" asks: the weekend just gone or the next; "nächstes" is next
  week's; "kommendes" said on the weekend is next week's.

("übernächstes Wochenende" is the weekend after the coming one: counted in days.py.)
"""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple


class Weekend(NamedTuple):
    days: tuple[date, ...]
    span: bool = True  # a stretch of days, its open ones offered
    vague: bool = False  # no day of it named: asked even with one open day left


def _bookable(day: date, ctx: Any) -> bool:
    if ctx.salon.hours_on(day) is None:
        return False
    return day > ctx.day or (day == ctx.day and ctx.still_open_today())


def weekend_said(
    which: str, whole: tuple[date, date], following: tuple[date, date], ctx: Any
) -> Weekend:
    """The days of this week's weekend `whole` or the next one `following` that `which`
    ("dieses", "naechstes", "am", "this", "next", "" ...) means, said at `ctx`."""
    today = ctx.day
    this = tuple(d for d in whole if d >= today)
    this_left = any(_bookable(d, ctx) for d in this)
    said_this = which in ("dieses", "this")
    if which == "kommendes" and today.weekday() >= 5:  # said on the weekend: the one to come
        return Weekend(following)
    if which in ("naechstes", "next"):
        if today.weekday() >= 5:
            return Weekend(following)
        if not this_left:  # the coming Saturday closed: that one, or the one after? asked
            return Weekend((whole[0], following[0]), span=False)
        return Weekend(this + following)
    if today.weekday() < 5:
        return Weekend(this)
    if this_left:  # a Saturday in opening hours
        return Weekend(this, vague=True) if said_this else Weekend(this + following)
    if said_this:  # the weekend said on itself, nothing of it left: gone or closed
        return Weekend(this)
    return Weekend(this + following, vague=True)
