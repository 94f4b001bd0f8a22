"""What must be true after every replayed call, whatever its file expects.

- a `confirmed` appointment is an accepted booking in the calendar, at its start, with its
  stylist and service;
- the ledger and the calendar agree on every appointment the call touched, and every booking
  the call made is known to the ledger (or honestly `unknown`, for reconcile);
- no hold is left, in the calendar or in the ledger, beyond those the file expects;
- nothing the caller heard claims a booking while no booking of theirs was confirmed;
- every timeline kind the call wrote is a known one.
"""

from __future__ import annotations

import asyncio
from typing import Any

from agent.replay.checks import Check, parse_api_time, slot_matches
from agent.replay.claims import booking_claims
from agent.replay.loader import LoadedReplay
from agent.replay.names import CalendarNames
from agent.replay.record import CallRecord, TurnRecord
from agent.replay.spec import HoldExpect
from agent.replay.vocabulary import timeline_kinds
from calendar_adapter.ledger import AppointmentState
from tools.phone import normalize_phone

S = AppointmentState
WHERE = "invariant"

# What the calendar shows for a booking the ledger has in this state. A move cancels the old
# booking in Cal.com (marked rescheduled) and makes a new one.
CALENDAR_STATUS: dict[AppointmentState, frozenset[str]] = {
    S.CONFIRMED: frozenset({"accepted"}),
    S.PENDING: frozenset({"pending"}),
    S.CANCELLED: frozenset({"cancelled", "rejected"}),
    S.RESCHEDULED: frozenset({"cancelled"}),
}
# States saying the appointment is not booked: Cal.com must not hold a live booking for them.
NOT_BOOKED = frozenset({S.FAILED, S.RELEASED, S.EXPIRED})
LIVE = frozenset({"accepted", "pending"})


async def check_invariants(
    replay: LoadedReplay, record: CallRecord, rt: Any, names: CalendarNames
) -> list[Check]:
    if record.call_id is None:
        return []  # the call never started; reported as such elsewhere
    ledger = rt.ledger
    timeline = await ledger.timeline(record.call_id)
    rows = await touched_appointments(ledger, record.call_id, timeline)
    bookings = await asyncio.to_thread(rt.sandbox.bookings)
    holds = await asyncio.to_thread(rt.sandbox.active_reservations)
    expected_holds = replay.spec.expect.calendar.holds if replay.spec.expect.calendar else []
    return [
        confirmed_are_booked(rows, bookings, names),
        ledger_agrees_with_calendar(record.call_id, rows, bookings, names),
        no_hold_left(replay, names, rows, holds, record.foreign_hold_uids, expected_holds),
        heard_claims_are_true(record, names, replay.spec.caller, replay.spec.language),
        known_timeline_kinds([e.kind for e in timeline]),
    ]


async def touched_appointments(ledger: Any, call_id: str, timeline: list[Any]) -> list[Any]:
    """The call's appointments, and those of other calls whose bookings it named."""
    rows = {a.id: a for a in await ledger.appointments_for_call(call_id)}
    for event in timeline:
        for key, value in event.data.items():
            if key.endswith("booking_uid") and isinstance(value, str):
                row = await ledger.find_by_booking_uid(value)
                if row is not None:
                    rows.setdefault(row.id, row)
    return sorted(rows.values(), key=lambda a: a.id)


def confirmed_are_booked(rows: list[Any], bookings: list[dict], names: CalendarNames) -> Check:
    by_uid = {b.get("uid"): b for b in bookings}
    wrong = []
    for a in rows:
        if a.state is not S.CONFIRMED:
            continue
        b = by_uid.get(a.booking_uid)
        row = names.appointment_text(a)
        if b is None:
            wrong.append(f"{row}: no booking {a.booking_uid!r} in the calendar")
            continue
        if b.get("status") != "accepted":
            wrong.append(f"{row}: the calendar has it {b.get('status')}")
        if parse_api_time(b.get("start")) != a.start:
            wrong.append(f"{row}: the calendar has it at {names.local(b.get('start'))}")
        hosts = [h.get("id") for h in b.get("hosts") or []]
        if b.get("eventTypeId") != a.event_type_id or (hosts and a.stylist_user_id not in hosts):
            wrong.append(f"{row}: the calendar has it as {names.booking_text(b)}")
    return Check(
        WHERE,
        "every confirmed appointment is an accepted booking at its time, stylist and service",
        not wrong,
        "; ".join(wrong),
    )


def ledger_agrees_with_calendar(
    call_id: str, rows: list[Any], bookings: list[dict], names: CalendarNames
) -> Check:
    by_uid = {b.get("uid"): b for b in bookings}
    wrong = []
    for a in rows:
        row = names.appointment_text(a)
        if a.state is S.BOOKING:
            wrong.append(f"{row}: a booking request whose outcome was never recorded")
        b = by_uid.get(a.booking_uid) if a.booking_uid else None
        allowed = CALENDAR_STATUS.get(a.state)
        if allowed is not None and a.state is not S.CONFIRMED:  # confirmed: checked above
            if b is None:
                wrong.append(f"{row}: no booking {a.booking_uid!r} in the calendar")
            elif b.get("status") not in allowed:
                wrong.append(f"{row}: the calendar has it {b.get('status')}")
        if a.state in NOT_BOOKED:
            live = [
                x
                for x in bookings
                if x.get("status") in LIVE
                and (
                    (a.booking_uid and x.get("uid") == a.booking_uid)
                    or (a.request_id and _meta(x, "requestId") == a.request_id)
                )
            ]
            wrong += [f"{row}: but the calendar has {names.booking_text(x)}" for x in live]
    known = {a.booking_uid for a in rows if a.booking_uid}
    unknown_requests = {a.request_id for a in rows if a.state is S.UNKNOWN and a.request_id}
    for b in bookings:
        if _meta(b, "callId") != call_id or b.get("status") not in LIVE:
            continue
        mine = next((a for a in rows if a.booking_uid == b.get("uid")), None)
        if mine is not None and b.get("status") in CALENDAR_STATUS.get(mine.state, frozenset()):
            continue
        if mine is None and _meta(b, "requestId") in unknown_requests:
            continue  # the ledger says it does not know: reconcile finds it by request id
        if b.get("uid") not in known:
            wrong.append(f"the call booked {names.booking_text(b)}, the ledger does not know it")
    return Check(
        WHERE,
        "the ledger and the calendar agree on every appointment the call touched",
        not wrong,
        "; ".join(wrong),
    )


def no_hold_left(
    replay: LoadedReplay,
    names: CalendarNames,
    rows: list[Any],
    holds: list[dict],
    foreign: set[str],
    expected: list[HoldExpect],
) -> Check:
    """Holds from `calendar.holds` (another caller's) are not this call's to release."""
    left = []
    for h in holds:
        if h.get("reservationUid") in foreign:
            continue
        offering = names.offering(h.get("eventTypeId"))
        at = parse_api_time(h.get("slotStart"))
        if not any(slot_matches(replay, e, offering, at) for e in expected):
            left.append(f"calendar: {names.hold_text(h)}")
    for a in rows:
        if a.state is not S.HELD:
            continue
        offering = (names.username(a.stylist_user_id) or "", a.service_slug)
        if not any(slot_matches(replay, e, offering, a.start) for e in expected):
            left.append(f"ledger: {names.appointment_text(a)}")
    what = "no hold left after the call" + (" beyond the expected ones" if expected else "")
    return Check(WHERE, what, not left, f"still held: {'; '.join(left)}")


def heard_claims_are_true(
    record: CallRecord, names: CalendarNames, caller: str | None, language: str = "de"
) -> Check:
    """A turn whose words claim a booking needs, when it ended, a confirmed appointment of the
    call, or an accepted booking of the caller's made elsewhere (one the ledger does not hold
    in another state: "Ihr Termin am Freitag steht")."""
    wrong = []
    for turn in record.turns:
        claims = booking_claims(turn.bot_text, language, names.catalog)
        if claims and not _booking_stands(turn, record.call_id, caller):
            rows = "; ".join(names.appointment_text(a) for a in turn.ledger_after)
            wrong.append(
                f"turn {turn.index + 1} said {claims[0]!r}; the ledger had "
                f"{rows or 'no appointment'}"
            )
    return Check(
        WHERE,
        "nothing the caller heard claims a booking that is not confirmed",
        not wrong,
        "; ".join(wrong),
    )


def _booking_stands(turn: TurnRecord, call_id: str | None, caller: str | None) -> bool:
    if any(a.state is S.CONFIRMED for a in turn.ledger_after):
        return True
    phone = normalize_phone(caller) if caller else None
    ledger_uids = {a.booking_uid for a in turn.ledger_after if a.booking_uid}
    return phone is not None and any(
        b.get("status") == "accepted"
        and _meta(b, "callId") != call_id
        and b.get("uid") not in ledger_uids
        and any(normalize_phone(x.get("phoneNumber")) == phone for x in b.get("attendees") or [])
        for b in turn.calendar_after
    )


def known_timeline_kinds(kinds: list[str]) -> Check:
    known = set(timeline_kinds())
    strange = sorted({k for k in kinds if k not in known})
    return Check(
        WHERE,
        "every timeline kind the call wrote is listed in TIMELINE_KINDS",
        not strange,
        f"not listed: {', '.join(strange)} (calendar_adapter/ledger/timeline_kinds.py)",
    )


def _meta(booking: dict, key: str) -> Any:
    return (booking.get("metadata") or {}).get(key)
