"""Is the appointment really in the calendar? One ledger row compared with Cal.com's booking.

The ledger says what the agent believes; Cal.com is the truth. The verdict is about the calendar
("im Kalender", "nicht im Kalender", "anders"); `agrees` says whether the ledger is right about it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from agent.replay.names import CalendarNames
from calendar_adapter.backend import Booking, CalendarBackend, CalendarError
from calendar_adapter.booking_outcome import LIVE_STATUSES, follow_moves, state_for
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger, is_postgres_url

S = AppointmentState
T = TypeVar("T")
ACTIVE_BOOKING = LIVE_STATUSES
# Ledger states that claim a live booking in Cal.com.
CLAIMS_BOOKING = frozenset({S.CONFIRMED, S.PENDING})
# Ledger states whose outcome is still being decided (a hold, a request in flight, a lost answer).
UNDECIDED = frozenset({S.HELD, S.BOOKING, S.UNKNOWN})


class Verdict(StrEnum):
    IN_CALENDAR = "im Kalender"
    NOT_IN_CALENDAR = "nicht im Kalender"
    DIFFERENT = "anders"
    UNREACHABLE = "Kalender nicht erreichbar"
    OPEN = "offen"  # only from `headline`: the outcome is not decided yet

    @property
    def english(self) -> str:
        return {
            "im Kalender": "in the calendar",
            "nicht im Kalender": "not in the calendar",
            "anders": "different",
            "Kalender nicht erreichbar": "calendar unreachable",
            "offen": "open",
        }[self.value]


@dataclass
class Comparison:
    appointment: Appointment
    verdict: Verdict
    booking: Booking | None = None
    differences: list[str] = field(default_factory=list)  # "Zeit: Ledger ..., Kalender ..."
    agrees: bool = False
    found_by: str | None = None  # "uid" | "request_id"
    error: str | None = None
    note: str | None = None  # why a seeming disagreement is none


def headline(cmp: Comparison) -> Verdict:
    """The one word a person reads first: the calendar verdict, or `OPEN` while nobody can say
    yet (Cal.com could not be asked, or the row is still undecided and Cal.com has no live
    booking for it: a hold in a running call, a request in flight, a lost answer)."""
    if cmp.verdict is Verdict.UNREACHABLE:
        return Verdict.OPEN
    if S(cmp.appointment.state) in UNDECIDED and cmp.verdict is Verdict.NOT_IN_CALENDAR:
        return Verdict.OPEN
    return cmp.verdict


async def account_for_late_landing(ledger: Ledger, cmp: Comparison) -> None:
    """A `failed` row whose lost request landed in Cal.com after all is right to say failed
    once that booking has a ledger row of its own (recorded by the call or by reconcile)."""
    appt, booking = cmp.appointment, cmp.booking
    if S(appt.state) is not S.FAILED or booking is None or booking.status not in ACTIVE_BOOKING:
        return
    other = await ledger.find_by_booking_uid(booking.uid)
    if other is not None and other.id != appt.id:
        cmp.agrees = True
        cmp.differences = []
        cmp.note = f"die Anfrage kam später doch an: als Termin #{other.id} geführt"


async def check(
    ledger: Ledger, backend: CalendarBackend, appt: Appointment, names: CalendarNames | None = None
) -> Comparison:
    """What `status` and the dashboard show for one appointment: `compare`, with a failed row
    whose lost request landed later (and has its own row) counted as right."""
    cmp = await compare(backend, appt, names, ledger=ledger)
    await account_for_late_landing(ledger, cmp)
    return cmp


async def find_booking(
    backend: CalendarBackend, appt: Appointment, ledger: Ledger | None = None
) -> tuple[Booking | None, str | None]:
    """The appointment's booking in Cal.com: by uid when the ledger has one, else by the request
    id that travelled in the booking's metadata; a move (no request id travels with it) by where
    its old booking went. Raises CalendarError when Cal.com can't be asked."""
    if appt.booking_uid:
        return await backend.get_booking(appt.booking_uid), "uid"
    if appt.rescheduled_from_id is not None and ledger is not None:
        old = await ledger.get(appt.rescheduled_from_id)
        if old is not None and old.booking_uid:
            moved = await backend.get_booking(old.booking_uid)
            if moved is not None and moved.rescheduled_to_uid:
                return await follow_moves(backend, moved), "move"
            return None, "move"
    if appt.request_id:
        found = await backend.find_booking_by_request_id(
            appt.request_id, event_type_id=appt.event_type_id, around=appt.start
        )
        return found, "request_id"
    return None, None


async def compare(
    backend: CalendarBackend,
    appt: Appointment,
    names: CalendarNames | None = None,
    *,
    ledger: Ledger | None = None,
) -> Comparison:
    """Compare one appointment with its booking in Cal.com (looked up live). With `ledger`, a
    move whose answer was lost is looked up from its old booking's side."""
    try:
        booking, found_by = await find_booking(backend, appt, ledger)
    except CalendarError as exc:
        return Comparison(appt, Verdict.UNREACHABLE, error=exc.message)
    state = S(appt.state)
    if booking is None or booking.status not in ACTIVE_BOOKING:
        if booking is not None and state in CLAIMS_BOOKING:
            diff = f"Status: Ledger {state}, Kalender {booking.status}"
            return Comparison(appt, Verdict.DIFFERENT, booking, [diff], False, found_by)
        agrees = state not in CLAIMS_BOOKING and state not in (S.UNKNOWN, S.BOOKING)
        diffs = _recorded_status_differs(appt, booking)
        return Comparison(
            appt, Verdict.NOT_IN_CALENDAR, booking, diffs, agrees and not diffs, found_by
        )

    diffs = differences(appt, booking, names)
    status_differs = state_for(booking.status) is not state
    if status_differs:
        diffs.append(f"Status: Ledger {state}, Kalender {booking.status}")
    moved = len(diffs) > (1 if status_differs else 0)
    verdict = (
        Verdict.DIFFERENT
        if moved or (status_differs and state in CLAIMS_BOOKING)
        else Verdict.IN_CALENDAR
    )
    return Comparison(appt, verdict, booking, diffs, not diffs, found_by)


def _recorded_status_differs(appt: Appointment, booking: Booking | None) -> list[str]:
    """A row that is no longer live but still records another Cal.com status for its own
    booking than Cal.com has (e.g. a moved appointment's old row saying `accepted` while
    Cal.com says `cancelled`): the ledger is not the calendar's word then."""
    if booking is None or booking.uid != appt.booking_uid or not appt.booking_status:
        return []
    if appt.booking_status == booking.status:
        return []
    return [f"Cal.com-Status: Ledger {appt.booking_status}, Kalender {booking.status}"]


def differences(
    appt: Appointment, booking: Booking, names: CalendarNames | None = None
) -> list[str]:
    """What the calendar has differently: time, stylist, service (event type)."""
    local = names.local if names else str
    out: list[str] = []
    if booking.start != appt.start:
        out.append(f"Zeit: Ledger {local(appt.start)}, Kalender {local(booking.start)}")
    hosts = booking.host_user_ids
    if appt.stylist_user_id is not None and hosts and appt.stylist_user_id not in hosts:
        who = names.stylist_name if names else str
        out.append(
            f"Stylist: Ledger {who(appt.stylist_user_id)}, Kalender {', '.join(who(h) for h in hosts)}"
        )
    elif booking.event_type_id and booking.event_type_id != appt.event_type_id:
        out.append(f"Event-Typ: Ledger {appt.event_type_id}, Kalender {booking.event_type_id}")
    return out


def existing_ledger(given: str | None, settings: Any) -> str | None:
    """The ledger to check: --ledger (a file or a postgresql:// URL), else LEDGER_URL, else
    LEDGER_PATH. A missing file is said so (None), not created empty: a typo in --ledger must
    not answer "nothing found"."""
    target = given or settings.calendar_config().ledger_target
    if is_postgres_url(target):
        return target
    path = Path(target)
    if not path.is_file():
        print(f"Kein Ledger unter {path} / no ledger at {path} (--ledger or LEDGER_PATH)")
        return None
    return str(path)


async def run_on_ledger(
    ledger: str | None,
    work: Callable[[Any], Awaitable[T]],
    *,
    unreachable_note: str = "",
    salon: str | None = None,
) -> T | None:
    """Open an existing ledger and the calendar beside it (Cal.com, or the sandbox database next
    to the ledger) of one salon (`--salon`; the only one without a tenants file) and run
    `work(runtime)`. None, after saying why, when there is no ledger, no such salon or Cal.com
    cannot be asked."""
    results = await run_on_salons(
        ledger, work, unreachable_note=unreachable_note, salon=salon, every=False
    )
    return None if results is None else results[0][1]


async def run_on_salons(
    ledger: str | None,
    work: Callable[[Any], Awaitable[T]],
    *,
    unreachable_note: str = "",
    salon: str | None = None,
    every: bool = True,
) -> list[tuple[str, T]] | None:
    """`run_on_ledger` for `--salon`, or (`every`, unnamed) for each salon of the deployment in
    turn, each on its own calendar: (salon id, result) pairs. None, after saying why, when there
    is no ledger, no such salon, or a salon's Cal.com cannot be asked."""
    from agent.config import load_settings
    from agent.salons import SalonRuntimes, SalonUnavailable
    from agent.tenants import Tenants, TenantsFileError, chosen_salons

    settings = load_settings()
    try:
        tenants = Tenants.from_settings(settings)
        chosen = chosen_salons(tenants, salon, every_when_unnamed=every)
    except TenantsFileError as exc:
        print(exc)
        return None
    path = existing_ledger(ledger, settings)
    if path is None:
        return None
    results: list[tuple[str, T]] = []
    async with SalonRuntimes(tenants, ledger_target=path) as salons:
        for tenant in chosen:
            try:
                rt = await salons.runtime(tenant.id)
            except SalonUnavailable as exc:
                cause = exc.__cause__
                if not isinstance(cause, CalendarError):
                    raise (cause or exc) from None
                which = "" if tenant.implicit else f" (Salon {tenant.id})"
                print(
                    f"Cal.com nicht erreichbar / unreachable{which}: {cause.message}"
                    f"{unreachable_note}"
                )
                return None
            results.append((tenant.id, await work(rt)))
    return results
