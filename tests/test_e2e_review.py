"""What the caller hears must match Cal.com, in both directions: calls a careful reviewer would
try, played through the real pipeline on the sandbox and judged from outside (tests/e2e_review.py:
its own reading of dates and times, the sandbox's own tables, `status` for the call)."""

from __future__ import annotations

from tests.e2e_review import (
    ledger_matches_calendar,
    local,
    review,
    spoken_forms,
    times_heard,
    utc,
    voice_of,
    weekday_mismatches,
)

# The first turn of several scenarios: Friday 10:00 at Mehmet is asked for and held.
HELD_AT_MEHMET = """  - user: "Freitag um zehn Herrenhaarschnitt bei Mehmet."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: Freitag, time: "10:00"}
      - say: "{check_availability.spoken} ist für Sie reserviert. Ihr Name?"
    tools: [{name: check_availability, status: held}]
"""


def _booked_one(r, *, utc_start: str, service: str, stylist: str):
    live = [b for b in r.of_this_call() if b["status"] in ("accepted", "pending")]
    assert len(live) == 1, (live, r.report)
    booking = live[0]
    assert booking["start"] == utc_start, booking
    assert r.event_types[booking["eventTypeId"]] == (service, stylist)
    return booking


def _always(r):
    assert r.outcome.error is None, r.report
    assert ledger_matches_calendar(r) == [], r.report
    assert r.status_exit == 0, "\n".join(r.status_lines)
    assert r.reservations == [], r.reservations


# -- the UTC offset changes between hold and booking ------------------------------------------

DST_ACROSS = """
name: hold in summer time, booking in winter time
now: "2026-10-25 01:55"
caller: "+4915112345678"
limits: {max_call: 3h}
turns:
  - user: "Am Dienstag um zehn einen Herrenhaarschnitt bei Mehmet, bitte."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: Dienstag, time: "10:00"}
      - say: "Dienstag, der 27. Oktober um 10 Uhr bei Mehmet ist für Sie reserviert. Auf welchen Namen?"
    tools: [{name: check_availability, status: held}]
  - events: [{advance: 75m}]
    user: "Tobias Brandt. Ja, buchen Sie."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "{say}"
    tools: [{name: book_appointment, status: booked}]
expect:
  ledger: {states: {confirmed: 1}}
"""


async def test_a_hold_placed_in_summer_time_is_booked_at_the_same_wall_clock_time(tmp_path):
    r = await review(DST_ACROSS, tmp_path)
    _always(r)
    # 10:00 CET on 27 October is 09:00 UTC (the hold was placed while Berlin was UTC+2)
    booking = _booked_one(
        r,
        utc_start="2026-10-27T09:00:00.000Z",
        service="Herrenhaarschnitt",
        stylist="Mehmet Yılmaz",
    )
    day, clock = spoken_forms(local(booking))
    assert (day, clock) == ("Dienstag, 27. Oktober", "10 Uhr")
    booked_turn = r.heard_after_greeting[1]
    assert day in booked_turn and clock in booked_turn, booked_turn
    assert "siebenundzwanzigsten Oktober" in voice_of(booked_turn)
    assert "zehn Uhr" in voice_of(booked_turn)
    assert weekday_mismatches(r.heard, 2026) == []


# -- the caller changes their mind after the hold: their own hold must not stand in the way ----

SERVICE_CHANGED = """
name: Dauerwelle held, then only a Herrenhaarschnitt at the same time
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
  - user: "Freitag um zehn eine Dauerwelle bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Dauerwelle, stylist: Fabian, date: Freitag, time: "10:00"}
      - say: "Freitag, 27. November um 10 Uhr ist für Sie reserviert."
    tools: [{name: check_availability, status: held}]
  - user: "Ach nein, doch nur einen Herrenhaarschnitt, gleiche Zeit."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Freitag, time: "10:00"}
      - say: "{check_availability.spoken}, {check_availability.service} bei Fabian ist reserviert. Ihr Name?"
    tools: [{name: check_availability, status: held, result: {service: Herrenhaarschnitt, time: "10:00"}}]
  - user: "Tobias Brandt."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "{say}"
    tools: [{name: book_appointment, status: booked}]
expect:
  ledger: {states: {confirmed: 1, released: 1}}
"""


async def test_a_caller_who_changes_the_service_gets_the_new_one_at_the_time_they_held(tmp_path):
    """The Dauerwelle hold (10:00-12:15) hides Fabian's 10:00 from everybody, the caller
    included; the change of service must not be answered 'nicht frei'."""
    r = await review(SERVICE_CHANGED, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    _booked_one(
        r,
        utc_start="2026-11-27T09:00:00.000Z",
        service="Herrenhaarschnitt",
        stylist="Fabian Spitzer",
    )
    assert "Herrenhaarschnitt" in r.heard_after_greeting[2]
    assert "Dauerwelle" not in r.heard_after_greeting[2]


TIME_SHIFTED = """
name: a ladies' cut held at 10, then half an hour later with the same stylist
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Lena, service: Damenhaarschnitt, start: "2026-11-27 10:00", name: Petra Lang}
    - {stylist: Lena, service: Damenhaarschnitt, start: "2026-11-27 11:30", name: Petra Lang}
turns:
  - user: "Freitag um elf Damenhaarschnitt bei Lena."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Damenhaarschnitt, stylist: Lena Hoffmann, date: Freitag, time: "11:00"}
      - say: "Um 11 Uhr ist leider belegt. {check_availability.alternatives.0.spoken} ginge."
    tools: [{name: check_availability, status: unavailable}]
  - user: "Dann nehme ich die."
    model:
      - tool_calls:
          - name: hold_slot
            arguments: {slot_id: "{check_availability.alternatives.0.slot_id}"}
      - say: "{hold_slot.spoken} ist für Sie reserviert."
    tools: [{name: hold_slot, status: held, result: {time: "12:30"}}]
  - user: "Oder doch lieber eine Viertelstunde später, Viertel vor eins?"
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Damenhaarschnitt, stylist: Lena Hoffmann, date: Freitag, time: "12:45"}
      - say: "{check_availability.spoken} ist für Sie reserviert. Ihr Name?"
    tools: [{name: check_availability, status: held, result: {time: "12:45"}}]
  - user: "Anna Berg."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Anna Berg}
      - say: "{say}"
    tools: [{name: book_appointment, status: booked}]
expect:
  ledger: {states: {confirmed: 1, released: 1}}
"""


async def test_a_caller_may_move_their_hold_to_an_overlapping_time_at_the_same_stylist(tmp_path):
    r = await review(TIME_SHIFTED, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    _booked_one(
        r, utc_start="2026-11-27T11:45:00.000Z", service="Damenhaarschnitt", stylist="Lena Hoffmann"
    )
    assert "12:45 Uhr" in r.heard_after_greeting[2]


SHADOWED_BUT_TAKEN = """
name: the time asked for instead is taken by someone else, the first choice stays held
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Fabian, service: Herrenhaarschnitt, start: "2026-11-27 12:00", name: Petra Lang}
turns:
  - user: "Freitag um elf Herrenhaarschnitt bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Freitag, time: "11:00"}
      - say: "{check_availability.spoken} ist für Sie reserviert."
    tools: [{name: check_availability, status: held}]
  - user: "Und geht auch eine Dauerwelle um elf?"
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Dauerwelle, stylist: Fabian, date: Freitag, time: "11:00"}
      - say: "Um 11 Uhr geht die Dauerwelle nicht. Der Herrenhaarschnitt um 11 Uhr bleibt reserviert."
    tools:
      - name: check_availability
        status: unavailable
        result: {still_held: {service: Herrenhaarschnitt, time: "11:00"}}
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""


async def test_when_the_new_choice_is_not_free_the_first_choice_is_still_held(tmp_path):
    """A Dauerwelle at 11 would run into a booking at 12: the hold on the 11 o'clock cut is
    let go only to look, and is the caller's again afterwards (and released at the hang-up)."""
    r = await review(SHADOWED_BUT_TAKEN, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    assert [b["status"] for b in r.bookings] == ["accepted"]  # Petra's, nothing else


# -- a yes said twice books once, and the second answer is the booking -------------------------

DOUBLE_YES = (
    """
name: ja ja, buchen (the model sends the booking twice at once, and once more a turn later)
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
"""
    + HELD_AT_MEHMET
    + """  - user: "Tobias Brandt, ja ja, buchen!"
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "{say}"
    tools:
      - {name: book_appointment, status: booked}
      - {name: book_appointment, status: booked}
  - user: "Ja, buchen Sie bitte!"
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Der ist schon gebucht: {book_appointment.spoken}."
    tools: [{name: book_appointment, status: booked, result: {already_booked: true}}]
    says: ["schon gebucht", "Freitag, 27. November, 10 Uhr"]
expect:
  ledger: {states: {confirmed: 1}}
  calendar: {accepted_count: 1}
  not_tools: [{name: book_appointment, status: invalid_slot}]
"""
)


async def test_a_yes_said_twice_books_once_and_is_answered_with_that_booking(tmp_path):
    r = await review(DOUBLE_YES, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    _booked_one(
        r,
        utc_start="2026-11-27T09:00:00.000Z",
        service="Herrenhaarschnitt",
        stylist="Mehmet Yılmaz",
    )
    refs = {t.result["ref"] for t in r.outcome.record.tools if t.name == "book_appointment"}
    assert len(refs) == 1
    assert r.heard_after_greeting[1].count("ist gebucht") == 1, "the outcome is spoken once"


# -- one outcome, one sentence: two results with the same `say`, and the model's echo -----------

SAME_SAY_TWICE = """
name: a cancellation and the same message taken twice in one turn; the model echoes the message
now: "2026-11-24 10:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Lea, service: Kinderhaarschnitt, start: "2026-11-26 16:00", name: Jonas Weber, phone: "+4915112345678"}
turns:
  - user: "Ich muss den Termin am Donnerstag absagen."
    model:
      - tool_calls:
          - name: find_my_appointments
            arguments: {}
      - say: "Auf welchen Namen ist der Termin gebucht?"
    tools: [{name: find_my_appointments, status: found}]
  - user: "Jonas Weber. Absagen, und die Chefin soll mich wegen der Farbe zurückrufen."
    model:
      - tool_calls:
          - name: cancel_appointment
            arguments: {ref: "{find_my_appointments.appointments.0.ref}", customer_name: Jonas Weber}
          - name: take_message
            arguments: {kind: callback, name: Jonas Weber, reason: "Frage zur Farbe"}
          - name: take_message
            arguments: {kind: callback, name: Jonas Weber, reason: "Frage zur Farbe"}
      - say: "Ich habe Ihre Nachricht für den Salon aufgenommen - der Salon ruft Sie unter der Nummer, von der Sie anrufen, zurück! Also: Ich habe Ihre Nachricht für den Salon aufgenommen. Der Salon ruft Sie unter der Nummer,  von der Sie anrufen, zurück. Kann ich sonst noch helfen?"
    tools:
      - {name: cancel_appointment, status: cancelled}
      - {name: take_message, status: taken}
      - {name: take_message, status: taken}
    says: ["ist storniert", "Kann ich sonst noch helfen?"]
expect:
  ledger: {states: {cancelled: 1}}
  calendar: {accepted_count: 0}
  salon_messages_count: 1
"""


async def test_the_same_outcome_twice_in_a_turn_and_its_echo_reach_the_caller_once(tmp_path):
    """Two results with the same sentence, and the model repeating it with other punctuation
    and cut in two: the caller hears it once; the cancellation, another outcome of the same
    turn, is heard too."""
    r = await review(SAME_SAY_TWICE, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    turn = r.heard_after_greeting[1]
    tools = r.outcome.record.tools
    (cancelled,) = [t.result["say"] for t in tools if t.name == "cancel_appointment"]
    message, again = [t.result["say"] for t in tools if t.name == "take_message"]
    assert message == again  # the same sentence, twice
    assert turn.count(cancelled) == 1, turn
    assert turn.count("Nachricht für den Salon aufgenommen") == 1, turn
    assert turn.count("anrufen, zurück") == 1, turn
    assert turn.endswith("Kann ich sonst noch helfen?"), turn


# -- the hold lapses while the caller hesitates --------------------------------------------------

LAPSED_THEN_TAKEN = (
    """
name: the hold cannot be extended, lapses, a web booker takes the time, then the caller says yes
now: "2026-11-24 09:00"
caller: "+4915112345678"
limits: {max_call: 1h}
turns:
"""
    + HELD_AT_MEHMET
    + """  - events:
      - {fault: {fail_next: {n: 500, kind: 5xx, endpoint: "* /v2/slots/reservations/*"}}}
      - {external_booking: {stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-27 10:00", at: "2026-11-24 09:12"}}
      - {advance: 15m}
    user: "Ähm ... ja, Tobias Brandt, buchen."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Wunderbar, Ihr Termin ist gebucht!"
    tools:
      - name: book_appointment
        status: not_booked
        result: {reason: slot_taken}
    not_says: ["ist gebucht"]
expect:
  ledger: {no_confirmed: true, states: {expired: 1}}
"""
)


async def test_a_yes_after_the_hold_lapsed_and_the_time_was_taken_is_not_booked(tmp_path):
    r = await review(LAPSED_THEN_TAKEN, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    assert r.of_this_call() == []


# -- the hold's renewal gets no answer: a reservation may stand under a uid we never learnt -------

RENEWAL_UNANSWERED = (
    """
name: the hold lapses, its renewal times out, the caller says yes
now: "2026-11-24 09:00"
caller: "+4915112345678"
limits: {max_call: 1h}
turns:
"""
    + HELD_AT_MEHMET
    + """  - events:
      - {fault: {fail_next: {n: 500, kind: 5xx, endpoint: "* /v2/slots/reservations/*"}}}
      - {fault: {timeout_seconds: 0.2}}
      - {fault: {%(fault)s: {n: 1, kind: timeout, endpoint: "POST /v2/slots/reservations"}}}
      - {advance: %(advance)s}
    user: "Ähm ... ja, Tobias Brandt, buchen."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Wunderbar, Ihr Termin ist gebucht!"
    tools: [{name: book_appointment, status: %(status)s}]
expect:
  calendar: {holds: [%(left)s]}
"""
)


async def test_a_yes_after_a_renewal_without_answer_holds_the_slot_again_and_books(tmp_path):
    """The keep-alive's renewal timed out before Cal.com made a reservation (the row stays
    `reserving`); the caller's yes asks for the hold again and books with it."""
    scenario = RENEWAL_UNANSWERED % {
        "fault": "fail_next",
        "advance": "15m",
        "status": "booked",
        "left": "",
    }
    r = await review(scenario, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    _booked_one(
        r,
        utc_start="2026-11-27T09:00:00.000Z",
        service="Herrenhaarschnitt",
        stylist="Mehmet Yılmaz",
    )
    assert r.timeline.index("hold_answer_lost") < r.timeline.index("hold_renewed")
    assert r.heard_after_greeting[1].count("ist gebucht") == 1, r.heard_after_greeting[1]


async def test_a_yes_while_our_unseen_reservation_holds_the_slot_is_not_booked(tmp_path):
    """The renewal was made but its answer lost: Cal.com holds the slot under a uid the call
    never learnt, and answers "already reserved" when asked again. Nothing is booked around
    it, the caller hears no "gebucht", and `status` says the reservation has no answer and
    until when it can hold at most."""
    scenario = RENEWAL_UNANSWERED % {
        "fault": "lose_response_after_commit",
        "advance": "3m",
        "status": "not_booked",
        # the unseen reservation: no call can release what Cal.com never named to it
        "left": '{stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-27 10:00"}',
    }
    r = await review(scenario, tmp_path)
    assert r.outcome.passed, r.report
    assert r.outcome.error is None and r.status_exit == 0
    assert ledger_matches_calendar(r) == [], r.report
    assert "ist gebucht" not in r.heard_after_greeting[1], r.heard_after_greeting[1]
    assert r.of_this_call() == []
    assert [row.state.value for row in r.rows] == ["reserving"]
    (unseen,) = r.reservations  # lapses by itself: its uid was never learnt
    assert r.rows[0].reservation_until >= utc(unseen["reservationUntil"])
    assert any("Antwort auf die Reservierung fehlt" in line for line in r.status_lines)
    # the caller hears until when the time is blocked at the latest: the row's bound
    _, bound = spoken_forms(local({"start": r.rows[0].reservation_until.isoformat()}))
    assert f"spätestens bis {bound}" in r.heard_after_greeting[1], r.heard_after_greeting[1]
    assert "caller_told_free_at" in r.timeline
    (tool,) = [t for t in r.outcome.record.tools if t.name == "book_appointment"]
    assert tool.result["reason"] == "hold_unconfirmed"


# -- Cal.com answers the booking otherwise than accepted with a uid --------------------------------

ANSWERED_AS = (
    """
name: Cal.com answers the booking %(kind)s; the model says it is booked all the same
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
"""
    + HELD_AT_MEHMET
    + """  - events: [{fault: {answer_next: {kind: %(kind)s}}}]
    user: "Tobias Brandt. Ja, buchen Sie."
    model:
      - tool_calls:
          - name: book_appointment
            arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}
      - say: "Super, Ihr Termin ist gebucht!"
    tools: [{name: book_appointment, status: %(status)s}]
  - user: "Danke, tschüss!"
    model:
      - say: "Sehr gerne, auf Wiederhören!"
expect:
  ledger: {states: {%(state)s: 1}}
"""
)


def _answered(kind: str, status: str, state: str) -> str:
    return ANSWERED_AS % {"kind": kind, "status": status, "state": state}


def _verdict(r) -> str:
    (verdict,) = r.status_verdicts.values()
    return verdict


async def test_a_booking_cal_com_answers_pending_is_told_as_requested_to_the_end(tmp_path):
    r = await review(_answered("pending", "pending_approval", "pending"), tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    (booking,) = r.of_this_call()
    assert booking["status"] == "pending"
    (row,) = r.rows
    assert row.booking_uid == booking["uid"] and row.booking_status == "pending"
    after = " ".join(r.heard_after_greeting[1:])
    assert "gebucht" not in after.casefold(), after
    assert r.heard_after_greeting[1].count("angefragt") == 1, r.heard_after_greeting[1]
    goodbye = r.heard_after_greeting[2]
    assert goodbye.startswith("Angefragt ist: Herrenhaarschnitt am Freitag, 27. November, 10 Uhr")
    assert "noch bestätigen" in goodbye, goodbye
    assert _verdict(r) == "im Kalender"  # it holds the slot, and it is not confirmed:
    assert any("vom Salon noch nicht bestätigt" in line for line in r.status_lines), r.status_lines
    assert any(line.strip().startswith("Ledger:   pending") for line in r.status_lines)


async def test_a_booking_cal_com_answers_rejected_is_not_booked_and_the_goodbye_says_so(tmp_path):
    r = await review(_answered("rejected", "not_booked", "failed"), tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    (booking,) = r.of_this_call()
    assert booking["status"] == "rejected"
    after = " ".join(r.heard_after_greeting[1:])
    assert "ist gebucht" not in after and "Gebucht ist" not in after, after
    assert "nicht gebucht" in r.heard_after_greeting[1], r.heard_after_greeting[1]
    assert r.heard_after_greeting[2].startswith(
        "Nicht gebucht ist: Herrenhaarschnitt am Freitag, 27. November, 10 Uhr"
    ), r.heard_after_greeting[2]
    assert _verdict(r).startswith("nicht im Kalender"), r.status_lines


async def test_a_booking_answered_without_a_uid_is_booked_only_once_the_uid_is_found(tmp_path):
    """2xx without a uid: what happened is learned from Cal.com by the request id; the
    booking it shows (accepted) is what the caller hears, once, and the goodbye repeats."""
    r = await review(_answered("no_uid", "booked", "confirmed"), tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    booking = _booked_one(
        r,
        utc_start="2026-11-27T09:00:00.000Z",
        service="Herrenhaarschnitt",
        stylist="Mehmet Yılmaz",
    )
    (row,) = r.rows
    assert row.booking_uid == booking["uid"]
    assert r.timeline.index("booking_resolved") < r.timeline.index("booking_confirmed")
    assert r.heard_after_greeting[1].count("ist gebucht") == 1, r.heard_after_greeting[1]
    assert r.heard_after_greeting[2].startswith("Gebucht ist: Herrenhaarschnitt am Freitag")


# -- a move whose new slot is lost: the old appointment stands, and the caller hears so ----------

MOVE_REFUSED = """
name: Cal.com refuses the move, the old appointment stands
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
  - events: [{fault: {fail_next: {n: 1, kind: "400", endpoint: "POST /v2/bookings/*/reschedule"}}}]
    user: "Ja, genau. Kai Winter."
    model:
      - tool_calls:
          - name: reschedule_appointment
            arguments: {ref: "{find_my_appointments.appointments.0.ref}", slot_id: "{check_availability.slot_id}", customer_name: Kai Winter}
      - say: "Super, Ihr Termin ist jetzt auf Donnerstag um 11 Uhr verschoben."
    not_says: ["verschoben"]
    says: ["Mittwoch, 25. November um 11 Uhr"]
  - user: "Und mein alter Termin morgen, steht der noch?"
    model:
      - say: "Nein, der ist gelöscht."
    not_says: ["gelöscht"]
expect:
  calendar:
    bookings:
      - {stylist: Mehmet, service: Bartpflege, start: "2026-11-25 11:00", name: Kai Winter}
    accepted_count: 1
    no_hold_left: true
"""


async def test_a_refused_move_leaves_the_old_appointment_and_the_caller_hears_it_stands(tmp_path):
    r = await review(MOVE_REFUSED, tmp_path)
    assert r.outcome.passed, r.report
    _always(r)
    (booking,) = r.live_bookings()
    assert booking["start"] == "2026-11-25T10:00:00.000Z"


# -- what the guard does not judge yet (agent/guard, agent/claims: another helper's) ----------
# A sentence that says a slot is free or held is not held against the hold: the model can name
# another time, stylist or weekday than the one the tools hold. These are the specifications;
# What the model says of a slot is held against what the tools held or offered (issue 9).

NAMED_OTHERWISE = """
name: the model says 'Freitag um zehn' while the tool held 9:30
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Fabian, service: Herrenhaarschnitt, start: "2026-11-27 10:00", name: Petra Lang}
turns:
  - user: "Freitag um zehn Herrenhaarschnitt bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Freitag, time: "10:00"}
      - tool_calls:
          - name: hold_slot
            arguments: {slot_id: "{check_availability.alternatives.0.slot_id}"}
      - say: "Freitag um 10 Uhr bei Fabian ist frei, ich habe ihn für Sie reserviert. Soll ich buchen?"
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""

WEEKDAY_WRONG = """
name: the model says 'Donnerstag, der 4. Dezember' (a Friday) about the held slot
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
  - user: "Freitag, 4. Dezember, Herrenhaarschnitt bei Mehmet um zehn."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: "4. Dezember", weekday: Freitag, time: "10:00"}
      - say: "Donnerstag, der 4. Dezember um 10 Uhr bei Mehmet ist für Sie reserviert."
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""


async def test_the_caller_hears_the_time_that_is_held_not_the_one_the_model_names(tmp_path):
    r = await review(NAMED_OTHERWISE, tmp_path)
    _always(r)
    assert (10, 0) not in times_heard(r.heard_after_greeting[0]), r.heard_after_greeting[0]


async def test_a_weekday_that_does_not_fit_the_date_does_not_reach_the_caller(tmp_path):
    r = await review(WEEKDAY_WRONG, tmp_path)
    _always(r)
    assert weekday_mismatches(r.heard, 2026) == [], r.heard


OTHER_STYLIST = """
name: the tool held Fabian, the model says 'bei Mehmet ist für Sie reserviert'
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
  - user: "Freitag um zehn Herrenhaarschnitt bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Freitag, time: "10:00"}
      - say: "Freitag um 10 Uhr bei Mehmet ist für Sie reserviert. Auf welchen Namen darf ich buchen?"
    tools: [{name: check_availability, status: held}]
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""


async def test_the_caller_hears_the_stylist_who_is_held_not_the_one_the_model_names(tmp_path):
    r = await review(OTHER_STYLIST, tmp_path)
    _always(r)
    heard = r.heard_after_greeting[0]
    assert "Mehmet" not in heard, heard
    assert "Fabian" in heard and "10 Uhr" in heard, heard
    assert "Auf welchen Namen" in heard, heard  # the question still reaches the caller


NOTHING_HELD = """
name: the tool asked back (the salon is closed on Monday), the model says 'frei und reserviert'
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
  - user: "Montag um zehn einen Herrenhaarschnitt bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Montag, time: "10:00"}
      - say: "Montag um 10 Uhr ist frei und für Sie reserviert. Wie ist Ihr Name?"
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""


async def test_a_slot_said_to_be_reserved_when_nothing_is_held_does_not_reach_the_caller(tmp_path):
    r = await review(NOTHING_HELD, tmp_path)
    _always(r)
    heard = r.heard_after_greeting[0]
    assert "frei" not in heard and "Montag" not in heard, heard
    assert "Reserviert ist für Sie noch nichts." in heard, heard
    assert "Wie ist Ihr Name?" in heard, heard
    assert not [row for row in r.rows if row.state.value in ("held", "reserving")], r.rows


OFFERED_TIME = """
name: the tool offered alternatives; the model offers one of them and then one it invented
now: "2026-11-24 09:00"
caller: "+4915112345678"
calendar:
  bookings:
    - {stylist: Fabian, service: Herrenhaarschnitt, start: "2026-11-27 10:00", name: Petra Lang}
turns:
  - user: "Freitag um zehn Herrenhaarschnitt bei Fabian."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Fabian, date: Freitag, time: "10:00"}
      - say: "Um 10 Uhr ist leider belegt. {check_availability.alternatives.0.spoken} ginge bei Fabian."
    tools: [{name: check_availability, status: unavailable}]
  - user: "Und um sieben Uhr abends?"
    model:
      - say: "Um 19 Uhr wäre bei Fabian auch noch frei. Passt Ihnen das?"
  - events: [{hangup: true}]
expect:
  ledger: {no_confirmed: true}
"""


async def test_an_offered_alternative_reaches_the_caller_and_an_invented_one_does_not(tmp_path):
    r = await review(OFFERED_TIME, tmp_path)
    _always(r)
    first, second = r.heard_after_greeting[0], r.heard_after_greeting[1]
    assert "ginge bei Fabian" in first, first  # an alternative the tool returned: unchanged
    assert "19 Uhr" not in second, second
    assert "Frei wäre" in second and "Passt Ihnen das?" in second, second
