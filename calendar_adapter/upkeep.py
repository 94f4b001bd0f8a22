"""What the ledger still owes Cal.com after a call, done until it is done.

One pass (`run_once`):
- retries the releases Cal.com did not confirm (the release outbox);
- settles the lost booking requests of calls that are over: looked up by request id, recorded
  when Cal.com has them, failed once Cal.com can no longer carry them out (`booking_outcome`);
  the caller is to be told either way (they heard the outcome was open);
- keeps the fences of those requests alive until then, and releases them after;
- expires `reserving` rows whose reservation, had Cal.com made one, has lapsed by now;
- closes the calls of workers that died (several workers on one ledger) and frees their holds.

`serve` (and the long-running commands) run it in the background (`run_forever`); start-up
recovery runs it once with `after_crash` (no call of the dead process is alive); `reconcile
--release` runs the releases.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from loguru import logger

from . import booking_outcome, releases, workers
from .backend import CalendarBackend, CalendarError, NotFoundError
from .clock import Clock
from .ledger import Appointment, AppointmentState, IllegalTransitionError, Ledger

S = AppointmentState
EXTEND_WHEN_LEFT = timedelta(seconds=60)


class _Calendar(Protocol):
    """What the upkeep is built from: a calendar runtime, or the booking tools' dependencies."""

    backend: CalendarBackend
    ledger: Ledger
    clock: Clock
    hold_minutes: int
    lost_request_horizon: timedelta


@dataclass
class Upkeep:
    backend: CalendarBackend
    ledger: Ledger
    clock: Clock
    hold_minutes: int
    horizon: timedelta

    @classmethod
    def of(cls, calendar: _Calendar) -> Upkeep:
        return cls(
            backend=calendar.backend,
            ledger=calendar.ledger,
            clock=calendar.clock,
            hold_minutes=calendar.hold_minutes,
            horizon=calendar.lost_request_horizon,
        )

    async def run_once(self, *, after_crash: bool = False) -> list[str]:
        """One pass; one line per thing done (or left for later, and why)."""
        lines = await self.recover_dead_workers()
        lines += await self.retry_releases()
        lines += await self.settle_lost_requests(after_crash=after_crash)
        lines += await self.keep_fences()
        lines += await self.expire_reserving()
        return lines

    async def run_forever(self, every: float) -> None:
        """A pass every `every` seconds until cancelled; a failed pass is logged, not fatal.
        The first comes after `every`: at start-up, recovery goes first."""
        while True:
            await asyncio.sleep(every)
            try:
                for line in await self.run_once():
                    logger.info("upkeep: {}", line)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("upkeep pass failed")

    async def close_orphaned_calls(self, *, include_unowned: bool) -> list[str]:
        """End the open calls no live worker runs (`workers.orphaned_calls`)."""
        lines: list[str] = []
        for call in await workers.orphaned_calls(
            self.ledger, self.clock.now(), include_unowned=include_unowned
        ):
            await self.ledger.log(call.call_id, "call_ended", reason="process ended")
            await self.ledger.end_call(call.call_id, reason="process ended")
            lines.append(f"call {call.call_id}: closed (its process ended)")
        return lines

    async def recover_dead_workers(self) -> list[str]:
        """Calls of a worker that died while others run on: closed, their holds freed."""
        lines = await self.close_orphaned_calls(include_unowned=False)
        if lines:
            lines += await self.release_stale_holds()
        return lines

    async def retry_releases(self) -> list[str]:
        return await releases.retry_releases(self.backend, self.ledger, self.clock)

    async def settle_lost_requests(self, *, after_crash: bool = False) -> list[str]:
        lines: list[str] = []
        for row in await self.ledger.lost_requests(ended_calls_only=not after_crash):
            line = await self._settle(row)
            if line:
                lines.append(line)
        return lines

    async def _settle(self, row: Appointment) -> str | None:
        try:
            settled = await booking_outcome.resolve_lost_request(
                self.backend, self.ledger, row, now=self.clock.now(), horizon=self.horizon
            )
        except CalendarError as exc:
            if await self._open(row, f"Cal.com unreachable: {exc}") or row.state is S.UNKNOWN:
                return f"appointment {row.id}: unknown (Cal.com unreachable: {exc})"
            return None
        if settled is None:
            if await self._open(row, "answer lost; Cal.com may still carry it out"):
                return f"appointment {row.id}: unknown (its answer was lost; may still land)"
            return None
        for guard in await self.ledger.guards_of(row.id):
            await self._release(guard, "the lost booking request is settled")
        if settled.state is S.FAILED and row.reservation_uid:
            await self._release(row, "the booking request can no longer land")
        await self.ledger.log(
            row.call_id,
            "booking_resolved",
            appointment_id=row.id,
            request_id=row.request_id,
            outcome=settled.state.value,
            booking_uid=settled.booking_uid,
            via="upkeep",
        )
        await booking_outcome.tell_caller_later(self.ledger, settled)
        status = (
            f" ({settled.booking_status}, {settled.booking_uid})" if settled.booking_uid else ""
        )
        return f"appointment {row.id}: {settled.state.value}{status}"

    async def _open(self, row: Appointment, why: str) -> bool:
        """A `booking` row whose call is over had its answer lost: it is `unknown` now."""
        if row.state is not S.BOOKING:
            return False
        await self.ledger.transition(row.id, S.UNKNOWN, error=why)
        return True

    async def keep_fences(self) -> list[str]:
        """Fences handed over by ended calls: released once their request is settled, extended
        until then (a lapsed one is recorded expired)."""
        lines: list[str] = []
        now = self.clock.now()
        for guard in await self.ledger.handed_over_guards():
            guarded = await self.ledger.get(guard.guards_id or 0)
            if guarded is None or guarded.final or guarded.state not in (S.UNKNOWN, S.BOOKING):
                await self._release(guard, "the lost booking request is settled")
                lines.append(f"appointment {guard.id}: fence released")
            elif guard.reservation_until is None or guard.reservation_until <= now:
                await self._release(guard, "fence lapsed")
            elif guard.reservation_until - now <= EXTEND_WHEN_LEFT:
                await self._extend(guard)
        return lines

    async def _extend(self, guard: Appointment) -> None:
        try:
            extended = await self.backend.extend_reservation(
                guard.reservation_uid or "", reservation_minutes=self.hold_minutes
            )
        except NotFoundError:
            await self._release(guard, "fence gone in Cal.com")
            return
        except CalendarError as exc:
            logger.warning("upkeep: fence {} not extended: {}", guard.id, exc)
            return
        try:
            await self.ledger.update_hold(
                guard.id, reservation_uid=extended.uid, until=extended.until
            )
        except IllegalTransitionError:
            return
        await self.ledger.log(
            guard.call_id,
            "hold_extended",
            appointment_id=guard.id,
            reservation_uid=extended.uid,
            until=extended.until.isoformat(),
            fence=True,
        )

    async def _release(self, hold: Appointment, reason: str) -> None:
        if hold.reservation_uid is None:
            return
        await releases.release(
            self.backend,
            self.ledger,
            self.clock,
            reservation_uid=hold.reservation_uid,
            call_id=hold.call_id,
            appointment_id=hold.id,
            until=hold.reservation_until,
            reason=reason,
        )

    async def expire_reserving(self) -> list[str]:
        lines: list[str] = []
        now = self.clock.now()
        for row in await self.ledger.reserving():
            if row.reservation_until is not None and row.reservation_until > now:
                continue
            try:
                await self.ledger.transition(
                    row.id, S.EXPIRED, error="reservation answer lost; lapsed by now if made"
                )
            except IllegalTransitionError:
                continue
            await self.ledger.log(
                row.call_id, "hold_expired", appointment_id=row.id, reason="answer was lost"
            )
            lines.append(f"appointment {row.id}: lost reservation expired")
        return lines

    async def release_stale_holds(self) -> list[str]:
        """After a crash: the holds of ended calls are dead calls' holds; released, unless one
        fences a request that is not settled yet (kept for `keep_fences`). A hold of a call
        still running (another worker's) is its call's."""
        lines: list[str] = []
        for row in await self.ledger.non_final():
            if row.state is not S.HELD:
                continue
            call = await self.ledger.get_call(row.call_id)
            if call is not None and call.ended_at is None:
                continue
            if row.guards_id is not None:
                guarded = await self.ledger.get(row.guards_id)
                if guarded is not None and guarded.state in (S.UNKNOWN, S.BOOKING):
                    continue
            await self._release(row, "released at start-up (process had died)")
            after = await self.ledger.get(row.id)
            state = after.state.value if after else "?"
            lines.append(f"appointment {row.id}: hold {state}")
        return lines

    async def check_pending(self) -> list[str]:
        """Pending bookings whose salon decided meanwhile."""
        lines: list[str] = []
        for row in await self.ledger.non_final():
            if row.state is not S.PENDING or not row.booking_uid:
                continue
            try:
                booking = await self.backend.get_booking(row.booking_uid)
            except CalendarError:
                continue
            if booking is None:
                continue
            try:
                changed = await booking_outcome.record_calendar_state(
                    self.ledger, row, booking, backend=self.backend
                )
            except IllegalTransitionError:
                continue
            if changed is not None:
                lines.append(f"appointment {row.id}: pending -> {changed.state.value}")
        return lines
