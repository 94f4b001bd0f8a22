"""One call's dealings with the calendar: its holds, its slot ids, what it booked, its timeline.

A call may hold several appointments at once, one per person it books for (the caller, and e.g.
their son). A hold is written to the ledger before its reservation request leaves (`reserving`),
so even a reservation whose answer is lost is known and bounded; it is kept alive while the
caller decides (extended before it runs out, placed again if it lapsed and the slot is still
free) and released when the call ends, however it ends. A release Cal.com does not confirm goes
to the ledger's release outbox and is retried. A fence (the slot of a booking request whose
answer was lost, held again so that request cannot land unseen) outlives the call until that
request is settled.
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

from calendar_adapter import booking_outcome, releases
from calendar_adapter.backend import (
    NOT_DONE,
    Booking,
    CalendarError,
    Catalog,
    GaveWayError,
    NotFoundError,
    Reservation,
    SlotHeldByOtherError,
    SlotUnavailableError,
)
from calendar_adapter.budget import give_way
from calendar_adapter.ledger import Appointment, AppointmentState, IllegalTransitionError
from calendar_adapter.privacy import mask_phone
from tools.call_lock import CallLock
from tools.deps import BookingDeps
from tools.line import CallLine
from tools.phone import normalize_phone

EXTEND_WHEN_LEFT = timedelta(seconds=60)
T = TypeVar("T")
DEFAULT_KEEPALIVE_SECONDS = 15.0
# Words that mean the caller themself when the model names whom an appointment is for.
_SELF = {"ich", "mich", "mir", "selbst", "anrufer", "anruferin", "me", "myself", "caller"}


@dataclass(frozen=True)
class SlotRef:
    """What an opaque slot id stands for. `wanted_stylist` is the caller's constraint when the
    slot was offered (None: any stylist), and `among` the stylists one of whom was wished for
    ("eine der Damen"; empty: no such limit), so fresh alternatives respect them."""

    event_type_id: int
    start: datetime
    end: datetime
    stylist_user_id: int
    service_slug: str
    wanted_stylist: int | None = None
    among: frozenset[int] = frozenset()

    def same_slot(self, other: SlotRef) -> bool:
        return self.event_type_id == other.event_type_id and self.start == other.start

    def overlaps(self, other: SlotRef) -> bool:
        """Both need the same stylist at overlapping times: one cannot be held beside the other."""
        return (
            self.stylist_user_id == other.stylist_user_id
            and self.start < other.end
            and other.start < self.end
        )


@dataclass
class Hold:
    slot_id: str
    slot: SlotRef
    appointment_id: int
    reservation_uid: str
    until: datetime
    person: str | None = None  # whom it is for, as the model named them; None: the caller
    guards: int | None = None  # the appointment whose lost booking request this hold fences


@dataclass(frozen=True)
class LostRequest:
    """A booking request whose answer was lost and that Cal.com did not show when asked. It may
    still land until the lost-request horizon has passed; the call looks for it again before its
    next booking and when it ends, and the process's upkeep after that."""

    appointment_id: int
    request_id: str
    slot: SlotRef
    person: str | None = None


@dataclass(frozen=True)
class LandedMove:
    """A lost move of this call that Cal.com carried out after all, learnt later in the call
    (`CallSession.settle_lost_requests`): the retired row (the old time) and the move's row
    (the new booking), as the ledger has them now. The caller is told by code, once
    (`tools.booking`)."""

    old: Appointment | None
    new: Appointment


@dataclass(frozen=True)
class UnmovedMove:
    """A lost move of this call settled not moved later in the call, while Cal.com shows the
    old booking accepted and unmoved (`booking_outcome.resolve_lost_move`): another accepted
    booking of the stylist (`taken_by`) holds the new time, or (None) its horizon has passed.
    `old`: the old row, which stands; `move`: the move's row, failed. The caller is told by
    code, once (`tools.booking`)."""

    old: Appointment
    move: Appointment
    taken_by: str | None


class HoldLostError(Exception):
    """The hold lapsed and the slot has been taken meanwhile."""

    def __init__(self, hold: Hold):
        super().__init__(f"hold on slot {hold.slot_id} lapsed and the slot is gone")
        self.hold = hold


def person_key(person: str | None) -> str | None:
    """Whom a hold is for, comparable: None for the caller themself."""
    if person is None:
        return None
    key = " ".join(person.casefold().split())
    return None if not key or key in _SELF else key


class CallSession:
    def __init__(
        self,
        deps: BookingDeps,
        *,
        caller_phone: str | None,
        mode: str,
        call_id: str | None = None,
        keepalive_seconds: float | None = DEFAULT_KEEPALIVE_SECONDS,
        line: CallLine | None = None,
        language: str = "de",
    ):
        self.deps = deps
        # The caller's language, for the sentences code composes in it ("de" or "en").
        self.language = "en" if language == "en" else "de"
        self.line = line  # what can be done to the call itself (hang up, transfer); None: nothing
        self.call_id = call_id or f"call-{uuid.uuid4()}"
        self.caller_phone = normalize_phone(caller_phone) if caller_phone else None
        if caller_phone and self.caller_phone is None:
            logger.warning(
                "call {}: caller number {} is not E.164; treated as unknown",
                self.call_id,
                mask_phone(caller_phone),
            )
        self.mode = mode
        # Tool calls and the keep-alive take turns: a hold is never extended while it is booked;
        # the keep-alive gives way to a tool rather than wait for Cal.com's budget holding it.
        self.lock = CallLock()
        self._keepalive_seconds = keepalive_seconds
        self._keepalive: asyncio.Task | None = None
        self._catalog: Catalog | None = None
        self._slots: dict[str, SlotRef] = {}
        self._offered_for: dict[str, str | None] = {}  # slot id -> person it was offered for
        self._refs: dict[str, str] = {}  # appointment ref -> booking uid
        self._holds: dict[str | None, Hold] = {}  # person key -> the hold chosen for them
        self._guards: dict[int, Hold] = {}  # lost request's appointment id -> its fence
        # appointment id -> (reservation uid, until) the keep-alive last put off (logged once)
        self._put_off: dict[int, tuple[str, datetime]] = {}
        self.lost: dict[int, LostRequest] = {}  # appointment id -> a request not yet settled
        self.booked: list[str] = []
        self.cancelled: list[str] = []
        self.moved: list[tuple[str, str]] = []
        self.moves_landed: list[LandedMove] = []  # lost moves that landed later in the call
        self.moves_not_made: list[UnmovedMove] = []  # lost moves settled not moved later on
        self.cancel_unknown: list[str] = []  # cancels sent whose outcome nobody could learn
        self.name_misses = 0  # names given that were not the name on the booking
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
    def keepalive(self) -> asyncio.Task | None:
        """The keep-alive's task while the call runs (None without one)."""
        return self._keepalive

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
        """Run calendar work that must not be cut off by a hang-up or an interruption: its
        outcome is recorded even if the caller of this is cancelled, and `end` waits for it."""
        return await asyncio.shield(self.start_to_completion(work))

    def start_to_completion(self, work: Coroutine[Any, Any, T]) -> asyncio.Task[T]:
        """`run_to_completion`'s task, for a caller that shields it itself (the tool wiring,
        which also tracks it): one task for the work, whoever waits for it."""
        task = asyncio.ensure_future(work)
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        return task

    async def _finish(self, reason: str) -> None:
        if self._keepalive is not None:
            self._keepalive.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._keepalive
        if self._in_flight:
            await asyncio.gather(*self._in_flight, return_exceptions=True)
        async with self.lock:  # let an in-flight tool call finish first
            if self.lost:
                await self.settle_lost_requests(caller_gone=True)
            for hold in [*self._holds.values(), *self._guards.values()]:
                if hold.guards in self.lost:
                    await self.log(
                        "fence_handed_over",
                        appointment_id=hold.appointment_id,
                        guards=hold.guards,
                        reservation_uid=hold.reservation_uid,
                    )
                else:
                    await self.release(hold, reason=f"call ended: {reason}")
            self._holds.clear()
            self._guards.clear()
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

    def register_slot(self, slot: SlotRef, *, person: str | None = None) -> str:
        """The opaque id of a slot in this call (the same slot keeps its id); remembers whom it
        was last offered for."""
        slot_id = next((sid for sid, known in self._slots.items() if known == slot), None)
        if slot_id is None:
            slot_id = "s-" + secrets.token_hex(3)
            while slot_id in self._slots:
                slot_id = "s-" + secrets.token_hex(3)
            self._slots[slot_id] = slot
        self._offered_for[slot_id] = person
        return slot_id

    def slot(self, slot_id: str) -> SlotRef | None:
        return self._slots.get(slot_id)

    def offered_for(self, slot_id: str) -> str | None:
        return self._offered_for.get(slot_id)

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

    @property
    def holds(self) -> list[Hold]:
        """What the caller holds now, one per person, in the order chosen."""
        return list(self._holds.values())

    def hold_of(self, person: str | None) -> Hold | None:
        return self._holds.get(person_key(person))

    def hold_for(self, slot_id: str) -> Hold | None:
        """The live hold (of any person) on this slot, under this id or another for the same
        slot."""
        slot = self._slots.get(slot_id)
        if slot is None:
            return None
        return next((h for h in self._holds.values() if h.slot.same_slot(slot)), None)

    async def hold(self, slot_id: str, person: str | None = None) -> Hold:
        """Hold the slot for `person` (None: the caller), replacing that person's earlier hold:
        the new one is placed first and the old one let go only once it stands, so a refused
        reserve never leaves the caller with nothing. (Only an old hold that overlaps the new
        slot at the same stylist goes first: Cal.com would refuse the new one beside it.)
        Raises SlotUnavailableError / SlotHeldByOtherError / CalendarError from the calendar."""
        slot = self._slots[slot_id]
        key = person_key(person)
        old = self._holds.get(key)
        if old is not None and old.slot.same_slot(slot):
            return await self.ensure_alive(old)
        if old is not None and old.slot.overlaps(slot):
            await self.let_go(old, reason="caller chose another time")
            old = None
        new = await self.place_hold(slot_id, person)
        if old is not None:
            await self.let_go(old, reason="caller chose another time")
        return new

    async def place_hold(
        self, slot_id: str, person: str | None = None, *, guards: int | None = None
    ) -> Hold:
        """Reserve the slot in Cal.com, written to the ledger before the request leaves, and
        make it `person`'s hold. Raises the calendar's error when it could not be held."""
        slot = self._slots[slot_id]
        person = person if person_key(person) is not None else None
        deps = self.deps
        row = await deps.ledger.add_reserving(
            call_id=self.call_id,
            event_type_id=slot.event_type_id,
            stylist_user_id=slot.stylist_user_id,
            service_slug=slot.service_slug,
            start=slot.start,
            end=slot.end,
            caller_phone=self.caller_phone,
            until=self.orphan_bound(),
            for_person=person,
            guards_id=guards,
        )
        reservation = await self._reserve(row, slot, renewing=False)
        return await self._chosen(row, slot_id, reservation, person, guards, "hold_placed")

    async def hold_unanswered(self, row: Appointment, slot_id: str) -> Hold:
        """Ask again for a hold whose reservation request went unanswered (its row is still
        `reserving`, e.g. a renewal that timed out). Whether Cal.com made that reservation is
        unknown, and its uid was never learnt, so no booking could name it: the slot is
        reserved anew for the same row. Raises the calendar's error; see `_reserve` for what
        the row becomes then."""
        # Written before the request leaves: should its answer be lost too, a reservation it
        # made could live until this later bound, and that is what the caller is told and
        # `status` shows. A refusal made nothing, so the earlier bound is put back.
        earlier = row.reservation_until
        bound = max(earlier or self.orphan_bound(), self.orphan_bound())
        row = await self.deps.ledger.bound_reserving(row.id, until=bound) or row
        try:
            reservation = await self._reserve(
                row, self._slots[slot_id], renewing=True, unanswered=True
            )
        except NOT_DONE:
            if earlier is not None:
                await self.deps.ledger.bound_reserving(row.id, until=earlier)
            raise
        person = row.for_person if person_key(row.for_person) is not None else None
        return await self._chosen(row, slot_id, reservation, person, row.guards_id, "hold_renewed")

    async def _chosen(
        self,
        row: Appointment,
        slot_id: str,
        reservation: Reservation,
        person: str | None,
        guards: int | None,
        kind: str,
    ) -> Hold:
        """A reservation Cal.com answered, made `person`'s hold and logged."""
        slot = self._slots[slot_id]
        hold = Hold(
            slot_id,
            slot,
            row.id,
            reservation.uid,
            reservation.until,
            person=person,
            guards=guards,
        )
        self._holds[person_key(person)] = hold
        await self.log(
            kind,
            appointment_id=row.id,
            slot_id=slot_id,
            event_type_id=slot.event_type_id,
            start=slot.start.isoformat(),
            reservation_uid=reservation.uid,
            until=reservation.until.isoformat(),
            **({"for_person": person} if person else {}),
            **({"guards": guards} if guards else {}),
        )
        return hold

    def orphan_bound(self) -> datetime:
        """The latest a reservation asked for now could live if its answer were lost: Cal.com
        may carry the request out until the lost-request horizon, and it holds first_hold."""
        deps = self.deps
        return deps.clock.now() + deps.lost_request_horizon + timedelta(minutes=deps.first_hold)

    async def _reserve(
        self, row: Appointment, slot: SlotRef, *, renewing: bool, unanswered: bool = False
    ) -> Reservation:
        """Send the reservation for a `reserving` row and record the answer: held; refused (a new
        row withdrawn, a renewed one expired); or lost (the row stays, bounded, for status,
        reconcile and the upkeep). `unanswered`: the row's earlier request got no answer, so a
        reservation of its own may stand in Cal.com and be what refuses this one; the row then
        stays `reserving` (bounded) unless the slot is booked (no reservation can stand then)."""
        deps = self.deps
        try:
            reservation = await deps.backend.reserve_slot(
                slot.event_type_id, slot.start, reservation_minutes=deps.first_hold
            )
        except NOT_DONE as exc:
            booked = isinstance(exc, SlotUnavailableError) and not isinstance(
                exc, SlotHeldByOtherError
            )
            if unanswered and not booked:
                await self.log(
                    "hold_refused", appointment_id=row.id, error=repr(exc), unanswered=True
                )
            elif renewing:
                await deps.ledger.transition(
                    row.id, AppointmentState.EXPIRED, error=f"hold lapsed; {exc}"
                )
            else:
                await deps.ledger.withdraw_reserving(row.id)
            raise
        except BaseException as exc:
            if not isinstance(exc, asyncio.CancelledError):
                await self.log(
                    "hold_answer_lost",
                    appointment_id=row.id,
                    start=slot.start.isoformat(),
                    until=(row.reservation_until or self.orphan_bound()).isoformat(),
                    error=repr(exc),
                )
            raise
        try:
            await deps.ledger.transition(
                row.id,
                AppointmentState.HELD,
                reservation_uid=reservation.uid,
                reservation_until=reservation.until,
            )
        except BaseException:
            with contextlib.suppress(Exception):  # best effort: the ledger itself failed
                await releases.release(
                    deps.backend,
                    deps.ledger,
                    deps.clock,
                    reservation_uid=reservation.uid,
                    call_id=self.call_id,
                    appointment_id=row.id,
                    until=reservation.until,
                    reason="the hold could not be recorded",
                )
            raise
        return reservation

    def reattach(self, hold: Hold) -> None:
        """A hold detached for a booking that never left is the caller's again."""
        self._holds[person_key(hold.person)] = hold

    def detach(self, hold: Hold) -> None:
        """The hold is being turned into a booking (or is let go): no longer ours to extend or
        release."""
        for key, known in list(self._holds.items()):
            if known is hold:
                del self._holds[key]
        if hold.guards is not None and self._guards.get(hold.guards) is hold:
            del self._guards[hold.guards]

    async def let_go(self, hold: Hold, *, reason: str) -> None:
        """The caller no longer wants this hold (declined, or chose another). A fence whose lost request is unsettled stays,
        as a guard only; anything else is released."""
        self.detach(hold)
        if hold.guards in self.lost:
            self._guards[hold.guards] = hold  # type: ignore[index]
            return
        await self.release(hold, reason=reason)

    async def release(self, hold: Hold, *, reason: str) -> bool:
        """Free the slot in Cal.com and record it (released, or expired if it lapsed); the hold is
        no longer this call's. A release Cal.com did not answer is queued in the outbox (False)."""
        self.detach(hold)
        return await releases.release(
            self.deps.backend,
            self.deps.ledger,
            self.deps.clock,
            reservation_uid=hold.reservation_uid,
            call_id=self.call_id,
            appointment_id=hold.appointment_id,
            until=hold.until,
            reason=reason,
        )

    async def ensure_alive(self, hold: Hold) -> Hold:
        """Make sure the hold outlives the next step: extend it when it runs out within a
        minute, re-place it when it lapsed and the slot is still free. Raises HoldLostError when
        the slot is gone (the hold is then marked expired)."""
        now = self.deps.clock.now()
        if hold.until - now > EXTEND_WHEN_LEFT:
            return hold
        backend = self.deps.backend
        if hold.until > now:
            try:
                extended = await backend.extend_reservation(
                    hold.reservation_uid, reservation_minutes=self.deps.hold_minutes
                )
            except NotFoundError:
                extended = None
            except GaveWayError:
                raise  # nothing sent: the keep-alive's round ends, the tool that waits goes first
            except CalendarError as e:
                await self.log("error", during="extend_hold", error=str(e))
                return hold  # still valid for now; the next step tries again
            if extended is not None and extended.until > now:
                await self._update(hold, extended, "hold_extended")
                return hold
        return await self._renew(hold)

    async def _renew(self, hold: Hold) -> Hold:
        """Place a lapsed hold again, as a new request: the row goes back to `reserving` first.
        Giving way before the old reservation's release left changes nothing; giving way with
        the new reservation (never sent) ends the hold as lapsed, as a refusal would."""
        backend, ledger = self.deps.backend, self.deps.ledger
        try:
            await backend.release_reservation(hold.reservation_uid)
        except GaveWayError:
            raise
        except CalendarError:
            pass
        row = await ledger.transition(
            hold.appointment_id,
            AppointmentState.RESERVING,
            reservation_until=self.orphan_bound(),
            sent_at=self.deps.clock.now(),
        )
        try:
            renewed = await self._reserve(row, hold.slot, renewing=True)
        except (SlotUnavailableError, SlotHeldByOtherError):
            self.detach(hold)
            await self.log(
                "hold_expired",
                appointment_id=hold.appointment_id,
                slot_taken=True,
                reservation_uid=hold.reservation_uid,
            )
            raise HoldLostError(hold) from None
        except BaseException:
            self.detach(hold)
            raise
        old_uid = hold.reservation_uid
        hold.reservation_uid, hold.until = renewed.uid, renewed.until
        await self.log(
            "hold_renewed",
            appointment_id=hold.appointment_id,
            reservation_uid=renewed.uid,
            previous_reservation_uid=old_uid,
            until=renewed.until.isoformat(),
        )
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
        """On the real clock: every few seconds extend the holds and fences that run out, and
        retry this call's releases Cal.com did not confirm."""
        deps = self.deps
        while True:
            await self.deps.clock.sleep(every)
            await self._keep_holds_alive()
            # Outside the call's lock: the ledger's claims give each release one retrier (the
            # process's upkeep retries them the same way), and no hold of the call changes.
            try:
                await releases.retry_releases(
                    deps.backend, deps.ledger, deps.clock, call_id=self.call_id
                )
            except Exception:
                logger.exception("call {}: retrying releases failed", self.call_id)

    async def _keep_holds_alive(self) -> None:
        """One round of `ensure_alive` over the holds and fences, holding the call's lock (a
        reservation uid changes only between tool calls). While a tool waits for the lock, a
        hold's request that would wait for Cal.com's budget gives way unsent and the round ends:
        the tool goes first (a booking makes sure of its own hold) and the next round goes on.
        Fences (rare: only after a lost request) wait for their turn like any request.
        A hold that was due and is not extended (given way, or Cal.com failed) is put on the
        timeline as `keepalive_gave_way` (`_gave_way`)."""
        async with self.lock.background() as wanted:
            holds = [*self._holds.values(), *self._guards.values()]
            for i, hold in enumerate(holds):
                due = self._due(hold)
                before = hold.until
                # A fence never gives way: a renewal that gave way after its release left would
                # drop it, and the lost request it fences could then still be carried out.
                with give_way(None if hold.guards is not None else wanted):
                    try:
                        await self.ensure_alive(hold)
                    except GaveWayError as e:
                        logger.info("call {}: keep-alive gave way to a tool: {}", self.call_id, e)
                        for put_off in [hold, *(h for h in holds[i + 1 :] if self._due(h))]:
                            await self._gave_way(put_off, "gave way to a tool waiting for Cal.com")
                        return
                    except HoldLostError:
                        continue
                    except Exception as e:
                        logger.exception("call {}: keep-alive failed", self.call_id)
                        await self._gave_way(hold, f"error: {e!r}")
                        continue
                if due and hold.until == before and self._due(hold):
                    await self._gave_way(hold, "Cal.com did not extend it (error)")

    def _due(self, hold: Hold) -> bool:
        """The keep-alive would send something for this hold now (it runs out within a minute,
        or lapsed)."""
        return hold.until - self.deps.clock.now() <= EXTEND_WHEN_LEFT

    async def _gave_way(self, hold: Hold, reason: str) -> None:
        """The keep-alive put a due hold off (load or errors): the hold may lapse at its
        `until`, and the guard then no longer reads it as held (`agent.guard.facts`). Written
        behind like every timeline event (the call does not wait for the ledger); once per
        reservation and end, not once per round."""
        mark = (hold.reservation_uid, hold.until)
        if self._put_off.get(hold.appointment_id) == mark:
            return
        self._put_off[hold.appointment_id] = mark
        await self.log(
            "keepalive_gave_way",
            appointment_id=hold.appointment_id,
            reservation_uid=hold.reservation_uid,
            may_lapse_at=hold.until.isoformat(),
            lapsed=hold.until <= self.deps.clock.now(),
            reason=reason,
            **({"guards": hold.guards} if hold.guards is not None else {}),
        )

    # -- lost booking answers --------------------------------------------------------------

    async def fence(
        self, hold: Hold, *, offered: bool = True, guards: int | None = None
    ) -> Hold | None:
        """Hold the slot of a lost request (a booking or a move) again under a new reservation:
        Cal.com refuses a request whose `reservedSlotUid` is not the slot's earliest live hold,
        so while this fence stands the lost request can no longer be carried out. It outlives
        the call until the request is settled (`fence_handed_over`, the upkeep's
        `keep_fences`). `offered`: the fence is the person's hold on the same slot, to try
        again with (a booking); otherwise a guard only (a move, whose caller heard it is
        open). `guards`: the lost request's row when `hold` is not its own (an earlier fence
        a retry was sent with, `tools.move_retry`). None when it cannot be held again."""
        lost = hold.appointment_id if guards is None else guards
        # Its own reservation first (gone already if the request consumed it).
        await self.release(hold, reason="fence: the lost request's reservation")
        try:
            fence = await self.place_hold(hold.slot_id, hold.person, guards=lost)
        except CalendarError as e:
            await self.log("fence_refused", appointment_id=lost, error=str(e))
            return None
        if not offered:
            self.detach(fence)
            self._guards[lost] = fence
        await self.log(
            "fence_placed", appointment_id=lost, fence_appointment_id=fence.appointment_id
        )
        return fence

    def fence_of(self, appointment_id: int) -> Hold | None:
        """The hold (chosen or kept as a guard) fencing a lost request of this call."""
        chosen = next((h for h in self._holds.values() if h.guards == appointment_id), None)
        return chosen or self._guards.get(appointment_id)

    async def settle_lost_requests(
        self, *, caller_gone: bool = False
    ) -> list[tuple[Booking, str | None]]:
        """Look up this call's lost booking requests once more. One Cal.com shows now is
        recorded (through `booking_outcome`) and its fence released; one Cal.com can no longer
        carry out is recorded failed. With `caller_gone`, the caller must be told later. Returns
        the bookings that landed, each with whom it was for."""
        deps = self.deps
        landed: list[tuple[Booking, str | None]] = []
        for lost in list(self.lost.values()):
            row = await deps.ledger.get(lost.appointment_id)
            if row is None or row.final:
                self.lost.pop(lost.appointment_id, None)
                continue
            try:
                outcome = await self._resolve(row)
            except CalendarError:
                continue  # still cannot tell; the upkeep and reconcile have the request id
            if outcome.row is None:
                continue
            booking = await self._settled(lost, outcome, caller_gone=caller_gone)
            if booking is not None:
                landed.append((booking, lost.person))
        return landed

    async def _resolve(self, row: Appointment) -> booking_outcome.LostMove:
        """A lost request looked up once more: its settled row (None: still open) and, for a
        move settled not moved, whether the old booking stands and what holds the new time.
        The settle time counts from when the request was sent."""
        deps = self.deps
        now, horizon = deps.clock.now(), deps.lost_request_horizon
        settle = timedelta(seconds=deps.lost_answer_settle_seconds)
        if row.rescheduled_from_id is not None:
            return await booking_outcome.resolve_lost_move(
                deps.backend, deps.ledger, row, now=now, horizon=horizon, settle=settle
            )
        settled = await booking_outcome.resolve_lost_request(
            deps.backend, deps.ledger, row, now=now, horizon=horizon, settle=settle
        )
        return booking_outcome.LostMove(settled)

    async def _settled(
        self, lost: LostRequest, outcome: booking_outcome.LostMove, *, caller_gone: bool
    ) -> Booking | None:
        """Record a lost request that is settled now: timeline, fence, what the call booked or
        moved. A lost move that Cal.com carried out is this call's move (`moved`), never a
        booking of its own: returned None, so no booking tool takes it for "the earlier
        booking landed". While the caller is on the line, a lost move settled not moved with
        the old booking standing is kept to be told (`moves_not_made`); every other outcome
        that is no live booking (failed, made then cancelled) has no tool to tell it, and the
        caller heard the salon would get back to them: it leaves a caller notice, as after the
        hang-up."""
        settled = outcome.row
        assert settled is not None
        self.lost.pop(lost.appointment_id, None)
        await self._retire_fence(lost, landed=settled.booking_uid is not None)
        is_move = settled.rescheduled_from_id is not None
        await self.log(
            "booking_resolved",
            appointment_id=lost.appointment_id,
            request_id=lost.request_id,
            outcome=settled.state.value,
            booking_uid=settled.booking_uid,
            via="old booking lookup" if is_move else "request_id lookup",
        )
        if caller_gone:
            await booking_outcome.tell_caller_later(self.deps.ledger, settled)
        if settled.booking_uid is None or settled.state not in (
            AppointmentState.CONFIRMED,
            AppointmentState.PENDING,
        ):
            if not caller_gone and not (
                is_move and outcome.old_stands and await self._move_not_made(outcome)
            ):
                await booking_outcome.tell_caller_later(self.deps.ledger, settled)
            return None
        if is_move:
            await self._move_landed(lost, settled)
            return None
        await self.log(
            "booking_landed_late",
            appointment_id=lost.appointment_id,
            request_id=lost.request_id,
            booking_uid=settled.booking_uid,
            status=settled.booking_status,
        )
        logger.warning(
            "call {}: booking request {} landed after its answer was lost ({})",
            self.call_id,
            lost.request_id,
            settled.booking_uid,
        )
        if settled.state is AppointmentState.CONFIRMED:
            self.booked.append(settled.booking_uid)
        return await self.deps.backend.get_booking(settled.booking_uid)

    async def _move_landed(self, lost: LostRequest, settled: Appointment) -> None:
        """A move whose answer was lost went through after all: the call moved the appointment
        (the ledger has retired the old row and confirmed the new one), as if answered."""
        old = await self.deps.ledger.get(settled.rescheduled_from_id or 0)
        old_uid = old.booking_uid if old is not None else None
        assert settled.booking_uid is not None
        if old_uid is not None:
            self.moved.append((old_uid, settled.booking_uid))
        self.moves_landed.append(LandedMove(old, settled))
        await self.log(
            "rescheduled",
            booking_uid=old_uid,
            new_booking_uid=settled.booking_uid,
            appointment_id=settled.id,
            landed_late=True,
        )
        logger.warning(
            "call {}: move of {} landed after its answer was lost ({})",
            self.call_id,
            old_uid,
            settled.booking_uid,
        )

    async def _move_not_made(self, outcome: booking_outcome.LostMove) -> bool:
        """A lost move settled not moved, the old booking standing, while the caller is on the
        line: kept to be told by the tool that looked (`tools.told_late.moves_not_made`), with
        the old row. False when the ledger has no old row to name (then nothing is kept)."""
        settled = outcome.row
        assert settled is not None
        old = await self.deps.ledger.get(settled.rescheduled_from_id or 0)
        if old is None:
            return False
        self.moves_not_made.append(UnmovedMove(old, settled, outcome.taken_by))
        why = (
            f"the new time is booked by {outcome.taken_by}"
            if outcome.taken_by
            else "it can no longer land"
        )
        await self.log(
            "booking_failed",
            appointment_id=settled.id,
            error=f"not moved: {why}; the old booking stands",
        )
        return True

    async def _retire_fence(self, lost: LostRequest, *, landed: bool) -> None:
        """A lost request is settled: its fence has done its job. A fence the caller still
        chose stays their hold unless the request's booking took the slot."""
        chosen = next((h for h in self._holds.values() if h.guards == lost.appointment_id), None)
        if chosen is not None and not landed:
            chosen.guards = None
            return
        fence = chosen or self._guards.get(lost.appointment_id)
        if fence is not None:
            await self.release(fence, reason="the lost booking request is settled")

    async def supersede_lost(self, slot: SlotRef, booking: Booking) -> None:
        """A booking of this call now stands in the slot of a lost request: that request can
        only be refused by Cal.com from now on (the host is booked), so it is settled failed."""
        for lost in list(self.lost.values()):
            if not lost.slot.same_slot(slot):
                continue
            with contextlib.suppress(IllegalTransitionError):
                await booking_outcome.record_request_missing(
                    self.deps.ledger,
                    await self._row(lost.appointment_id),
                    why=f"superseded: booking {booking.uid} of this call holds the slot now",
                )
            self.lost.pop(lost.appointment_id, None)
            guard = self._guards.pop(lost.appointment_id, None)
            if guard is not None:
                await self.release(guard, reason="the lost request is superseded")
            await self.log(
                "booking_resolved",
                appointment_id=lost.appointment_id,
                request_id=lost.request_id,
                outcome=AppointmentState.FAILED.value,
                via=f"superseded by {booking.uid}",
            )

    async def _row(self, appointment_id: int) -> Appointment:
        row = await self.deps.ledger.get(appointment_id)
        if row is None:
            raise IllegalTransitionError(appointment_id, None, AppointmentState.FAILED)
        return row

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
