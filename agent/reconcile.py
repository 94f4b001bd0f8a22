"""Bring the ledger in line with Cal.com where the answer is certain; list the rest for a person.

Cal.com is never changed here. Certain: a lost booking response whose request id Cal.com does or
does not know (unknown -> confirmed | failed), a booking cancelled elsewhere (confirmed ->
cancelled), a salon's decision on a pending booking, a hold whose reservation has run out, a
request given up as failed that landed after all (its booking gets a confirmed row of its own).
Everything else (a booking gone without trace, moved to another time, Cal.com unreachable) is
for a person to look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from agent.calendar_check import ACTIVE_BOOKING, Comparison, Verdict, compare, differences
from agent.replay.names import CalendarNames
from calendar_adapter.backend import Booking, CalendarBackend
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger

S = AppointmentState
# A `booking` row younger than this may still be in flight in a running call, and a request whose
# answer was lost may still be committed by Cal.com: neither is certain yet.
IN_FLIGHT_GRACE = timedelta(minutes=2)


@dataclass
class Fix:
    appointment_id: int
    before: str
    after: str
    why: str


@dataclass
class NeedsPerson:
    appointment_id: int
    what: str


@dataclass
class ReconcileReport:
    checked: list[Comparison] = field(default_factory=list)
    fixed: list[Fix] = field(default_factory=list)
    needs_person: list[NeedsPerson] = field(default_factory=list)
    too_early: list[NeedsPerson] = field(default_factory=list)  # to be checked again later
    unreachable: bool = False


async def appointments_to_check(ledger: Ledger, now: datetime) -> list[Appointment]:
    """Every non-final appointment, every confirmed one still to come, and every failed one
    still to come whose lost request may have landed after all; each once."""
    seen: dict[int, Appointment] = {}
    rows = [
        *await ledger.non_final(),
        *await ledger.upcoming_confirmed(now),
        *await ledger.upcoming_failed_with_request(now),
    ]
    for appt in rows:
        seen.setdefault(appt.id, appt)
    return sorted(seen.values(), key=lambda a: a.id)


async def reconcile(
    ledger: Ledger, backend: CalendarBackend, names: CalendarNames, now: datetime
) -> ReconcileReport:
    report = ReconcileReport()
    for appt in await appointments_to_check(ledger, now):
        cmp = await compare(backend, appt, names)
        report.checked.append(cmp)
        if cmp.verdict is Verdict.UNREACHABLE:
            report.unreachable = True
            report.needs_person.append(
                NeedsPerson(appt.id, f"Cal.com nicht erreichbar: {cmp.error}")
            )
            continue
        await _settle(ledger, cmp, names, now, report)
    return report


async def _settle(
    ledger: Ledger, cmp: Comparison, names: CalendarNames, now: datetime, report: ReconcileReport
) -> None:
    appt, booking = cmp.appointment, cmp.booking
    state = S(appt.state)
    label = names.appointment_text(appt)

    async def move(to: AppointmentState, why: str, **fields) -> None:
        await ledger.transition(appt.id, to, **fields)
        await ledger.log(
            appt.call_id,
            "reconciled",
            appointment_id=appt.id,
            before=str(state),
            after=str(to),
            why=why,
        )
        report.fixed.append(Fix(appt.id, str(state), str(to), why))

    if state is S.FAILED:
        if booking is not None and booking.status in ACTIVE_BOOKING:
            await _record_late_landing(ledger, appt, booking, report)
        return
    if state is S.HELD:
        if appt.reservation_until is not None and appt.reservation_until <= now:
            await move(S.EXPIRED, "Reservierung abgelaufen")
        return
    if state is S.BOOKING and now - appt.updated_at < IN_FLIGHT_GRACE:
        return  # a call may be waiting for this very answer
    if state in (S.UNKNOWN, S.BOOKING):
        if booking is None:
            if not appt.request_id:
                report.needs_person.append(
                    NeedsPerson(appt.id, f"{label}: keine Request-ID zum Nachschlagen")
                )
                return
            if now - appt.updated_at < IN_FLIGHT_GRACE:
                # Cal.com may still commit a request whose answer was lost: not certain yet.
                report.too_early.append(
                    NeedsPerson(appt.id, f"{label}: Cal.com kennt die Request-ID (noch) nicht")
                )
                return
            await move(
                S.FAILED,
                "keine Buchung mit dieser Request-ID in Cal.com",
                error="reconcile: not in Cal.com",
            )
            return
        found = {"booking_uid": booking.uid, "booking_status": booking.status}
        if booking.status == "accepted":
            await move(S.CONFIRMED, f"in Cal.com gefunden ({booking.uid})", **found)
        elif booking.status == "pending":
            await move(
                S.PENDING, f"in Cal.com gefunden, wartet auf den Salon ({booking.uid})", **found
            )
        else:
            await move(
                S.FAILED,
                f"in Cal.com {booking.status} ({booking.uid})",
                error=f"reconcile: {booking.status}",
                **found,
            )
        return
    if state is S.PENDING and booking is not None:
        if booking.status == "accepted" and not differences(appt, booking):
            await move(S.CONFIRMED, "vom Salon bestätigt", booking_status="accepted")
            return
        if booking.status == "cancelled":
            await move(S.CANCELLED, "in Cal.com storniert", booking_status="cancelled")
            return
        if booking.status == "rejected":
            await move(S.FAILED, "vom Salon abgelehnt", booking_status="rejected", error="rejected")
            return
    if state is S.CONFIRMED and booking is not None and booking.status in ("cancelled", "rejected"):
        if booking.rescheduled_to_uid:
            report.needs_person.append(
                NeedsPerson(
                    appt.id,
                    f"{label}: in Cal.com verschoben (neue Buchung {booking.rescheduled_to_uid})",
                )
            )
            return
        await move(S.CANCELLED, "in Cal.com storniert", booking_status=booking.status)
        return
    if cmp.agrees:
        return
    if cmp.verdict is Verdict.NOT_IN_CALENDAR:
        report.needs_person.append(NeedsPerson(appt.id, f"{label}: nicht im Kalender"))
    else:
        report.needs_person.append(NeedsPerson(appt.id, f"{label}: {'; '.join(cmp.differences)}"))


async def _record_late_landing(
    ledger: Ledger, appt: Appointment, booking: Booking, report: ReconcileReport
) -> None:
    """A request given up as failed (its answer was lost, Cal.com did not know it yet) landed
    after all. `failed` is final, so the booking gets a row of its own, as the call would
    have recorded it; unless the call or a webhook already did."""
    if await ledger.find_by_booking_uid(booking.uid) is not None:
        return
    new = await ledger.add_confirmed_from_calendar(
        call_id=appt.call_id,
        booking=booking,
        caller_phone=appt.caller_phone,
        customer_name=appt.customer_name,
    )
    after = f"{new.state} #{new.id}"
    why = f"Anfrage {appt.request_id} kam doch in Cal.com an ({booking.uid})"
    await ledger.log(
        appt.call_id,
        "reconciled",
        appointment_id=appt.id,
        before=str(appt.state),
        after=after,
        booking_uid=booking.uid,
        why=why,
    )
    report.fixed.append(Fix(appt.id, str(appt.state), after, why))
