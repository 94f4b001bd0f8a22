"""The replay's calendar: prepared before the call, changed between turns, on the embedded sandbox.

Everything here acts as *someone else* would: a web booker, another caller's hold, an outage. The
agent only ever sees the effects through Cal.com's API.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import httpx
from loguru import logger

from agent.replay.loader import LoadedReplay
from agent.replay.record import CallRecord
from agent.replay.spec import Event, ExternalBookingEvent, Fault, SlotRef

_SLOTS_VERSION = "2024-09-04"
WEB_BOOKER = "Web Booker"  # the attendee name of every external booking (the sandbox's too)


class ReplayCalendar:
    """Applies a replay's calendar setup and events to a running sandbox."""

    def __init__(self, replay: LoadedReplay, sandbox: Any, record: CallRecord):
        self.replay = replay
        self.sb = sandbox
        self.record = record
        self.planned: dict[tuple[int, datetime], str] = {}  # scheduled web bookings, described

    async def event_type_id(self, slot: SlotRef) -> int:
        """The slot's event type, read from the sandbox's store off the event loop."""
        stylist, service = self.replay.refs.offering(slot.stylist, slot.service)
        return await asyncio.to_thread(self.sb.event_type_id, stylist.username, service.slug)

    def describe(self, slot: SlotRef) -> str:
        stylist, service = self.replay.refs.offering(slot.stylist, slot.service)
        at = self.replay.refs.local_text(self.replay.refs.instant(slot.start))
        return f"{service.name} bei {stylist.name} {at}"

    async def prepare(self) -> list[str]:
        """Bookings, holds and faults that exist before the phone rings; returns what was done."""
        done: list[str] = []
        cal = self.replay.spec.calendar
        for b in cal.bookings:
            await asyncio.to_thread(
                self.sb.place_booking,
                await self.event_type_id(b),
                self.replay.refs.instant(b.start),
                name=b.name,
                email=b.email or "kundin@example.com",
                phone=b.phone,
            )
            done.append(f"Kalender: Termin {self.describe(b)} für {b.name}")
        for h in cal.holds:
            uid = await self._reserve(h)
            self.record.foreign_hold_uids.add(uid)
            done.append(f"Kalender: fremde Reservierung {self.describe(h)}")
        for f in cal.faults:
            done.append(self.arm_fault(f))
        return done

    async def apply(self, event: Event) -> str:
        """One event between turns; returns a line for the transcript. A hang-up is the
        runner's business and only described here."""
        if event.external_booking is not None:
            return await self._external_booking(event.external_booking)
        if event.advance is not None:
            # Time passes: every timer due meanwhile (a hold's keep-alive) runs at its moment.
            await self.sb.clock.elapse(event.advance)
            now = self.replay.refs.local(self.sb.clock.now())
            return f"Uhr: +{_duration_text(event.advance)} -> {now:%H:%M:%S}"
        if event.fault is not None:
            return self.arm_fault(event.fault)
        return "Anrufer legt auf"

    def arm_fault(self, f: Fault) -> str:
        faults = self.sb.faults
        if f.latency is not None:
            faults.latency(f.latency.seconds, f.latency.endpoint)
            return f"Störung: {f.latency.seconds:g} s Verzögerung ({f.latency.endpoint or 'alle'})"
        if f.fail_next is not None:
            x = f.fail_next
            faults.fail_next(x.n, x.kind, x.endpoint)
            return f"Störung: die nächsten {x.n} Anfragen ({x.endpoint or 'alle'}) scheitern mit {x.kind}"
        if f.lose_response_after_commit is not None:
            x = f.lose_response_after_commit
            faults.lose_response_after_commit(n=x.n, endpoint=x.endpoint, kind=x.kind)
            return f"Störung: {x.endpoint} wird ausgeführt, die Antwort geht verloren ({x.kind})"
        if f.answer_next is not None:
            x = f.answer_next
            faults.answer_next(x.n, x.kind, x.endpoint)
            what = "Buchungen" if x.endpoint == "POST /v2/bookings" else "Verschiebungen"
            return f"Störung: die nächsten {x.n} {what} werden mit {x.kind} beantwortet"
        faults.timeout_seconds = float(f.timeout_seconds or 0)
        return f"Störung: Timeouts halten {f.timeout_seconds:g} s"

    async def _external_booking(self, ext: ExternalBookingEvent) -> str:
        what = self.describe(ext)
        event_type_id = await self.event_type_id(ext)
        start = self.replay.refs.instant(ext.start)
        if ext.on or ext.at is not None:
            at = self.replay.refs.instant(ext.at) if ext.at is not None else None
            self.sb.faults.external_booking(event_type_id, start, at=at, on=ext.on)
            self.planned[(event_type_id, start)] = what
            when = (
                f"vor der nächsten Anfrage {ext.on}"
                if ext.on
                else f"um {self.replay.refs.local_text(at)}"
            )
            return f"Web-Buchung geplant: {what} {when}"
        try:
            await asyncio.to_thread(
                self.sb.place_booking,
                event_type_id,
                start,
                name=WEB_BOOKER,
                email="web@example.com",
                metadata={"source": "external"},
            )
        except Exception as exc:  # the sandbox refuses a slot that is not free: that is the point
            logger.debug(f"external booking refused: {exc}")
            return f"Web-Buchung {what}: abgelehnt ({_reason(exc)})"
        return f"Web-Buchung {what}: angenommen"

    async def _reserve(self, slot: SlotRef) -> str:
        """Another caller's hold, placed through the API like any other client would."""
        body = {
            "eventTypeId": await self.event_type_id(slot),
            "slotStart": self.replay.refs.instant(slot.start).isoformat().replace("+00:00", "Z"),
        }
        headers = {"Authorization": f"Bearer {self.sb.api_key}", "cal-api-version": _SLOTS_VERSION}
        async with httpx.AsyncClient(base_url=self.sb.url, timeout=10) as http:
            resp = await http.post("/v2/slots/reservations", json=body, headers=headers)
        if resp.status_code != 201:
            raise RuntimeError(
                f"could not place the replay's hold {body}: {resp.status_code} {resp.text}"
            )
        return resp.json()["data"]["reservationUid"]


def _duration_text(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    if seconds % 3600 == 0:
        return f"{seconds // 3600} h"
    if seconds % 60 == 0:
        return f"{seconds // 60} min"
    return f"{seconds} s"


def _reason(exc: Exception) -> str:
    return str(getattr(exc, "message", None) or exc).splitlines()[0][:160]
