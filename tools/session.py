"""One call's dealings with the calendar: its holds, its slot ids, what it booked, its timeline.

A session owns the holds it placed. They are kept alive while the caller decides (extended before
they expire, re-placed if one lapsed and the slot is still free) and released when the call ends,
however it ends: `end()` is idempotent and its cleanup runs shielded from cancellation.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import uuid
from collections.abc import Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from loguru import logger

from calendar_adapter.backend import (
    Booking,
    CalendarError,
    Catalog,
    NotFoundError,
    Reservation,
    SlotHeldByOtherError,
    SlotUnavailableError,
)
from calendar_adapter.ledger import AppointmentState, IllegalTransitionError
from calendar_adapter.privacy import mask_phone
from tools.deps import BookingDeps
from tools.phone import normalize_phone

EXTEND_WHEN_LEFT = timedelta(seconds=60)
T = TypeVar("T")
DEFAULT_KEEPALIVE_SECONDS = 15.0


@dataclass(frozen=True)
class SlotRef:
    """What an opaque slot id stands for. `wanted_stylist` is the caller's constraint when the
    slot was offered (None: any stylist), so fresh alternatives respect it."""

    event_type_id: int
    start: datetime
    end: datetime
    stylist_user_id: int
    service_slug: str
    wanted_stylist: int | None = None


@dataclass
class Hold:
    slot_id: str
    slot: SlotRef
    appointment_id: int
    reservation_uid: str
    until: datetime


@dataclass(frozen=True)
class LostRequest:
    """A booking request whose answer was lost and that Cal.com did not know when asked. It may
    still land; the call looks for it again before its next booking and when it ends."""

    appointment_id: int
    request_id: str
    slot: SlotRef


class HoldLostError(Exception):
    """The hold lapsed and the slot has been taken meanwhile."""

    def __init__(self, hold: Hold):
        super().__init__(f"hold on slot {hold.slot_id} lapsed and the slot is gone")
        self.hold = hold


class SessionEndedError(Exception):
    pass


class CallSession:
    def __init__(
        self,
        deps: BookingDeps,
        *,
        caller_phone: str | None,
        mode: str,
        call_id: str | None = None,
        keepalive_seconds: float | None = DEFAULT_KEEPALIVE_SECONDS,
    ):
        self.deps = deps
        self.call_id = call_id or f"call-{uuid.uuid4()}"
        self.caller_phone = normalize_phone(caller_phone) if caller_phone else None
        if caller_phone and self.caller_phone is None:
            logger.warning(
                "call {}: caller number {} is not E.164; treated as unknown",
                self.call_id,
                mask_phone(caller_phone),
            )
        self.mode = mode
        # Tool calls and the keep-alive take turns: a hold is never extended while it is booked.
        self.lock = asyncio.Lock()
        self._keepalive_seconds = keepalive_seconds
        self._keepalive: asyncio.Task | None = None
        self._catalog: Catalog | None = None
        self._slots: dict[str, SlotRef] = {}
        self._refs: dict[str, str] = {}  # appointment ref -> booking uid
        self._holds: dict[int, Hold] = {}  # appointment id -> a hold not yet booked or released
        self.current_hold: Hold | None = None
        self.booked: list[str] = []
        self.cancelled: list[str] = []
        self.moved: list[tuple[str, str]] = []
        self.lost_requests: list[LostRequest] = []
        self._end_task: asyncio.Task | None = None
        self._in_flight: set[asyncio.Future] = set()
        self.started = False

    # -- lifecycle --------------------------------------------------------------------------

    @property
    def catalog(self) -> Catalog:
        if self._catalog is None:
            raise RuntimeError("CallSession.start() was not awaited")
        return self._catalog

    @property
    def ended(self) -> bool:
        return self._end_task is not None

    async def start(self) -> None:
        self._catalog = await self.deps.backend.get_catalog()
        async with self.deps._sync_lock:
            if not self.deps._catalog_synced:
                await self.deps.ledger.sync_catalog(self._catalog)
                self.deps._catalog_synced = True
        await self.deps.ledger.start_call(
            self.call_id, caller_phone=self.caller_phone, mode=self.mode
        )
        await self.log("call_started", mode=self.mode)
        self.started = True
        if self._keepalive_seconds:
            self._keepalive = asyncio.create_task(self._keep_alive(self._keepalive_seconds))

    async def end(self, reason: str) -> None:
        """Release every hold that did not become a booking, then close the call. Idempotent;
        the cleanup finishes even if the caller of `end` is cancelled."""
        if self._end_task is None:
            self._end_task = asyncio.ensure_future(self._finish(reason))
        await asyncio.shield(self._end_task)

    async def run_to_completion(self, work: Coroutine[Any, Any, T]) -> T:
        """Run a calendar write that must not be cut off by a hang-up or an interruption: its
        outcome is recorded even if the tool call is cancelled, and `end` waits for it."""
        task = asyncio.ensure_future(work)
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        return await asyncio.shield(task)

    async def _finish(self, reason: str) -> None:
        if self._keepalive is not None:
            self._keepalive.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._keepalive
        if self._in_flight:
            await asyncio.gather(*self._in_flight, return_exceptions=True)
        async with self.lock:  # let an in-flight tool call finish first
            if self.lost_requests:
                await self.settle_lost_requests()
            for hold in list(self._holds.values()):
                await self.release(hold, reason=f"call ended: {reason}")
            if self.started:
                await self.log("call_ended", reason=reason)
                await self.deps.ledger.end_call(self.call_id, reason=reason)

    async def __aenter__(self) -> CallSession:
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await self.end("error" if exc_type else "hangup")

    # -- timeline ---------------------------------------------------------------------------

    async def log(self, kind: str, **data) -> None:
        """Timeline entry; a ledger hiccup must not turn into a caller-facing failure."""
        try:
            await self.deps.ledger.log(self.call_id, kind, **data)
        except Exception:
            logger.exception("call {}: could not write timeline event {}", self.call_id, kind)

    # -- slot ids and appointment refs ------------------------------------------------------

    def register_slot(self, slot: SlotRef) -> str:
        for slot_id, known in self._slots.items():
            if known == slot:
                return slot_id
        slot_id = "s-" + secrets.token_hex(3)
        while slot_id in self._slots:
            slot_id = "s-" + secrets.token_hex(3)
        self._slots[slot_id] = slot
        return slot_id

    def slot(self, slot_id: str) -> SlotRef | None:
        return self._slots.get(slot_id)

    def register_booking(self, booking_uid: str) -> str:
        for ref, uid in self._refs.items():
            if uid == booking_uid:
                return ref
        ref = "t-" + secrets.token_hex(3)
        self._refs[ref] = booking_uid
        return ref

    def booking_uid_for(self, ref: str) -> str | None:
        return self._refs.get(ref)

    # -- holds ------------------------------------------------------------------------------

    def hold_for(self, slot_id: str) -> Hold | None:
        """The live hold for this slot id (or for the same slot offered under another id)."""
        hold = self.current_hold
        slot = self._slots.get(slot_id)
        if hold is None or slot is None:
            return None
        same = hold.slot.event_type_id == slot.event_type_id and hold.slot.start == slot.start
        return hold if same else None

    async def place_hold(self, slot_id: str) -> Hold:
        """Reserve the slot in Cal.com and record it as held; becomes the current hold.
        Raises SlotUnavailableError / SlotHeldByOtherError / CalendarError from the calendar."""
        slot = self._slots[slot_id]
        reservation = await self.deps.backend.reserve_slot(
            slot.event_type_id, slot.start, reservation_minutes=self.deps.first_hold
        )
        try:
            appt = await self.deps.ledger.add_held(
                call_id=self.call_id,
                reservation=reservation,
                stylist_user_id=slot.stylist_user_id,
                service_slug=slot.service_slug,
                caller_phone=self.caller_phone,
            )
        except BaseException:
            with contextlib.suppress(Exception):
                await self.deps.backend.release_reservation(reservation.uid)
            raise
        hold = Hold(slot_id, slot, appt.id, reservation.uid, reservation.until)
        self._holds[appt.id] = hold
        self.current_hold = hold
        await self.log(
            "hold_placed",
            appointment_id=appt.id,
            slot_id=slot_id,
            event_type_id=slot.event_type_id,
            start=slot.start.isoformat(),
            reservation_uid=reservation.uid,
            until=reservation.until.isoformat(),
        )
        return hold

    def detach(self, hold: Hold) -> None:
        """The hold is being turned into a booking: no longer ours to extend or release."""
        self._holds.pop(hold.appointment_id, None)
        if self.current_hold is hold:
            self.current_hold = None

    async def release(self, hold: Hold, *, reason: str) -> bool:
        """Free the slot in Cal.com and mark the hold released (expired if it already lapsed).
        False when Cal.com could not be reached: the hold stays ours and is retried at `end`."""
        try:
            await self.deps.backend.release_reservation(hold.reservation_uid)
        except NotFoundError:
            pass
        except CalendarError as e:
            if hold.until > self.deps.clock.now():
                await self.log(
                    "error",
                    during="release_hold",
                    error=str(e),
                    reservation_uid=hold.reservation_uid,
                )
                return False
        lapsed = hold.until <= self.deps.clock.now()
        state = AppointmentState.EXPIRED if lapsed else AppointmentState.RELEASED
        with contextlib.suppress(IllegalTransitionError):
            await self.deps.ledger.transition(
                hold.appointment_id, state, error=reason if lapsed else None
            )
        self.detach(hold)
        await self.log(
            "hold_expired" if lapsed else "hold_released",
            appointment_id=hold.appointment_id,
            reservation_uid=hold.reservation_uid,
            reason=reason,
        )
        return True

    async def release_current(self, *, reason: str) -> Hold | None:
        hold = self.current_hold
        if hold is not None:
            await self.release(hold, reason=reason)
            self.current_hold = None
        return hold

    async def ensure_alive(self, hold: Hold) -> Hold:
        """Make sure the hold outlives the next step: extend it when it runs out within a
        minute, re-place it when it lapsed and the slot is still free. Raises HoldLostError when
        the slot is gone (the hold is then marked expired)."""
        now = self.deps.clock.now()
        if hold.until - now > EXTEND_WHEN_LEFT:
            return hold
        backend, ledger = self.deps.backend, self.deps.ledger
        if hold.until > now:
            try:
                extended = await backend.extend_reservation(
                    hold.reservation_uid, reservation_minutes=self.deps.hold_minutes
                )
            except NotFoundError:
                extended = None
            except CalendarError as e:
                await self.log("error", during="extend_hold", error=str(e))
                return hold  # still valid for now; the next step tries again
            if extended is not None and extended.until > now:
                await self._update(hold, extended, "hold_extended")
                return hold
        with contextlib.suppress(CalendarError):
            await backend.release_reservation(hold.reservation_uid)
        try:
            renewed = await backend.reserve_slot(
                hold.slot.event_type_id, hold.slot.start, reservation_minutes=self.deps.hold_minutes
            )
        except (SlotUnavailableError, SlotHeldByOtherError):
            with contextlib.suppress(IllegalTransitionError):
                await ledger.transition(
                    hold.appointment_id, AppointmentState.EXPIRED, error="hold lapsed; slot taken"
                )
            self.detach(hold)
            await self.log(
                "hold_expired",
                appointment_id=hold.appointment_id,
                slot_taken=True,
                reservation_uid=hold.reservation_uid,
            )
            raise HoldLostError(hold) from None
        await self._update(hold, renewed, "hold_renewed")
        return hold

    async def _update(self, hold: Hold, reservation: Reservation, kind: str) -> None:
        await self.deps.ledger.update_hold(
            hold.appointment_id, reservation_uid=reservation.uid, until=reservation.until
        )
        old_uid = hold.reservation_uid
        hold.reservation_uid, hold.until = reservation.uid, reservation.until
        await self.log(
            kind,
            appointment_id=hold.appointment_id,
            reservation_uid=reservation.uid,
            previous_reservation_uid=old_uid,
            until=reservation.until.isoformat(),
        )

    async def _keep_alive(self, every: float) -> None:
        """On the real clock: look at the holds every few seconds, extend the current one when it
        runs out; any other is one whose release failed (Cal.com unreachable): retry that."""
        while True:
            await asyncio.sleep(every)
            async with self.lock:
                for hold in list(self._holds.values()):
                    try:
                        if hold is self.current_hold:
                            await self.ensure_alive(hold)
                        else:
                            await self.release(hold, reason="release retried")
                    except HoldLostError:
                        pass
                    except Exception:
                        logger.exception("call {}: keep-alive failed", self.call_id)

    # -- lost booking answers --------------------------------------------------------------

    async def settle_lost_requests(self) -> list[Booking]:
        """Look up this call's lost booking requests once more. One that Cal.com committed after
        all is recorded (an `unknown` row resolves; a `failed` one, final, gets a confirmed row
        learned from Cal.com next to it), so the ledger agrees with the calendar. Returns those."""
        landed: list[Booking] = []
        ledger = self.deps.ledger
        for lost in list(self.lost_requests):
            try:
                booking = await self.deps.backend.find_booking_by_request_id(
                    lost.request_id, event_type_id=lost.slot.event_type_id, around=lost.slot.start
                )
            except CalendarError:
                continue  # still cannot tell; reconcile has the request id
            if booking is None or booking.status not in ("accepted", "pending"):
                continue
            self.lost_requests.remove(lost)
            row = await ledger.get(lost.appointment_id)
            if row is not None and row.state is AppointmentState.UNKNOWN:
                state = (
                    AppointmentState.CONFIRMED
                    if booking.status == "accepted"
                    else AppointmentState.PENDING
                )
                await ledger.transition(
                    row.id, state, booking_uid=booking.uid, booking_status=booking.status
                )
            else:
                await ledger.add_confirmed_from_calendar(
                    call_id=self.call_id,
                    booking=booking,
                    caller_phone=self.caller_phone,
                    customer_name=row.customer_name if row else None,
                )
            await self.log(
                "booking_landed_late",
                appointment_id=lost.appointment_id,
                request_id=lost.request_id,
                booking_uid=booking.uid,
                status=booking.status,
            )
            logger.warning(
                "call {}: booking request {} landed after its answer was lost ({})",
                self.call_id,
                lost.request_id,
                booking.uid,
            )
            if booking.status == "accepted":
                self.booked.append(booking.uid)
            landed.append(booking)
        return landed

    # -- ownership --------------------------------------------------------------------------

    async def owns(self, booking: Booking) -> bool:
        """Whether this caller may see and change the booking: an attendee has the caller's
        number, or the ledger recorded it for this caller's number."""
        if not self.caller_phone:
            return False
        if any(normalize_phone(a.phone_number) == self.caller_phone for a in booking.attendees):
            return True
        row = await self.deps.ledger.find_by_booking_uid(booking.uid)
        return row is not None and row.caller_phone == self.caller_phone
