""" "Needs a person": everything the agent could not settle itself, from small sources.

A source is one async function `(ctx) -> list[Item]`, listed in `SOURCES` (open messages for
the salon, lost answers, callers to tell, failed releases, ...). Adding a new kind of item is one
such function and one line in `SOURCES`; marking done, hiding what is
done and the page work for every kind alike. Done marks live in the ledger (`done_marks`),
keyed by `Item.key`: a key names the item *and its situation*, so a new problem with the same
appointment is a new item and is not hidden by an old mark.
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from loguru import logger

from agent.dashboard.context import DashboardContext
from calendar_adapter.ledger import AppointmentState, DoneMark
from calendar_adapter.privacy import mask_phone

S = AppointmentState
# How far back the timeline is searched for unconfirmed cancellations.
LOOK_BACK = timedelta(days=90)


@dataclass(frozen=True)
class Item:
    key: str  # stable while the situation is the same
    kind: str  # i18n word "kind_<kind>" is its title
    what: str  # one line for a person (German, as the ledger and `reconcile` speak)
    at: datetime | None = None
    call_id: str | None = None
    appointment_id: int | None = None


Source = Callable[[DashboardContext], Awaitable[list[Item]]]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


async def unknown_outcomes(ctx: DashboardContext) -> list[Item]:
    """Bookings whose answer was lost and that are not settled yet (`unknown`, or `booking` of a
    call that is over), and cancellations whose answer was lost while the booking still stands."""
    names = await ctx.names()
    now = ctx.clock.now()
    items = [
        Item(
            key=f"unknown_outcome:{a.id}",
            kind="unknown_outcome",
            what=f"{names.appointment_text(a)}: Buchung ohne Antwort von Cal.com; "
            f"Anrufer {mask_phone(a.caller_phone)} braucht Bescheid",
            at=a.updated_at,
            call_id=a.call_id,
            appointment_id=a.id,
        )
        for a in await ctx.ledger.lost_requests(ended_calls_only=False)
    ]
    for e in await ctx.ledger.timeline_between(
        now - LOOK_BACK, now + timedelta(days=1), ["cancel_unknown"]
    ):
        uid = str(e.data.get("booking_uid"))
        a = await ctx.ledger.find_by_booking_uid(uid)
        if a is None or S(a.state) is not S.CONFIRMED:
            continue  # settled since (reconcile saw it cancelled)
        items.append(
            Item(
                key=f"cancel_unknown:{uid}",
                kind="unknown_outcome",
                what=f"{names.appointment_text(a)}: Stornierung ohne Antwort von Cal.com",
                at=e.at,
                call_id=e.call_id,
                appointment_id=a.id,
            )
        )
    return items


async def awaiting_salon(ctx: DashboardContext) -> list[Item]:
    """Bookings Cal.com holds as `pending`: the salon has to accept them there."""
    names, now = await ctx.names(), ctx.clock.now()
    return [
        Item(
            key=f"awaiting_salon:{a.id}",
            kind="awaiting_salon",
            what=f"{names.appointment_text(a)}: wartet in Cal.com auf die Bestätigung des Salons",
            at=a.updated_at,
            call_id=a.call_id,
            appointment_id=a.id,
        )
        for a in await ctx.ledger.non_final()
        if S(a.state) is S.PENDING and a.end > now
    ]


async def reconcile_findings(ctx: DashboardContext) -> list[Item]:
    """What `reconcile` lists for a person (it has fixed what was certain already)."""
    report = await ctx.reconciler.latest(ctx)
    items = []
    for finding in report.needs_person:
        appt = await ctx.ledger.get(finding.appointment_id)
        items.append(
            Item(
                key=f"reconcile:{finding.appointment_id}:{digest(finding.what)}",
                kind="reconcile",
                what=finding.what,
                at=ctx.reconciler.ran_at_wall,
                call_id=appt.call_id if appt else None,
                appointment_id=finding.appointment_id,
            )
        )
    return items


async def failed_releases(ctx: DashboardContext) -> list[Item]:
    """Reservations Cal.com did not confirm released: retried in the background until released
    or lapsed; a person sees them while they may still block a slot."""
    return [
        Item(
            key=f"failed_release:{r.reservation_uid}",
            kind="failed_release",
            what=f"Reservierung {r.reservation_uid}: Freigabe von Cal.com nicht bestätigt "
            f"({r.attempts} Versuche; {r.last_error or 'ohne Antwort'})",
            at=r.created_at,
            call_id=r.call_id,
            appointment_id=r.appointment_id,
        )
        for r in await ctx.ledger.pending_releases()
    ]


async def callers_to_tell(ctx: DashboardContext) -> list[Item]:
    """Outcomes settled after the call ended: the caller heard "noch nicht bestätigt" and must
    now be told what came of it."""
    names = await ctx.names()
    items = []
    for n in await ctx.ledger.open_caller_notices():
        appt = await ctx.ledger.get(n.appointment_id)
        what = names.appointment_text(appt) if appt else f"Termin #{n.appointment_id}"
        items.append(
            Item(
                key=f"caller_notice:{n.id}",
                kind="caller_notice",
                what=f"{what}: jetzt {n.outcome}; Anrufer {mask_phone(n.caller_phone)} "
                "weiß es noch nicht",
                at=n.created_at,
                call_id=n.call_id,
                appointment_id=n.appointment_id,
            )
        )
    return items


async def open_messages(ctx: DashboardContext) -> list[Item]:
    """Messages taken for the salon (callbacks, complaints, questions, deletion requests): every
    open one, and those of the last LOOK_BACK marked done (shown as done, can be reopened). The
    number is shown in full: the item is there to call back."""
    recent = await ctx.ledger.messages_since(ctx.clock.now() - LOOK_BACK)
    known = {m.id for m in recent}
    older_open = [m for m in await ctx.ledger.open_messages() if m.id not in known]
    return [
        Item(
            key=m.done_key,
            kind="message",
            what=f"{MESSAGE_KINDS.get(m.kind.value, m.kind.value)}: "
            f"{m.name or 'ohne Namen'}, {m.phone}: {m.reason}"
            + (f" (Rückruf am liebsten: {m.preferred_time})" if m.preferred_time else ""),
            at=m.created_at,
            call_id=m.call_id,
        )
        for m in [*older_open, *recent]
    ]


MESSAGE_KINDS = {
    "callback": "Rückruf erbeten",
    "complaint": "Beschwerde",
    "question": "Frage",
    "data_deletion": "Daten löschen (Wunsch des Anrufers)",
}


SOURCES: list[Source] = [
    open_messages,
    unknown_outcomes,
    callers_to_tell,
    failed_releases,
    awaiting_salon,
    reconcile_findings,
]


@dataclass
class Attention:
    open: list[Item]
    done: list[tuple[Item, DoneMark]]
    failed: list[str]  # sources that could not be read (Cal.com unreachable, ...)


async def collect(ctx: DashboardContext, sources: list[Source] | None = None) -> Attention:
    marks = await ctx.ledger.done_marks()
    found = Attention([], [], [])
    for source in SOURCES if sources is None else sources:
        try:
            items = await source(ctx)
        except Exception as exc:  # one broken source must not hide the others
            logger.opt(exception=exc).warning(f"dashboard: source {source.__name__} failed")
            found.failed.append(f"{source.__name__}: {exc}")
            continue
        for item in items:
            if item.key in marks:
                found.done.append((item, marks[item.key]))
            else:
                found.open.append(item)
    found.open.sort(key=lambda i: (i.at is None, i.at), reverse=False)
    return found
