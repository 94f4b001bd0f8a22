"""A caller moves an appointment and Cal.com answers the move otherwise than accepted with a uid
(`rejected`, no uid, no booking at all): the shipped replays, judged from outside
(tests/e2e_review.py). What must be true afterwards: the caller never heard the move as done
unless Cal.com returned the new booking accepted; they heard what is true of the OLD
appointment (still standing, gone, or open); the ledger and `status` say the same; `reconcile`
settles what stayed open."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from agent.commands.reconcile import reconcile_and_describe
from agent.commands.status import status_report
from agent.reconcile import DEFAULT_HORIZON
from agent.replay.loader import load_replay
from agent.replay.runner import run_replay
from tests.e2e_review import ledger_matches_calendar, review

REPLAYS = Path(__file__).resolve().parent.parent / "replays"


def _text(name: str) -> str:
    return (REPLAYS / f"{name}.yaml").read_text(encoding="utf-8")


async def test_a_move_answered_rejected_leaves_neither_appointment_and_says_so(tmp_path):
    """Caller: moves Wednesday 11:00 to Thursday. Calendar: carries the move out, the host
    declines the new booking at once. Afterwards: never "verschoben" nor "besteht weiter"; the
    old row retired as moved, the new one failed with Cal.com's uid and status; `status` agrees."""
    r = await review(_text("move_answered_rejected"), tmp_path)
    assert r.outcome.passed, r.report
    assert r.status_exit == 0 and ledger_matches_calendar(r) == [], r.status_lines
    new = next(b for b in r.bookings if b["rescheduledFromUid"])
    assert new["status"] == "rejected"
    states = {row.state.value: row for row in r.rows}
    assert set(states) == {"failed", "rescheduled"}, r.rows
    assert (states["failed"].booking_uid, states["failed"].booking_status) == (
        new["uid"],
        "rejected",
    )
    heard = " ".join(r.heard_after_greeting[1:])
    for false in ("besteht weiter", "bleibt, wie er war", "Unverändert", "ist verschoben"):
        assert false not in heard, heard
    assert all(v.startswith("nicht im Kalender") for v in r.status_verdicts.values())


async def test_a_move_answered_without_uid_is_looked_up_and_told_moved(tmp_path):
    """Calendar: moves, answers without uid/id. Afterwards: the new booking found through the
    old one (rescheduledToUid), told "verschoben" by code, the ledger and `status` agree."""
    r = await review(_text("move_answered_without_uid"), tmp_path)
    assert r.outcome.passed, r.report
    assert r.status_exit == 0 and ledger_matches_calendar(r) == [], r.status_lines
    new = next(b for b in r.bookings if b["rescheduledFromUid"])
    (confirmed,) = [row for row in r.rows if row.state.value == "confirmed"]
    assert confirmed.booking_uid == new["uid"] and new["status"] == "accepted"
    moved_turn = r.heard_after_greeting[1]
    assert moved_turn.count("verschoben auf Donnerstag") == 1, moved_turn


async def test_a_move_answered_without_booking_is_open_for_both_times_then_reconciled(tmp_path):
    """Calendar: 201 naming no booking, nothing moved. The caller must hear the move unconfirmed
    and the old time open too (nobody can tell yet whether Cal.com carried it out), never "verschoben" nor "steht noch"; `status` looks the move up from the old
    booking's side (a move carries no request id); after the lost-request horizon `reconcile`
    settles it as not moved and leaves the caller a notice, and `status` then agrees. The new
    slot is fenced meanwhile (held again under a new reservation), as a lost booking's is."""
    got: dict = {}

    async def inspect(rt, record) -> None:
        call_id = record.call_id
        before = await status_report(rt.ledger, rt.backend, rt.salon, call_id)
        got["before"] = before
        rt.clock.advance(DEFAULT_HORIZON + timedelta(minutes=1))
        got["reconciled"] = await reconcile_and_describe(
            rt.ledger, rt.backend, rt.salon, rt.clock.now()
        )
        got["after"] = await status_report(rt.ledger, rt.backend, rt.salon, call_id)
        got["rows"] = await rt.ledger.appointments_for_call(call_id)
        got["bookings"] = await asyncio.to_thread(rt.sandbox.bookings)
        got["timeline"] = [e.kind for e in await rt.ledger.timeline(call_id)]

    path = tmp_path / "move.yaml"
    path.write_text(_text("move_answered_without_booking"), encoding="utf-8")
    outcome = await run_replay(load_replay(path), inspect=inspect)
    assert outcome.passed, outcome
    heard = [t.bot_text for t in outcome.record.turns]
    assert "Mittwoch, 25. November, um 11 Uhr bleibt oder" in heard[1], heard[1]
    assert "wechselt, klärt" in heard[1] and "verschoben ist" not in heard[1]
    assert "steht natürlich noch" not in heard[2] and "nicht bestätigen" in heard[2], heard[2]
    assert "Noch offen ist: Bartpflege von Mittwoch" in heard[3], heard[3]
    before = "\n".join(got["before"].lines)
    assert "die alte Buchung ist nicht verschoben" in before, before
    assert "per Request-ID" not in before, before
    states = sorted(row.state.value for row in got["rows"])
    # the old one stands, the move did not; the fence its retry went with was released and
    # the one placed after it (the new slot held against both lost requests) lapsed once
    # nothing could land any more
    assert states == ["confirmed", "expired", "failed", "released"], states
    assert got["timeline"].count("move_retried") == 1, got["timeline"]
    (booking,) = got["bookings"]
    assert booking["status"] == "accepted" and not booking.get("rescheduledToUid")
    _, lines = got["reconciled"]
    assert any("die alte Buchung wurde in Cal.com nicht verschoben" in line for line in lines), (
        lines
    )
    assert "caller_must_be_told" in got["timeline"], got["timeline"]
    assert "reconciled" in got["timeline"]
    assert got["after"].exit_code == 0, "\n".join(got["after"].lines)


async def test_a_move_answered_once_without_booking_is_sent_once_more_and_moves(tmp_path):
    """Calendar: the move's first answer is 201 naming no booking (nothing moved), the next is
    a real one. Afterwards: Cal.com was asked, the old booking was unchanged and the new slot
    fenced, so the move went once more with the fence's reservation: the caller hears
    "verschoben auf Donnerstag" once, Cal.com has one moved booking, no reservation is left."""
    got: dict = {}

    async def inspect(rt, record) -> None:
        got["bookings"] = await asyncio.to_thread(rt.sandbox.bookings)
        got["holds"] = await asyncio.to_thread(rt.sandbox.active_reservations)
        got["timeline"] = [e.kind for e in await rt.ledger.timeline(record.call_id)]

    text = _text("move_answered_without_booking")
    start = text.index("  - events: [{fault")
    end = text.index('  - user: "Und mein alter Termin')
    turn = text[start:end].replace("n: 2, ", "")
    turn = turn[: turn.index("    tools: [")]
    path = tmp_path / "move.yaml"
    path.write_text("name: retried move\n" + _FOUND_AND_HELD + turn, encoding="utf-8")
    outcome = await run_replay(load_replay(path), inspect=inspect)
    heard = [t.bot_text for t in outcome.record.turns]
    assert heard[1].count("verschoben auf Donnerstag") == 1, heard[1]
    old, new = sorted(got["bookings"], key=lambda b: b["start"])
    assert old["status"] == "cancelled" and old["rescheduledToUid"] == new["uid"]
    assert new["status"] == "accepted" and new["start"] == "2026-11-26T10:00:00.000Z"
    assert got["holds"] == []
    assert got["timeline"].count("move_retried") == 1, got["timeline"]


_FOUND_AND_HELD = """
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Mehmet, service: Bartpflege, start: "2026-11-25 11:00", name: Kai Winter, phone: "+4915112345678"}
turns:
  - user: "Ich hab morgen um elf Bartpflege bei Mehmet. Geht das auch Donnerstag, gleiche Uhrzeit?"
    model:
      - tool_calls:
          - name: find_my_appointments
            arguments: {}
          - name: check_availability
            arguments: {service: Bartpflege, stylist: Mehmet, date: Donnerstag, time: "11:00"}
      - say: "Donnerstag um 11 Uhr bei Mehmet ist frei. Soll ich verlegen?"
"""
_MOVE = """          - name: reschedule_appointment
            arguments: {ref: "{find_my_appointments.appointments.0.ref}", slot_id: "{check_availability.slot_id}", customer_name: Kai Winter}
"""
_CANCEL_OLD_REF = """          - name: cancel_appointment
            arguments: {ref: "{find_my_appointments.appointments.0.ref}", customer_name: Kai Winter}
"""

DOUBLE_YES = (
    "name: the move's yes said twice (two tool calls at once), then once more\n"
    + _FOUND_AND_HELD
    + """  - user: "Ja, genau. Kai Winter."
    model:
      - tool_calls:
"""
    + _MOVE
    + _MOVE
    + """      - say: "{say}"
    tools: [{name: reschedule_appointment, status: rescheduled}]
    says: ["Ihr Termin ist verschoben auf Donnerstag, 26. November, um 11 Uhr"]
  - user: "Ja, also verschieben Sie bitte."
    model:
      - tool_calls:
"""
    + _MOVE
    + """      - say: "Gern."
    tools: [{name: reschedule_appointment, status: rescheduled, result: {already_moved: true}}]
  - user: "Und dann doch lieber ganz absagen."
    model:
      - tool_calls:
"""
    + _CANCEL_OLD_REF
    + _CANCEL_OLD_REF
    + """      - say: "{say}"
    tools: [{name: cancel_appointment, status: cancelled}]
    says: ["am Donnerstag, 26. November, um 11 Uhr ist storniert"]
  - user: "Danke, tschüss!"
    model:
      - say: "Auf Wiederhören!"
    says: ["Storniert ist: Bartpflege am Donnerstag, 26. November, 11 Uhr bei Mehmet Yılmaz, vorher Mittwoch, 25. November, 11 Uhr."]
    not_says: ["Verschoben ist"]
expect:
  ledger:
    states: {cancelled: 1, rescheduled: 1}
  calendar:
    bookings:
      - {stylist: Mehmet, service: Bartpflege, start: "2026-11-25 11:00", status: cancelled}
      - {stylist: Mehmet, service: Bartpflege, start: "2026-11-26 11:00", status: cancelled}
    accepted_count: 0
    no_hold_left: true
"""
)


async def test_a_repeated_move_or_cancel_answers_with_what_this_call_did_and_the_goodbye_says_both(
    tmp_path,
):
    """Caller: says yes to a move twice at once and once more, then cancels, the model using
    the OLD appointment's ref (twice). Calendar: one move, one cancel. Afterwards: every repeat
    answers with the appointment as this call left it (never "not found" about the caller's own
    appointment, which a model would pass on as "Ihren Termin finde ich nicht"), the cancel
    follows the move to the Thursday booking, each outcome is heard once, and the goodbye says
    that the cancelled Thursday appointment was Wednesday's, so the caller does not believe
    Wednesday still stands."""
    r = await review(DOUBLE_YES, tmp_path)
    assert r.outcome.passed, r.report
    assert r.status_exit == 0 and ledger_matches_calendar(r) == [], r.status_lines
    results = [(t.name, t.result) for t in r.outcome.record.tools if t.name != "check_availability"]
    statuses = [res["status"] for name, res in results if name != "find_my_appointments"]
    assert "not_found" not in statuses, results
    moves = [res for name, res in results if name == "reschedule_appointment"]
    assert sum(1 for m in moves if m.get("already_moved")) == 2, moves
    cancels = [res for name, res in results if name == "cancel_appointment"]
    assert [bool(c.get("already_cancelled")) for c in cancels] == [False, True], cancels
    assert r.heard_after_greeting[1].count("verschoben auf") == 1
    assert r.heard_after_greeting[3].count("ist storniert") == 1
