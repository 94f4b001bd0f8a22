"""The end-to-end reviewer's checks: a call played through the real pipeline on the sandbox, then
judged from outside. What the caller heard is read with this module's own date and time reader
(not the product's), the ledger is compared with the sandbox's own tables, and `status` is asked
"steht der Termin im Kalender?" for the call.
"""

from __future__ import annotations

import asyncio
import re
import textwrap
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agent.commands.status import status_report
from agent.replay.loader import load_replay
from agent.replay.report import verdict_lines
from agent.replay.runner import ReplayOutcome, run_replay
from agent.speakable import speakable

BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)  # fmt: skip
_DATE = re.compile(
    r"\b(?:(?P<wd>" + "|".join(WEEKDAYS) + r"),?\s+(?:den\s+|der\s+)?)?"
    r"(?P<day>\d{1,2})\.\s*(?P<month>" + "|".join(MONTHS) + r")\b"
)
_TIME = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*Uhr\b")


@dataclass
class Said:
    """A day or time the caller heard, as this reviewer reads it."""

    weekday: str | None
    day: int
    month: int


@dataclass
class Review:
    outcome: ReplayOutcome
    heard: str = ""
    heard_after_greeting: list[str] = field(default_factory=list)  # per turn
    bookings: list[dict[str, Any]] = field(default_factory=list)  # the sandbox's, all
    reservations: list[dict[str, Any]] = field(default_factory=list)
    rows: list[Any] = field(default_factory=list)  # the call's ledger rows
    timeline: list[str] = field(default_factory=list)
    status_exit: int | None = None
    status_lines: list[str] = field(default_factory=list)
    status_verdicts: dict[int, str] = field(default_factory=dict)  # row id -> verdict
    event_types: dict[int, tuple[str, str]] = field(
        default_factory=dict
    )  # id -> (service, stylist)

    @property
    def report(self) -> str:
        return "\n".join(verdict_lines(self.outcome))

    def live_bookings(self) -> list[dict[str, Any]]:
        return [b for b in self.bookings if b["status"] in ("accepted", "pending")]

    def of_this_call(self) -> list[dict[str, Any]]:
        call_id = self.outcome.record.call_id
        return [b for b in self.bookings if (b.get("metadata") or {}).get("callId") == call_id]


async def review(yaml_text: str, tmp_path: Path, *, prepare=None, name: str = "scenario") -> Review:
    """Play the call; `prepare(rt)` runs before the first turn is played (not used yet)."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
    got: dict[str, Any] = {}

    async def inspect(rt, record) -> None:
        got["bookings"] = await asyncio.to_thread(rt.sandbox.bookings)
        got["reservations"] = await asyncio.to_thread(rt.sandbox.active_reservations)
        if record.call_id is None:
            return
        got["rows"] = await rt.ledger.appointments_for_call(record.call_id)
        got["timeline"] = [e.kind for e in await rt.ledger.timeline(record.call_id)]
        report = await status_report(rt.ledger, rt.backend, rt.salon, record.call_id)
        got["status"] = report
        catalog = await rt.backend.get_catalog()
        services = {s.slug: s.name for s in catalog.services}
        stylists = {s.user_id: s.name for s in catalog.stylists}
        got["event_types"] = {
            o.event_type_id: (services[o.service_slug], stylists[o.stylist_user_id])
            for o in catalog.offerings
        }

    outcome = await run_replay(load_replay(path), inspect=inspect)
    r = Review(outcome)
    r.heard = outcome.record.heard_text
    r.heard_after_greeting = [t.bot_text for t in outcome.record.turns]
    r.bookings = got.get("bookings", [])
    r.reservations = got.get("reservations", [])
    r.rows = got.get("rows", [])
    r.timeline = got.get("timeline", [])
    r.event_types = got.get("event_types", {})
    status = got.get("status")
    if status is not None:
        r.status_exit = status.exit_code
        r.status_lines = status.lines
        r.status_verdicts = {c.appointment.id: str(c.verdict) for c in status.comparisons}
    return r


# -- the reviewer's own reading of times -----------------------------------------------------


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def local(booking: dict[str, Any]) -> datetime:
    return utc(booking["start"]).astimezone(BERLIN)


def spoken_forms(at: datetime) -> tuple[str, str]:
    """('Dienstag, 27. Oktober', '10 Uhr' / '10:30 Uhr') of a salon-time instant."""
    at = at.astimezone(BERLIN)
    day = f"{WEEKDAYS[at.weekday()]}, {at.day}. {MONTHS[at.month - 1]}"
    clock = f"{at.hour} Uhr" if at.minute == 0 else f"{at.hour}:{at.minute:02d} Uhr"
    return day, clock


def dates_heard(text: str, year: int) -> list[Said]:
    return [
        Said(m["wd"], int(m["day"]), MONTHS.index(m["month"]) + 1) for m in _DATE.finditer(text)
    ]


def weekday_mismatches(text: str, year: int) -> list[str]:
    """'Freitag, 5. Dezember' when the 5th is a Saturday: every such pair the caller heard."""
    wrong = []
    for said in dates_heard(text, year):
        if said.weekday is None:
            continue
        actual = WEEKDAYS[date(year, said.month, said.day).weekday()]
        if actual != said.weekday:
            wrong.append(f"{said.weekday}, {said.day}.{said.month}. (is a {actual})")
    return wrong


def times_heard(text: str) -> list[tuple[int, int]]:
    return [(int(m["h"]), int(m["m"] or 0)) for m in _TIME.finditer(text)]


def voice_of(text: str) -> str:
    """What the TTS is given for a text (the product's speakable transform)."""
    return speakable(text, "de")


# -- what must always be true ----------------------------------------------------------------


def ledger_matches_calendar(r: Review) -> list[str]:
    """Every ledger row of the call against the sandbox's own booking table."""
    problems = []
    by_uid = {b["uid"]: b for b in r.bookings}
    for row in r.rows:
        state = str(row.state.value if hasattr(row.state, "value") else row.state)
        booking = by_uid.get(row.booking_uid) if row.booking_uid else None
        if state == "confirmed":
            if booking is None or booking["status"] != "accepted":
                problems.append(f"row {row.id} confirmed, calendar {booking and booking['status']}")
            elif utc(booking["start"]) != row.start:
                problems.append(f"row {row.id} at {row.start}, calendar {booking['start']}")
            elif booking["eventTypeId"] != row.event_type_id:
                problems.append(f"row {row.id} event type differs")
        elif state == "pending":
            if booking is None or booking["status"] != "pending":
                problems.append(f"row {row.id} pending, calendar {booking and booking['status']}")
        elif state in ("failed", "released", "expired"):
            if booking is not None and booking["status"] in ("accepted", "pending"):
                problems.append(f"row {row.id} {state}, calendar has it {booking['status']}")
        if booking is not None and row.booking_status and row.booking_status != booking["status"]:
            problems.append(
                f"row {row.id} records {row.booking_status}, calendar says {booking['status']}"
            )
    known = {row.booking_uid for row in r.rows if row.booking_uid}
    for b in r.of_this_call():
        if b["status"] in ("accepted", "pending") and b["uid"] not in known:
            unknown_rows = [
                x for x in r.rows if str(getattr(x.state, "value", x.state)) == "unknown"
            ]
            if not unknown_rows:
                problems.append(f"calendar booking {b['uid']} of this call unknown to the ledger")
    return problems
