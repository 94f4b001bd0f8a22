"""The truth of one call, from the ledger: every appointment the guard may hold a sentence against.

A claim in what the caller hears is true when the ledger holds an appointment in the claimed
state, for this call or for this caller's appointments that a tool found or changed in this call.
A slot named as free is true when a tool offered it in this call (`OfferedSlots`).
A promised follow-up is true when something will carry it out: a message taken for the salon in
this call, a text queued to the caller, an open outcome the salon will tell the caller about.
`CallFactsSource` reads those rows once after each tool result (and at each turn's start) and
keeps them, so deciding a sentence costs no I/O: `facts()` only stamps the current time.
"""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from loguru import logger

from agent.claims.model import AppointmentFact, CallFacts
from agent.guard.slots import OfferedSlots
from calendar_adapter.backend import Catalog
from calendar_adapter.clock import Clock
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger, OutboxChannel
from tools.service_match import service_names

S = AppointmentState
_HOLD_STATES = {S.HELD, S.RELEASED, S.EXPIRED}
_NEVER = timedelta(days=36500)
_MOVE_OPEN = {S.BOOKING, S.UNKNOWN}  # a move sent, its outcome not known
# What Cal.com calls a booking's status, as the ledger's state.
_CALCOM_STATUS = {"accepted": S.CONFIRMED, "pending": S.PENDING}


class CallView(Protocol):
    """What the facts need from the call's booking session (`tools.session.CallSession`)."""

    call_id: str
    booked: list[str]  # booking uids this call booked
    cancelled: list[str]  # ... cancelled
    moved: list[tuple[str, str]]  # (old uid, new uid) of each move
    cancel_unknown: list[str]  # cancels sent whose outcome could not be learnt

    @property
    def catalog(self) -> Catalog: ...

    def booking_uid_for(self, ref: str) -> str | None: ...


@dataclass(frozen=True)
class KnownAppointment:
    """An appointment the call knows of, and whether this call made or changed it (the summary
    at the end tells only those)."""

    fact: AppointmentFact
    changed_here: bool


class CallFactsSource:
    """The ledger's view of one call, kept current by whoever changes it (the tool wiring)."""

    def __init__(
        self,
        call: CallView,
        ledger: Ledger,
        clock: Clock,
        tz: ZoneInfo,
        *,
        language: str = "de",
    ):
        self._call = call
        self._ledger = ledger
        self._clock = clock
        self._tz = tz
        self._language = language
        catalog = call.catalog
        self._stylist_names = {s.user_id: s.name for s in catalog.stylists}
        self._service_names = {s.slug: s.name for s in catalog.services}
        self._found: dict[str, dict[str, Any]] = {}  # booking uid -> find_my_appointments entry
        self._offered = OfferedSlots(tz)  # the free slots the tools offered in this call
        self._lock = asyncio.Lock()
        self._known: tuple[KnownAppointment, ...] = ()
        self._lapse_at: dict[int, datetime] = {}  # index of a held fact -> its reservation's end
        deps = getattr(call, "deps", None)
        salon = getattr(deps, "salon", None)
        staff = {spec.username: spec.aliases for spec in getattr(salon, "staff", ())}
        titles = {spec.username: spec.title for spec in getattr(salon, "staff", ())}
        self._facts = CallFacts(
            now=self._now(),
            language=language,
            stylists=tuple(s.name for s in catalog.stylists),
            services=tuple(s.name for s in catalog.services),
            service_minutes=tuple((s.name, s.minutes) for s in catalog.services),
            # "Perm" is the Dauerwelle the sentence speaks of: every name a service goes by
            service_aliases=tuple(
                (alias, s.name)
                for s in catalog.services
                for alias in service_names(s, salon)
                if alias != s.name
            ),
            stylist_aliases=tuple(
                (alias, s.name) for s in catalog.stylists for alias in staff.get(s.username, ())
            ),
            # "die Kollegin … bei ihr", "with her": the stylists the salon file calls Frau
            women_stylists=tuple(
                s.name for s in catalog.stylists if titles.get(s.username) == "Frau"
            ),
            # confirmation texts go out when the process has a messenger (none when the salon
            # file opts out: agent/messaging/messengers.py)
            confirmations_by_sms=getattr(deps, "messenger", None) is not None
            and bool(getattr(salon, "sms_confirmations", True)),
        )

    def facts(self) -> CallFacts:
        """The call's facts as of the last refresh, at the current time (no I/O)."""
        now = self._now()
        facts = dataclasses.replace(self._facts, now=now, offered=self._offered.slots)
        if not self._lapsed(now):
            return facts
        return dataclasses.replace(facts, appointments=tuple(k.fact for k in self._as_of(now)))

    @property
    def known(self) -> tuple[KnownAppointment, ...]:
        """Every appointment of the call, oldest change first."""
        return self._as_of(self._now())

    def _lapsed(self, now: datetime) -> bool:
        return any(until <= now for until in self._lapse_at.values())

    def _as_of(self, now: datetime) -> tuple[KnownAppointment, ...]:
        """The known appointments at `now`. A hold whose reservation ran out since (the
        keep-alive gave way or failed: `keepalive_gave_way`) may have lapsed in Cal.com: it is
        read as expired, never as held."""
        if not self._lapsed(now):
            return self._known
        return tuple(
            dataclasses.replace(k, fact=dataclasses.replace(k.fact, state=S.EXPIRED))
            if self._lapse_at.get(i, now + _NEVER) <= now
            else k
            for i, k in enumerate(self._known)
        )

    def caller_said(self, words: str) -> None:
        """The caller's words of the turn now answered (the user aggregator's last user message):
        "Freitag um zehn bei Fabian." in the reply means what they asked (`CallFacts.caller`)."""
        self._facts = dataclasses.replace(self._facts, caller=words)

    def spoke(self, sentence: str) -> None:
        """A sentence of the receptionist the caller now hears (the guard handed it on): what
        an ellipsis after it takes its claim from (`CallFacts.said_before`). A blocked sentence
        is never given: the caller never heard its claim."""
        self._facts = dataclasses.replace(self._facts, said_before=sentence)

    def note(self, tool: str, result: Any) -> None:
        """Remember the caller's appointments a tool found, so claims about them can be held
        against them (before refresh reads their ledger rows), and the free slots it offered."""
        self._offered.note(result)
        if tool != "find_my_appointments" or not isinstance(result, dict):
            return
        if result.get("status") != "found":
            return
        for entry in result.get("appointments") or []:
            uid = self._call.booking_uid_for(str(entry.get("ref", ""))) if entry else None
            if uid:
                self._found[uid] = entry

    async def refresh(self) -> None:
        """Read the call's appointments from the ledger again. A ledger error keeps the last
        known facts (and is logged): the guard then errs towards blocking, never passing."""
        async with self._lock:
            try:
                rows, origins = await self._rows()
            except Exception:
                logger.exception(f"call {self._call.call_id}: could not read the call's facts")
                return
            try:
                messages, texts = await self._follow_ups()
            except Exception:  # the promises stay as known: unbacked ones stay blocked
                logger.exception(f"call {self._call.call_id}: could not read its messages, texts")
                messages, texts = self._facts.messages, self._facts.texts
            self._known, self._lapse_at = self._build(rows, origins)
            self._facts = dataclasses.replace(
                self._facts,
                appointments=tuple(k.fact for k in self._known),
                messages=messages,
                texts=texts,
            )

    # -- reading ----------------------------------------------------------------------------

    def _changed_uids(self) -> set[str]:
        call = self._call
        return {
            *call.booked,
            *call.cancelled,
            *call.cancel_unknown,
            *(uid for pair in call.moved for uid in pair),
        }

    async def _follow_ups(self) -> tuple[tuple[str, ...], int]:
        """The messages taken for the salon in this call, and how many texts to the caller are
        queued (sent or not: the outbox delivers them)."""
        call_id = self._call.call_id
        messages = await self._ledger.messages_for_call(call_id)
        outbox = await self._ledger.outbox_items(call_id=call_id)
        texts = sum(1 for item in outbox if item.channel is OutboxChannel.SMS)
        return tuple(m.kind.value for m in messages), texts

    async def _rows(self) -> tuple[dict[int, Appointment], dict[int, Appointment]]:
        ledger, call_id = self._ledger, self._call.call_id
        rows = {r.id: r for r in await ledger.appointments_for_call(call_id)}
        have = {r.booking_uid for r in rows.values() if r.booking_uid}
        for uid in sorted((self._changed_uids() | self._found.keys()) - have):
            row = await ledger.find_by_booking_uid(uid)
            if row is not None:
                rows[row.id] = row
        origins: dict[int, Appointment] = {}
        for row in rows.values():
            old_id = row.rescheduled_from_id
            if old_id is not None and old_id not in rows and old_id not in origins:
                old = await ledger.get(old_id)
                if old is not None:
                    origins[old_id] = old
        return rows, origins

    def _build(
        self, rows: dict[int, Appointment], origins: dict[int, Appointment]
    ) -> tuple[tuple[KnownAppointment, ...], dict[int, datetime]]:
        """The known appointments, and where each held one's reservation runs out (by index)."""
        call_id, changed_uids = self._call.call_id, self._changed_uids()
        lapse_at: dict[int, datetime] = {}
        everything = {**origins, **rows}
        known: list[KnownAppointment] = []
        in_ledger = {r.booking_uid for r in rows.values() if r.booking_uid}
        for uid, entry in self._found.items():
            if uid not in in_ledger:
                fact = self._fact_from_found(entry)
                if fact is not None:
                    known.append(KnownAppointment(fact, changed_here=False))
        # An appointment whose move is in flight or lost is open, not standing: Cal.com may
        # carry the move out yet. Its move's row speaks for it (moved_from), so "der Termin am
        # Mittwoch steht noch" is not backed by it while nobody knows.
        moving = {
            r.rescheduled_from_id
            for r in rows.values()
            if r.rescheduled_from_id is not None and r.state in _MOVE_OPEN
        }
        # A lost move's fence (`CallSession.fence`) locks the new slot against the lost request;
        # it is no slot held for the caller, who heard the move is open (its row speaks for it).
        moves = {r.id for r in rows.values() if r.rescheduled_from_id is not None}
        unsure = set(self._call.cancel_unknown) - set(self._call.cancelled)
        for row in sorted(rows.values(), key=lambda r: (r.updated_at, r.id)):
            if row.id in moving and row.state in (S.CONFIRMED, S.PENDING):
                continue
            if row.guards_id is not None and row.guards_id in moves:
                continue
            state = row.state
            if row.booking_uid in unsure and state in (S.CONFIRMED, S.PENDING):
                state = S.UNKNOWN  # its cancel went out unanswered: it may be gone
            old = everything.get(row.rescheduled_from_id) if row.rescheduled_from_id else None
            ours = row.call_id == call_id and (
                row.state in _HOLD_STATES or row.request_id is not None
            )
            known.append(
                KnownAppointment(
                    AppointmentFact(
                        state=state,
                        start=row.start.astimezone(self._tz),
                        stylist=self._stylist_names.get(row.stylist_user_id or -1),
                        service=self._service_names.get(row.service_slug, row.service_slug),
                        moved_from=old.start.astimezone(self._tz) if old else None,
                    ),
                    changed_here=ours or row.booking_uid in changed_uids,
                )
            )
            if state is S.HELD and row.reservation_until is not None:
                lapse_at[len(known) - 1] = row.reservation_until
        return tuple(known), lapse_at

    def _fact_from_found(self, entry: dict[str, Any]) -> AppointmentFact | None:
        """A found appointment the ledger does not know (booked on the web, say)."""
        state = _CALCOM_STATUS.get(str(entry.get("state")))
        try:
            start = datetime.fromisoformat(f"{entry['date']}T{entry['time']}")
        except (KeyError, TypeError, ValueError):
            return None
        if state is None:
            return None
        return AppointmentFact(
            state=state,
            start=start.replace(tzinfo=self._tz),
            stylist=entry.get("stylist"),
            service=entry.get("service"),
        )

    def _now(self) -> datetime:
        return self._clock.now().astimezone(self._tz)
