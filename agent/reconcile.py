"""Bring the ledger in line with Cal.com where the answer is certain; list the rest for a person.

Cal.com bookings are never changed here (with `--release`, reservations Cal.com did not confirm
released are released; see `calendar_adapter.upkeep`). What Cal.com's answer means for the
ledger is decided by `calendar_adapter.booking_outcome`: a lost booking response whose request
id Cal.com knows (unknown -> confirmed / pending / confirmed-then-cancelled), or that Cal.com can
no longer carry out (unknown -> failed), a booking cancelled or moved elsewhere, a salon's
decision on a pending booking, a request given up as failed that landed after all (its booking
gets a row of its own). Holds whose reservation has run out are expired. Everything else (a
booking gone without trace or at another time, Cal.com unreachable) is for a person to look at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from agent.calendar_check import ACTIVE_BOOKING, Comparison, Verdict, compare, differences
from agent.replay.names import CalendarNames
from calendar_adapter import booking_outcome
from calendar_adapter.backend import Booking, CalendarBackend
from calendar_adapter.config import DEFAULT_LOST_REQUEST_HORIZON_SECONDS
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger

S = AppointmentState
DEFAULT_HORIZON = timedelta(seconds=DEFAULT_LOST_REQUEST_HORIZON_SECONDS)


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
    released: list[str] = field(default_factory=list)  # by --release
    pending_releases: list[dict] = field(default_factory=list)  # the release outbox
    callers_to_tell: list[dict] = field(default_factory=list)  # open caller notices


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
    # Requests first: a lost move that landed settles its own row (and retires the old one)
    # before the old row is read as "moved in Cal.com", which would record the new booking twice.
    return sorted(seen.values(), key=lambda a: (S(a.state) not in (S.UNKNOWN, S.BOOKING), a.id))


async def reconcile(
    ledger: Ledger,
    backend: CalendarBackend,
    names: CalendarNames,
    now: datetime,
    *,
    horizon: timedelta = DEFAULT_HORIZON,
) -> ReconcileReport:
    report = ReconcileReport()
    for appt in await appointments_to_check(ledger, now):
        cmp = await compare(backend, appt, names, ledger=ledger)
        report.checked.append(cmp)
        if cmp.verdict is Verdict.UNREACHABLE:
            report.unreachable = True
            report.needs_person.append(
                NeedsPerson(appt.id, f"Cal.com nicht erreichbar: {cmp.error}")
            )
            continue
        await _settle(ledger, backend, cmp, names, now, horizon, report)
    return report


async def _settle(
    ledger: Ledger,
    backend: CalendarBackend,
    cmp: Comparison,
    names: CalendarNames,
    now: datetime,
    horizon: timedelta,
    report: ReconcileReport,
) -> None:
    appt, booking = cmp.appointment, cmp.booking
    state = S(appt.state)
    label = names.appointment_text(appt)

    async def record(after: Appointment, why: str) -> None:
        if after.id == appt.id and after.state is state:
            return
        what = str(after.state) if after.id == appt.id else f"{after.state} #{after.id}"
        await ledger.log(
            appt.call_id,
            "reconciled",
            appointment_id=appt.id,
            before=str(state),
            after=what,
            why=why,
            **({"booking_uid": after.booking_uid} if after.booking_uid else {}),
        )
        report.fixed.append(Fix(appt.id, str(state), what, why))

    if state is S.FAILED:
        if booking is not None and booking.status in ACTIVE_BOOKING:
            if await ledger.find_by_booking_uid(booking.uid) is None:
                late = await booking_outcome.record_request_outcome(ledger, appt, booking)
                await record(
                    late, f"Anfrage {appt.request_id} kam doch in Cal.com an ({booking.uid})"
                )
        return
    if state is S.RESERVING:
        if appt.reservation_until is not None and appt.reservation_until <= now:
            expired = await ledger.transition(
                appt.id, S.EXPIRED, error="reconcile: lost reservation lapsed"
            )
            await record(expired, "Reservierung (Antwort verloren) abgelaufen")
        else:
            until = names.local(appt.reservation_until) if appt.reservation_until else "?"
            report.too_early.append(
                NeedsPerson(
                    appt.id, f"{label}: Reservierung ohne Antwort, hält höchstens bis {until}"
                )
            )
        return
    if state is S.HELD:
        if appt.reservation_until is not None and appt.reservation_until <= now:
            expired = await ledger.transition(appt.id, S.EXPIRED)
            await record(expired, "Reservierung abgelaufen")
        return
    if state in (S.UNKNOWN, S.BOOKING):
        await _settle_request(ledger, backend, appt, booking, label, now, horizon, report, record)
        return
    if state is S.PENDING and booking is not None and booking.status == "accepted":
        if differences(appt, booking):
            report.needs_person.append(
                NeedsPerson(appt.id, f"{label}: {'; '.join(cmp.differences)}")
            )
            return
    if state in (S.PENDING, S.CONFIRMED) and booking is not None:
        changed = await booking_outcome.record_calendar_state(
            ledger, appt, booking, backend=backend
        )
        if changed is not None:
            await record(changed, _why(booking))
            return
    if cmp.agrees:
        return
    if cmp.verdict is Verdict.NOT_IN_CALENDAR:
        report.needs_person.append(NeedsPerson(appt.id, f"{label}: nicht im Kalender"))
    else:
        report.needs_person.append(NeedsPerson(appt.id, f"{label}: {'; '.join(cmp.differences)}"))


def _why(booking: Booking) -> str:
    if booking.status == "accepted":
        return "vom Salon bestätigt"
    if booking.rescheduled_to_uid:
        return f"in Cal.com verschoben (neue Buchung {booking.rescheduled_to_uid})"
    if booking.status == "rejected":
        return "vom Salon abgelehnt"
    return "in Cal.com storniert"


async def _settle_request(
    ledger, backend, appt, booking, label, now, horizon, report, record
) -> None:
    """A request whose answer was lost (or that a running call may still be waiting for)."""
    if booking is None and booking_outcome.may_still_land(appt, now, horizon):
        what = (
            "die alte Buchung ist (noch) nicht verschoben"
            if appt.rescheduled_from_id is not None
            else "Cal.com kennt die Request-ID (noch) nicht"
        )
        report.too_early.append(NeedsPerson(appt.id, f"{label}: {what}"))
        return
    if booking is None and not appt.request_id and appt.rescheduled_from_id is None:
        report.needs_person.append(
            NeedsPerson(appt.id, f"{label}: keine Request-ID zum Nachschlagen")
        )
        return
    if booking is not None and appt.rescheduled_from_id is None:
        settled = await booking_outcome.record_request_outcome(
            ledger, appt, booking, backend=backend
        )
        await record(settled, f"in Cal.com gefunden ({booking.uid})")
    else:  # nothing found, or a move (whose old row retires with it)
        settled = await booking_outcome.resolve_lost_request(
            backend, ledger, appt, now=now, horizon=horizon
        )
        if settled is None:
            return
        if booking is not None:
            why = f"in Cal.com verschoben ({booking.uid})"
        elif appt.rescheduled_from_id is not None:
            why = "die alte Buchung wurde in Cal.com nicht verschoben"
        else:
            why = "keine Buchung mit dieser Request-ID in Cal.com"
        await record(settled, why)
    await booking_outcome.tell_caller_later(ledger, settled)
