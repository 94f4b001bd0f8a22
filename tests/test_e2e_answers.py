"""Cal.com answers a booking or a move otherwise than accepted with a uid: the shipped replays
for it, judged from outside as well (tests/e2e_review.py): what the caller heard, the ledger
against the sandbox's own tables, and `status` for the call."""

from __future__ import annotations

from pathlib import Path

from tests.e2e_review import ledger_matches_calendar, review

REPLAYS = Path(__file__).resolve().parent.parent / "replays"


async def _played(name: str, tmp_path: Path):
    r = await review((REPLAYS / f"{name}.yaml").read_text(encoding="utf-8"), tmp_path)
    assert r.outcome.passed, r.report
    assert r.outcome.error is None and r.status_exit == 0, "\n".join(r.status_lines)
    assert ledger_matches_calendar(r) == [], r.report
    assert r.reservations == [], r.reservations
    return r


async def test_a_booking_answered_201_cancelled_is_not_booked_and_never_called_cancelled(
    tmp_path,
):
    """Cal.com made the booking and answers it cancelled: the caller never had it, so they
    hear "nicht gebucht" (not "storniert", which would be news of a cancellation they did not
    ask for); the ledger keeps Cal.com's uid and status on a failed row."""
    r = await _played("booking_answered_cancelled", tmp_path)
    (booking,) = r.of_this_call()
    assert booking["status"] == "cancelled"
    (row,) = r.rows
    assert row.state.value == "failed"
    assert (row.booking_uid, row.booking_status) == (booking["uid"], "cancelled")
    after = " ".join(r.heard_after_greeting[1:])
    assert "storniert" not in after.casefold() and "ist gebucht" not in after, after
    assert r.heard_after_greeting[1].count("konnte nicht gebucht werden") == 1
    (verdict,) = r.status_verdicts.values()
    assert verdict.startswith("nicht im Kalender"), r.status_lines
    assert any("Ledger:   failed" in line for line in r.status_lines), r.status_lines


async def test_a_2xx_naming_no_booking_that_was_not_made_is_told_open_then_booked_once(tmp_path):
    """201 "success" with no booking in it, and nothing written: looked up by request id like
    a lost answer, told "noch nicht bestätigt" (the slot fenced for the caller), and the
    second yes books exactly one appointment."""
    r = await _played("booking_answered_without_booking", tmp_path)
    (booking,) = r.of_this_call()
    assert booking["status"] == "accepted"
    states = sorted(row.state.value for row in r.rows)
    assert states == ["confirmed", "failed"], states  # the fence was booked
    (confirmed,) = [row for row in r.rows if row.state.value == "confirmed"]
    assert confirmed.booking_uid == booking["uid"]
    (lost,) = [row for row in r.rows if row.state.value == "failed"]
    assert lost.booking_uid is None  # the first request made nothing, and is settled so
    second = r.heard_after_greeting[1]
    assert "noch nicht bestätigen" in second and "gebucht" not in second, second
    assert r.heard_after_greeting[2].count("ist gebucht") == 1, r.heard_after_greeting[2]
    assert r.status_verdicts[confirmed.id] == "im Kalender", r.status_lines
    assert r.status_verdicts[lost.id].startswith("nicht im Kalender"), r.status_lines


async def test_a_move_answered_pending_is_told_as_requested_and_the_old_time_as_gone(tmp_path):
    r = await _played("move_answered_pending", tmp_path)
    by_status = {b["status"]: b for b in r.bookings}
    assert set(by_status) == {"cancelled", "pending"}, r.bookings
    states = {row.state.value: row for row in r.rows}
    assert set(states) == {"pending", "rescheduled"}, r.rows
    assert states["pending"].booking_uid == by_status["pending"]["uid"]
    assert states["rescheduled"].booking_uid == by_status["cancelled"]["uid"]
    moved_turn = r.heard_after_greeting[1]
    assert "verschoben" not in moved_turn.casefold(), moved_turn
    assert moved_turn.count("ist angefragt") == 1, moved_turn
    assert any("vom Salon noch nicht bestätigt" in line for line in r.status_lines)
    verdicts = sorted(r.status_verdicts.values())
    assert verdicts[0] == "im Kalender", r.status_lines  # the new one, requested
    assert verdicts[1].startswith("nicht im Kalender"), r.status_lines  # the old one


async def test_a_move_whose_new_booking_is_answered_cancelled_leaves_neither_and_says_so(
    tmp_path,
):
    """Cal.com carried the move out (the old booking is cancelled, moved) and answered the new
    one cancelled: the caller has no appointment. They must not hear that the old one stands
    (the reply before this fix) and the ledger must not keep it confirmed."""
    r = await _played("move_answered_cancelled", tmp_path)
    assert sorted(b["status"] for b in r.bookings) == ["cancelled", "cancelled"], r.bookings
    states = {row.state.value: row for row in r.rows}
    assert set(states) == {"failed", "rescheduled"}, r.rows
    new = next(b for b in r.bookings if b["rescheduledFromUid"])
    assert (states["failed"].booking_uid, states["failed"].booking_status) == (
        new["uid"],
        "cancelled",
    )
    heard = " ".join(r.heard_after_greeting[1:])
    for false in ("besteht weiter", "bleibt, wie er war", "Unverändert", "ist verschoben"):
        assert false not in heard, heard
    assert all(v.startswith("nicht im Kalender") for v in r.status_verdicts.values()), (
        r.status_lines
    )
