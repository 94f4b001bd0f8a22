"""Bring the ledger in line with Cal.com where the answer is certain; list the rest for a person.

Cal.com is never changed here. Certain: a lost booking response whose request id Cal.com does or
does not know (unknown -> confirmed | failed), a booking cancelled elsewhere (confirmed ->
cancelled), a salon's decision on a pending booking, a hold whose reservation has run out.
Everything else (a booking gone without trace, moved to another time, Cal.com unreachable) is
for a person to look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from agent.calendar_check import Comparison, Verdict, compare, differences
from agent.replay.names import CalendarNames
from calendar_adapter.backend import CalendarBackend
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
    """Every non-final appointment and every confirmed one still to come, each once."""
    seen: dict[int, Appointment] = {}
    for appt in [*await ledger.non_final(), *await ledger.upcoming_confirmed(now)]:
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
