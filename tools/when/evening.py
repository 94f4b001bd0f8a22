"""An "Abend" said of a day the salon closes before the evening ("Freitagabend" when Friday closes
at 18:00): the caller's evening and the salon's last hour are not the same thing, so the caller
is asked whether one of the day's last start times suits them, never given a window they did not
say. A day that closes before the part begins at all (Saturday at 14:00) stays "outside".
"""

from __future__ import annotations

from tools.when.times import Part

EVENING_PARTS = frozenset({"evening", "early_evening"})
EVENING_STARTS = 18 * 60  # before this, a salon's closing hour is no evening opening
STEP = 30  # minutes between the offered start times
OFFERED = 2
SLOT = 15  # start times fall on the quarter hour


def last_starts_before_evening(
    parts: list[Part], hours: tuple[int, int], minutes: int
) -> tuple[int, ...]:
    """The day's last start times (minutes after midnight) to offer when an evening part is said
    of a day whose closing time (`hours[1]`) is not in the evening; empty when it does not apply
    (no evening said, an evening opening, or closed before the part begins: outside)."""
    said = [p for p in parts if p.name in EVENING_PARTS]
    if not said or hours[1] > EVENING_STARTS or hours[1] <= said[0].start:
        return ()
    return last_starts(hours, minutes)


def last_starts(hours: tuple[int, int], minutes: int) -> tuple[int, ...]:
    """The day's last start times (minutes after midnight) that leave room for the service."""
    open_, close = hours
    last = (close - max(minutes, 1)) // SLOT * SLOT
    return tuple(t for t in (last - STEP * i for i in reversed(range(OFFERED))) if t >= open_)
