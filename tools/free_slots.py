"""Free slots around the asked day, fetched in one concurrent round, and the alternatives a call
offers from them.

One GET /v2/slots per candidate event type covers the asked day and the following days, so the
asked time and its alternatives come from the same answer and a hold can follow immediately.
Callers asking about the same days ask the same question (it starts at the minute, not the
second), so the Cal.com client's gate can answer them together. Alternatives to a time Cal.com
would not hold are asked fresh: never from a kept answer, which may be what was wrong.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from calendar_adapter.backend import CalendarBackend, CalendarError, Offering
from calendar_adapter.budget import fresh_slot_answers
from calendar_adapter.salon import SalonFile
from tools.session import SlotRef
from tools.views import slot_view

if TYPE_CHECKING:
    from tools.session import CallSession

DAYS_AHEAD = 7
MAX_ALTERNATIVES = 3


@dataclass(frozen=True)
class FreeSlot:
    offering: Offering
    start: datetime  # UTC


async def fetch_free(
    backend: CalendarBackend,
    salon: SalonFile,
    offerings: Iterable[Offering],
    day: date,
    now: datetime,
    days: int = DAYS_AHEAD,
) -> list[FreeSlot]:
    """Free slots of every offering from the asked day (not before now) over `days` days.
    Raises the calendar's error only when no offering could be asked at all."""
    offerings = list(offerings)
    start = max(
        datetime.combine(day, time(0), tzinfo=salon.tz), now.replace(second=0, microsecond=0)
    )
    end = datetime.combine(day + timedelta(days=days), time(0), tzinfo=salon.tz)
    answers = await asyncio.gather(
        *(backend.get_slots(o.event_type_id, start, end) for o in offerings),
        return_exceptions=True,
    )
    free: list[FreeSlot] = []
    errors: list[BaseException] = []
    for offering, answer in zip(offerings, answers, strict=True):
        if isinstance(answer, BaseException):
            if not isinstance(answer, CalendarError):
                raise answer
            errors.append(answer)
            continue
        free += [FreeSlot(offering, s) for s in answer if s > now]
    if errors and len(errors) == len(offerings):
        raise errors[0]
    return free


async def fetch_fresh(
    backend: CalendarBackend,
    salon: SalonFile,
    offerings: Iterable[Offering],
    day: date,
    now: datetime,
) -> list[FreeSlot]:
    """`fetch_free`, asked of Cal.com itself (after it refused a time a kept answer showed)."""
    with fresh_slot_answers():
        return await fetch_free(backend, salon, offerings, day, now)


def nearest(
    free: Iterable[FreeSlot],
    salon: SalonFile,
    day: date,
    target: datetime | None,
    exclude: Iterable[datetime] = (),
    limit: int = MAX_ALTERNATIVES,
) -> list[FreeSlot]:
    """Up to `limit` slots at distinct times: the asked day first (closest to the asked time,
    else earliest), then the following days (closest to the asked time of day, else earliest)."""
    tz = salon.tz
    excluded = set(exclude)
    target_minutes = None
    if target is not None:
        t = target.astimezone(tz)
        target_minutes = t.hour * 60 + t.minute

    def key(slot: FreeSlot) -> tuple:
        loc = slot.start.astimezone(tz)
        minutes = loc.hour * 60 + loc.minute
        distance = abs(minutes - target_minutes) if target_minutes is not None else minutes
        return (loc.date() != day, loc.date(), distance, minutes)

    chosen: list[FreeSlot] = []
    seen: set[datetime] = set()
    for slot in sorted(free, key=key):
        if slot.start in excluded or slot.start in seen:
            continue
        seen.add(slot.start)
        chosen.append(slot)
        if len(chosen) == limit:
            break
    return chosen


# -- what a call offers -------------------------------------------------------------------------


def offerings_for(
    session: CallSession,
    service_slug: str,
    wanted_stylist: int | None,
    among: frozenset[int] = frozenset(),
) -> list[Offering]:
    """The event types that can serve the asked service (by the wanted stylist, if any, or by
    one of `among` when the caller wished for one of several: "eine der Damen")."""
    catalog = session.catalog
    if wanted_stylist is not None:
        offering = catalog.offering(wanted_stylist, service_slug)
        return [offering] if offering else []
    return [
        o
        for o in catalog.offerings
        if o.service_slug == service_slug and (not among or o.stylist_user_id in among)
    ]


def register(
    session: CallSession,
    free: FreeSlot,
    wanted_stylist: int | None,
    person: str | None = None,
    among: frozenset[int] = frozenset(),
) -> tuple[str, SlotRef]:
    """Give a free slot its opaque id in this call."""
    o = free.offering
    ref = SlotRef(
        event_type_id=o.event_type_id,
        start=free.start,
        end=free.start + timedelta(minutes=o.minutes),
        stylist_user_id=o.stylist_user_id,
        service_slug=o.service_slug,
        wanted_stylist=wanted_stylist,
        among=among,
    )
    return session.register_slot(ref, person=person), ref


def offer(
    session: CallSession,
    free: list[FreeSlot],
    day: date,
    target: datetime | None,
    wanted_stylist: int | None,
    *,
    exclude: tuple[datetime, ...] = (),
    person: str | None = None,
    among: frozenset[int] = frozenset(),
) -> list[dict]:
    """The nearest free slots as alternatives the caller can pick by slot id."""
    views = []
    for slot in nearest(free, session.deps.salon, day, target, exclude=exclude):
        slot_id, ref = register(session, slot, wanted_stylist, person, among)
        views.append(slot_view(session, slot_id, ref))
    return views


async def fresh_alternatives(
    session: CallSession, slot: SlotRef, *, same_too: bool = False, person: str | None = None
) -> list[dict]:
    """Alternatives around a slot that could not be had (same constraint as when offered).
    Best effort: an unreachable calendar gives none rather than an error."""
    deps = session.deps
    day = slot.start.astimezone(deps.salon.tz).date()
    offerings = offerings_for(session, slot.service_slug, slot.wanted_stylist, slot.among)
    try:
        free = await fetch_fresh(deps.backend, deps.salon, offerings, day, deps.clock.now())
    except CalendarError:
        return []
    exclude = () if same_too else (slot.start,)
    return offer(
        session,
        free,
        day,
        slot.start,
        slot.wanted_stylist,
        exclude=exclude,
        person=person,
        among=slot.among,
    )


def in_window(free: Iterable[FreeSlot], window: tuple[datetime, datetime]) -> list[FreeSlot]:
    """The slots starting inside a window of start times the caller gave ("nachmittags",
    "gegen drei", "ab 15 Uhr"; both ends included)."""
    start, end = window
    return [slot for slot in free if start <= slot.start <= end]
