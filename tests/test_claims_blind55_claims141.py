"""claims141's classes (issue 9, blind 55), in words of neither corpus file: the model that narrates
its tools and the model that hedges. A tool call announced by its function's name with a slot is
the booking of that slot announced (670), without one a step under way (neutral); a function's
name failing is no act of its own; a request handed to the system with its result promised back
is a step in the call. A tool's status word as the caller's predicate, with the salon named, is
the request with the salon (1, 43), and shown or set on the appointment is that status; a dict
read out with single quotes is a status line; a result's alternatives are the slots offered. A
status or a message's arrival said with "should" keeps its claim (511); a frame that announces
how the answer is put, a best guess and a narrated step's label claim nothing of their own."""

from __future__ import annotations

import pytest

from tests.claims_support import BOOKED_FRIDAY, CANCELLED_FRIDAY, EVERYWHERE, passes_in

PENDING = frozenset({"pending"})
OFFERED = frozenset({"offered"})
MESSAGE = frozenset({"message"})


@pytest.mark.parametrize(
    ("called", "plain", "lang"),
    [("Calling book_appointment right now for Friday at 10 with Fabian.",
      "I'm booking you in now for Friday at 10 with Fabian.", "en"),
     ("OK, calling the booking tool for Saturday at 11 with Lena.",
      "I'm booking you in now for Saturday at 11 with Lena.", "en"),
     ("Ich rufe jetzt book_appointment für Samstag um 11 Uhr bei Lena auf.",
      "Ich buche jetzt für Samstag um 11 Uhr bei Lena.", "de")],
)  # fmt: skip
def test_a_booking_tool_called_with_a_slot_is_the_booking_of_that_slot_announced(
    called, plain, lang
):
    assert passes_in(called, lang) == passes_in(plain, lang) != EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Calling book_appointment now, hang on.", "en"),
     ("I'm calling find_my_appointments now.", "en"),
     ("Ich rufe jetzt hold_slot auf, einen Moment bitte.", "de"),
     ("Ich rufe jetzt transfer_call auf und stelle Sie zu Lena durch.", "de"),
     ("take_message lieferte einen Fehler, ich versuche es gleich noch einmal.", "de"),
     ("I'll pass the details to the system and get back to you with the answer.", "en"),
     ("Ich gebe jetzt die Daten an das System weiter und melde mich dann mit dem Ergebnis.", "de")],
)  # fmt: skip
def test_a_tool_step_with_nothing_named_or_failing_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


def test_a_cancellation_tool_told_failed_is_the_cancellation_not_done():
    # the lead's D68 (convention 1160): this call's cancellation told failed, by its tool's name
    said = "cancel_appointment came back with an error, so I'll try once more."
    assert passes_in(said, "en") == EVERYWHERE - {"cancelled"}


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("You're kind of 'pending' until the salon gives the okay.", "en", PENDING),
     ("Sie sind sozusagen „pending“, bis der Salon das freigibt.", "de", PENDING),
     ("Your request is still 'pending' with the salon.", "en", PENDING),
     ("You're pending for now.", "en", EVERYWHERE),
     ("Sie sind gerade „pending“.", "de", EVERYWHERE)],
)  # fmt: skip
def test_pending_said_of_the_caller_is_the_request_with_the_salon_only_with_the_salon_named(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Bei Ihnen steht jetzt „cancelled“.", "de", CANCELLED_FRIDAY),
     ("Ihr Termin wurde auf 'cancelled' gesetzt.", "de", CANCELLED_FRIDAY),
     ("Bei Ihnen steht „rescheduled“, neu ist Donnerstag 15 Uhr.", "de", frozenset({"moved"}))],
)  # fmt: skip
def test_a_status_shown_or_set_on_the_appointment_is_that_status(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("The result says: {'status': 'pending_approval'} — it's with the salon now.", "en", PENDING),
     ("Das Ergebnis lautet: {'status': 'pending_approval'}.", "de", PENDING),
     ("Result: not_booked, alternatives Thursday 15:00 and Saturday 11:00.", "en", OFFERED),
     ("Status not_booked; Alternativen: Donnerstag um 15 Uhr und Samstag um 11 Uhr.", "de",
      OFFERED)],
)  # fmt: skip
def test_a_tool_result_read_out_is_the_state_it_reports_and_the_slots_it_offers(
    sentence, lang, expected
):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Yes — your booking should show as cancelled by now.", "en", CANCELLED_FRIDAY),
     ("If the sync worked, it should show as cancelled now.", "en", EVERYWHERE),
     ("Your message should have reached the salon by now.", "en", MESSAGE),
     ("Ihre Nachricht ist laut Kalender für Fabian hinterlegt.", "de", MESSAGE),
     ("The message hasn't reached the salon, I'm afraid.", "en", EVERYWHERE),
     ("Ob die Nachricht hinterlegt wurde, sehe ich leider nicht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_status_or_a_message_said_with_should_keeps_its_claim(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "caller", "expected"),
    [("Put it this way: it's cancelled.", "en", "", CANCELLED_FRIDAY),
     ("Sagen wir es mal so: storniert ist er.", "de", "", CANCELLED_FRIDAY),
     ("My guess is that it's cancelled, but check your texts.", "en", "", CANCELLED_FRIDAY),
     ("Step two done: I found your appointment — Friday at 10 with Fabian.", "en",
      "I'd like to move my appointment.", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_frame_a_guess_or_a_steps_label_before_the_claim_claims_nothing_of_its_own(
    sentence, lang, caller, expected
):
    assert passes_in(sentence, lang, caller) == expected
