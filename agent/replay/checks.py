"""The expectations of a replay, each checked into a pass/fail line that says expected vs got."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent.replay.loader import LoadedReplay
from agent.replay.names import CalendarNames
from agent.replay.record import CallRecord, ToolCall
from agent.replay.spec import (
    AppointmentExpect,
    BookingExpect,
    CalendarExpect,
    HoldExpect,
    LedgerExpect,
    ToolExpect,
)


@dataclass
class Check:
    where: str  # "turn 2", "call", "ledger", "calendar"
    what: str
    passed: bool
    detail: str = ""  # on failure: expected vs got

    def line(self) -> str:
        mark = "PASS" if self.passed else "FAIL"
        text = f"{mark}  [{self.where}] {self.what}"
        return text if self.passed or not self.detail else f"{text}\n        {self.detail}"


# ---------------------------------------------------------------------------------------------
# Phrases and tools
# ---------------------------------------------------------------------------------------------


def phrase_found(phrase: str, text: str) -> bool:
    """`/regex/` searches case-insensitively; anything else is a case- and spacing-insensitive
    substring."""
    if len(phrase) > 2 and phrase.startswith("/") and phrase.endswith("/"):
        return re.search(phrase[1:-1], text, flags=re.IGNORECASE) is not None
    return " ".join(phrase.casefold().split()) in " ".join(text.casefold().split())


def check_phrases(where: str, text: str, says: list[str], not_says: list[str]) -> list[Check]:
    shown = _short(text)
    out = [
        Check(where, f"says {p!r}", ok := phrase_found(p, text), "" if ok else f"bot said: {shown}")
        for p in says
    ]
    out += [
        Check(
            where,
            f"does not say {p!r}",
            ok := not phrase_found(p, text),
            "" if ok else f"bot said: {shown}",
        )
        for p in not_says
    ]
    return out


def value_matches(want: Any, got: Any) -> bool:
    """Strings case- and spacing-insensitive; a mapping is a subset of the fields it names
    (`null` for a field that must be absent); a list matches item by item, same length."""
    if isinstance(want, str) and isinstance(got, str):
        return " ".join(want.casefold().split()) == " ".join(got.casefold().split())
    if isinstance(want, dict):
        return isinstance(got, dict) and all(value_matches(v, got.get(k)) for k, v in want.items())
    if isinstance(want, list):
        return (
            isinstance(got, list)
            and len(want) == len(got)
            and all(value_matches(w, g) for w, g in zip(want, got, strict=True))
        )
    return want == got


def tool_matches(want: ToolExpect, call: ToolCall) -> bool:
    if call.name != want.name:
        return False
    if want.args and not value_matches(want.args, call.arguments):
        return False
    if want.status is not None and call.status != want.status:
        return False
    return want.result is None or value_matches(want.result, call.result)


def check_tools(
    where: str, calls: list[ToolCall], wanted: list[ToolExpect], forbidden: list[ToolExpect]
) -> list[Check]:
    """Each wanted call, in the listed order, with other calls allowed in between."""
    out: list[Check] = []
    pos = 0
    for want in wanted:
        idx = next((i for i in range(pos, len(calls)) if tool_matches(want, calls[i])), None)
        if idx is None:
            same_name = [
                c.label(with_result=bool(want.result)) for c in calls[pos:] if c.name == want.name
            ]
            got = "; ".join(same_name) if same_name else _calls_text(calls)
            out.append(
                Check(where, f"calls {want.label()}", False, f"expected {want.label()}, got: {got}")
            )
        else:
            out.append(Check(where, f"calls {want.label()}", True))
            pos = idx + 1
    for unwanted in forbidden:
        made = [
            c.label(with_result=bool(unwanted.result)) for c in calls if tool_matches(unwanted, c)
        ]
        out.append(
            Check(
                where, f"never calls {unwanted.label()}", not made, f"but it did: {'; '.join(made)}"
            )
        )
    return out


def count_check(where: str, what: str, want: int, have: int, listing: str) -> Check:
    """`what` holds when there are exactly `want`; a failure shows how many and which."""
    return Check(where, what, have == want, f"got {have}: {listing}")


def _calls_text(calls: list[ToolCall]) -> str:
    return "; ".join(c.label() for c in calls) or "no tool calls"


def _short(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


# ---------------------------------------------------------------------------------------------
# Ledger
# ---------------------------------------------------------------------------------------------


async def check_ledger(
    replay: LoadedReplay, names: CalendarNames, ledger: Any, call_id: str, want: LedgerExpect
) -> list[Check]:
    appointments = await ledger.appointments_for_call(call_id)
    rows = [names.appointment_text(a) for a in appointments]
    got = "; ".join(rows) or "no appointments"
    out: list[Check] = []
    if want.count is not None:
        out.append(
            count_check(
                "ledger", f"{want.count} appointment(s)", want.count, len(appointments), got
            )
        )
    for state, n in want.states.items():
        have = sum(1 for a in appointments if str(a.state) == state)
        out.append(count_check("ledger", f"{n} {state}", n, have, got))
    if want.no_confirmed:
        confirmed = [
            r for a, r in zip(appointments, rows, strict=True) if str(a.state) == "confirmed"
        ]
        out.append(
            Check(
                "ledger", "no confirmed appointment", not confirmed, f"got: {'; '.join(confirmed)}"
            )
        )
    for exp in want.appointments:
        label = _appointment_label(exp)
        ok = any(_appointment_matches(replay, names, exp, a) for a in appointments)
        out.append(Check("ledger", f"has {label}", ok, f"expected {label}, got: {got}"))
    if want.timeline:
        kinds = [e.kind for e in await ledger.timeline(call_id)]
        pos, missing = 0, None
        for kind in want.timeline:
            try:
                pos = kinds.index(kind, pos) + 1
            except ValueError:
                missing = kind
                break
        out.append(
            Check(
                "ledger",
                f"timeline {' -> '.join(want.timeline)}",
                missing is None,
                f"{missing!r} missing (in order); timeline: {', '.join(kinds)}",
            )
        )
    if want.not_timeline:
        kinds = [e.kind for e in await ledger.timeline(call_id)]
        for kind in want.not_timeline:
            n = kinds.count(kind)
            out.append(Check("ledger", f"timeline has no {kind}", not n, f"it has {n}"))
    return out


def _label(lead: str, exp: AppointmentExpect | BookingExpect, *tail: str | None) -> str:
    """`confirmed Dauerwelle bei Fabian 2026-11-27 10:00 Sabine Keller`: what was expected."""
    parts = [lead, exp.service, exp.stylist and f"bei {exp.stylist}", exp.start and str(exp.start)]
    return " ".join(p for p in [*parts, *tail] if p)


def _appointment_label(exp: AppointmentExpect) -> str:
    return _label(exp.state, exp, exp.customer_name)


def _appointment_matches(
    replay: LoadedReplay, names: CalendarNames, exp: AppointmentExpect, a: Any
) -> bool:
    if str(a.state) != exp.state:
        return False
    offering = (names.username(a.stylist_user_id) or "", a.service_slug)
    if not slot_matches(replay, exp, offering, a.start):
        return False
    return (
        exp.customer_name is None
        or (a.customer_name or "").casefold() == exp.customer_name.casefold()
    )


# ---------------------------------------------------------------------------------------------
# Calendar
# ---------------------------------------------------------------------------------------------


def check_calendar(
    replay: LoadedReplay,
    names: CalendarNames,
    bookings: list[dict],
    holds: list[dict],
    record: CallRecord,
    want: CalendarExpect,
) -> list[Check]:
    out: list[Check] = []
    accepted = [b for b in bookings if b.get("status") == "accepted"]
    got = "; ".join(names.booking_text(b) for b in bookings) or "no bookings"
    matched: set[int] = set()
    for exp in want.bookings:
        label = _booking_label(exp)
        hits = [i for i, b in enumerate(bookings) if _booking_matches(replay, names, exp, b)]
        if exp.absent:
            out.append(
                Check(
                    "calendar",
                    f"no {label}",
                    not hits,
                    f"but found: {'; '.join(names.booking_text(bookings[i]) for i in hits)}",
                )
            )
        else:
            out.append(
                Check("calendar", f"has {label}", bool(hits), f"expected {label}, got: {got}")
            )
            matched.update(hits)
    if want.only_listed:
        extra = [
            names.booking_text(b)
            for i, b in enumerate(bookings)
            if i not in matched and b.get("status") == "accepted"
        ]
        out.append(
            Check(
                "calendar",
                "no other accepted booking",
                not extra,
                f"also found: {'; '.join(extra)}",
            )
        )
    if want.accepted_count is not None:
        n = want.accepted_count
        out.append(count_check("calendar", f"{n} accepted booking(s)", n, len(accepted), got))
    if want.no_hold_left:
        ours = [h for h in holds if h.get("reservationUid") not in record.foreign_hold_uids]
        shown = "; ".join(names.hold_text(h) for h in ours)
        out.append(Check("calendar", "no hold left", not ours, f"still held: {shown}"))
    for exp in want.holds:
        label = _label("hold", exp)
        found = any(
            h.get("reservationUid") not in record.foreign_hold_uids
            and slot_matches(
                replay,
                exp,
                names.offering(h.get("eventTypeId")),
                parse_api_time(h.get("slotStart")),
            )
            for h in holds
        )
        shown = "; ".join(names.hold_text(h) for h in holds) or "no holds"
        out.append(Check("calendar", f"leaves {label}", found, f"holds: {shown}"))
    return out


def slot_matches(
    replay: LoadedReplay,
    exp: HoldExpect | AppointmentExpect | BookingExpect,
    offering: tuple[str, str] | None,
    start: datetime | None,
) -> bool:
    """Whether (stylist username, service slug) and start fit what `exp` names."""
    refs = replay.refs
    if exp.stylist and (offering is None or offering[0] != refs.stylist(exp.stylist).username):
        return False
    if exp.service and (offering is None or offering[1] != refs.service(exp.service).slug):
        return False
    return exp.start is None or start == refs.instant(exp.start)


def _booking_label(exp: BookingExpect) -> str:
    status = "" if exp.absent else exp.status
    return "booking " + _label(status, exp, exp.name, exp.phone and f"tel {exp.phone}")


def _booking_matches(
    replay: LoadedReplay, names: CalendarNames, exp: BookingExpect, b: dict
) -> bool:
    if b.get("status") != exp.status:
        return False
    offering = names.offering(b.get("eventTypeId"))
    if not slot_matches(replay, exp, offering, parse_api_time(b.get("start"))):
        return False
    attendees = b.get("attendees") or []
    if exp.phone and not any(a.get("phoneNumber") == exp.phone for a in attendees):
        return False
    return not exp.name or any(
        (a.get("name") or "").casefold() == exp.name.casefold() for a in attendees
    )


def parse_api_time(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
