"""Calls a careful reviewer tries next: the shipped replays for them, judged from outside as well
(tests/e2e_review.py: the sandbox's own tables, `status`, the reviewer's own reading of what was
heard), and the same calls in English where code composes what is said."""

from __future__ import annotations

from pathlib import Path

from tests.e2e_review import (
    ledger_matches_calendar,
    local,
    review,
    spoken_forms,
    times_heard,
    utc,
)

REPLAYS = Path(__file__).resolve().parent.parent / "replays"


def _text(name: str) -> str:
    return (REPLAYS / f"{name}.yaml").read_text(encoding="utf-8")


def _sound(r, *, holds_left: bool = False):
    assert r.outcome.passed, r.report
    assert r.outcome.error is None and r.status_exit == 0, "\n".join(r.status_lines)
    assert ledger_matches_calendar(r) == [], r.report
    if not holds_left:
        assert r.reservations == [], r.reservations


# -- refused with hold_unconfirmed: told until when the time is blocked, and booked after it ----


async def test_a_caller_refused_for_an_unseen_reservation_hears_when_and_books_after_it(tmp_path):
    r = await review(_text("hold_unconfirmed_told_when_free"), tmp_path)
    _sound(r)
    refused, booked = [t for t in r.outcome.record.tools if t.name == "book_appointment"]
    assert refused.result["reason"] == "hold_unconfirmed"
    told = r.heard_after_greeting[1]
    assert "gebucht ist noch nichts" in told.casefold() and "ist gebucht" not in told, told
    (bound,) = [t for t in times_heard(told) if t != (10, 0)]  # the slot's own time aside
    # what was said is when the caller asked again: after it, the slot was held and booked
    (row,) = r.rows
    assert row.state.value == "confirmed" and booked.result["status"] == "booked"
    (booking,) = r.of_this_call()
    assert booking["status"] == "accepted" and booking["uid"] == row.booking_uid
    assert r.timeline.index("booking_withheld") < r.timeline.index("caller_told_free_at")
    assert r.timeline.index("caller_told_free_at") < r.timeline.index("hold_renewed")
    assert any("Anrufer gesagt, bis wann" in line for line in r.status_lines), r.status_lines
    assert f"{bound[0]}:{bound[1]:02d}" in refused.result["free_again_by"]
    assert r.heard_after_greeting[2].count("ist gebucht") == 1, r.heard_after_greeting[2]


UNSEEN_EN = """
name: an English caller refused for an unseen reservation hears, in English, until when
now: "2026-11-24 09:00"
caller: "+4915112345678"
language: en
limits: {max_call: 1h}
turns:
  - user: "Friday at ten, a men's haircut with Mehmet."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: Freitag, time: "10:00"}
      - say: "Friday at 10 am with Mehmet is held for you. Your name?"
    tools: [{name: check_availability, status: held}]
  - events:
      - {fault: {fail_next: {n: 500, kind: 5xx, endpoint: "* /v2/slots/reservations/*"}}}
      - {fault: {timeout_seconds: 0.2}}
      - {fault: {lose_response_after_commit: {n: 1, kind: timeout, endpoint: "POST /v2/slots/reservations"}}}
      - {advance: 3m}
    user: "Uh ... yes, Tobias Brandt, book it."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Great, you're booked!"
    tools: [{name: book_appointment, status: not_booked, result: {reason: hold_unconfirmed}}]
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
  calendar: {holds: [{stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-27 10:00"}]}
"""


async def test_an_english_caller_hears_until_when_in_english_the_rows_bound(tmp_path):
    """The time said is the row's bound: the latest the unseen reservation can stand."""
    r = await review(UNSEEN_EN, tmp_path)
    _sound(r, holds_left=True)
    told = r.heard_after_greeting[1]
    assert "you're booked" not in told and "Gebucht" not in told, told
    assert "Nothing is booked yet" in told, told
    (row,) = r.rows
    (unseen,) = r.reservations  # lapses by itself: its uid was never learnt
    assert row.reservation_until >= utc(unseen["reservationUntil"])
    bound = local({"start": row.reservation_until.isoformat()})
    hour = bound.hour % 12 or 12
    assert f"until {hour}:{bound.minute:02d} am at the latest" in told, (told, bound)


SECOND_LOST = """
name: the reservation asked for again on the yes loses its answer too
now: "2026-11-24 09:00"
caller: "+4915112345678"
limits: {max_call: 1h}
turns:
  - user: "Freitag um zehn Herrenhaarschnitt bei Mehmet."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: Freitag, time: "10:00"}
      - say: "{check_availability.spoken} ist für Sie reserviert. Ihr Name?"
    tools: [{name: check_availability, status: held}]
  - events:
      - {fault: {fail_next: {n: 500, kind: 5xx, endpoint: "* /v2/slots/reservations/*"}}}
      - {fault: {timeout_seconds: 0.2}}
      - {fault: {lose_response_after_commit: {n: 1, kind: timeout, endpoint: "POST /v2/slots/reservations"}}}
      - {advance: 3m}
    user: "Ähm ... ja, Tobias Brandt, buchen."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Wunderbar, Ihr Termin ist gebucht!"
    tools: [{name: book_appointment, status: not_booked, result: {reason: hold_unconfirmed}}]
  - events:
      - {fault: {lose_response_after_commit: {n: 1, kind: timeout, endpoint: "POST /v2/slots/reservations"}}}
      - {advance: 3m}
    user: "Versuchen Sie es bitte gleich noch mal."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Jetzt ist er gebucht!"
    tools: [{name: book_appointment, status: not_booked, result: {reason: hold_unconfirmed}}]
  - user: "Dann lasse ich das. Tschüss!"
    model:
      - say: "Auf Wiederhören!"
expect:
  calendar: {holds: [{stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-27 10:00"}]}
"""


async def test_after_a_second_lost_answer_status_names_the_time_the_caller_heard_last(tmp_path):
    """Caller: says yes twice while the hold's renewal, then the re-ask on the first yes, lose
    their answers (both reservations made in Cal.com, neither named). Each refusal tells until
    when the slot stays blocked, the second a later time. Afterwards the ledger row's bound,
    the timeline's last `caller_told_free_at` and `status` all name the time heard last, and it
    is never earlier than a reservation Cal.com holds (before: the row kept the first bound)."""
    r = await review(SECOND_LOST, tmp_path)
    _sound(r, holds_left=True)
    first, second = (times_heard(r.heard_after_greeting[i]) for i in (1, 2))
    told_first = [t for t in first if t != (10, 0)][-1]
    told_last = [t for t in second if t != (10, 0)][-1]
    assert told_last > told_first, (r.heard_after_greeting[1], r.heard_after_greeting[2])
    assert "ist gebucht" not in " ".join(r.heard_after_greeting[1:3])
    (row,) = r.rows
    assert row.state.value == "reserving"
    bound = local({"start": row.reservation_until.isoformat()})
    assert (bound.hour, bound.minute) == told_last, (bound, told_last)
    for unseen in r.reservations:  # what Cal.com really holds lapses by the time told
        assert row.reservation_until >= utc(unseen["reservationUntil"])
    clock = f"{told_last[0]}:{told_last[1]:02d}"
    told_lines = [line for line in r.status_lines if "Anrufer gesagt, bis wann" in line]
    assert len(told_lines) == 2 and clock in told_lines[-1], told_lines
    (held_line,) = [line for line in r.status_lines if "hält höchstens bis" in line]
    assert clock in held_line, (held_line, clock)


# -- two appointments in one call: book two, cancel one ---------------------------------------


async def test_two_appointments_one_cancelled_the_goodbye_names_exactly_what_changed(tmp_path):
    r = await review(_text("two_appointments_one_cancelled"), tmp_path)
    _sound(r)
    mine = r.of_this_call()
    assert sorted(b["status"] for b in mine) == ["accepted", "cancelled"], mine
    expected = []
    for status, word in (("accepted", "Gebucht ist"), ("cancelled", "Storniert ist")):
        (b,) = [b for b in mine if b["status"] == status]
        service, stylist = r.event_types[b["eventTypeId"]]
        day, clock = spoken_forms(local(b))
        expected.append(f"{word}: {service} am {day}, {clock} bei {stylist}.")
    goodbye = r.heard_after_greeting[-1]
    assert goodbye.startswith(" ".join(expected)), (goodbye, expected)
    assert goodbye.count("ist:") == 2, goodbye  # nothing else named as changed
    cancel_turn = r.heard_after_greeting[4]
    assert cancel_turn.count("storniert") == 1, cancel_turn  # the model's "auch storniert": not
    assert sorted(r.status_verdicts.values())[0] == "im Kalender", r.status_lines


# -- someone else's appointment ----------------------------------------------------------------


async def test_another_persons_appointment_is_neither_shown_nor_cancelled_nor_said_cancelled(
    tmp_path,
):
    r = await review(_text("refused_foreign"), tmp_path)
    _sound(r)
    (theirs,) = r.bookings
    assert theirs["status"] == "accepted" and theirs["attendees"][0]["name"] == "Claudia Neumann"
    assert r.rows == [] and "cancel_sent" not in r.timeline
    heard = " ".join(r.heard_after_greeting)
    assert "storniert." not in heard.replace("Storniert ist noch nichts.", ""), heard
    day, clock = spoken_forms(local(theirs))
    assert day not in heard and clock not in heard and "Sophie" not in heard, heard


NAMED_THIRD_PARTY = """
name: the model claims it cancelled another person's appointment, naming her
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Sophie, service: Färben, start: "2026-11-27 11:00", name: Claudia Neumann, phone: "+4917099988877"}
turns:
  - user: "Stornieren Sie den Termin von Claudia Neumann am Freitag, ich bin ihr Mann."
    model:
      - say: "In Ordnung, ich habe den Termin von Frau Neumann am Freitag storniert."
  - events: [{hangup: true}]
expect:
  calendar: {accepted_count: 1}
"""


async def test_a_claimed_cancellation_of_a_named_third_partys_appointment_is_stopped(tmp_path):
    r = await review(NAMED_THIRD_PARTY, tmp_path)
    _sound(r)
    assert "storniert" not in r.heard_after_greeting[0], r.heard_after_greeting[0]


# -- a hang-up between hold and yes ------------------------------------------------------------


async def test_a_hang_up_between_hold_and_yes_releases_the_hold_and_books_nothing(tmp_path):
    r = await review(_text("hangup_mid_decision"), tmp_path)
    _sound(r)
    assert r.bookings == [] and r.reservations == []
    (row,) = r.rows
    assert row.state.value == "released" and row.booking_uid is None
    assert r.timeline.index("hold_placed") < r.timeline.index("hold_released")
    assert "booking_sent" not in r.timeline
    assert any("reason=call ended: hangup" in line for line in r.status_lines), r.status_lines
    assert r.status_verdicts[row.id].startswith("nicht im Kalender"), r.status_lines
