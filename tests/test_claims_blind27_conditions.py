"""Blind round 27's false passes, part A (claims47), as classes: an outcome under an open
condition (on someone else's answer: not booked yet; on the booking's own success: the booking
under way, convention 100); the agent's questions that bring up the caller's appointment, the
hold, the cancellation or the booking's text (conventions 45, 77, 101); the time since an outcome
and the time until the hold is freed or until the visit (89, 45); references back in the call;
a full day but one slot (2); the salon's performative confirmation of the appointments; and the
nearest sentences that must still pass. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    EVERYWHERE,
    HELD,
    NOT_BOOKED,
    passes_in,
)

TWO = {"two"}  # Saturday 29 November 11:00 with Lena beside Friday
TEXTED = BOOKED_ANY - {"no_sms"}  # booked where the salon confirms by text


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Vorausgesetzt, der Kalender gibt grünes Licht, sind Sie gleich eingetragen.", "de"),
     ("Gibt das System sein Okay, haben Sie den Termin.", "de"),
     ("Assuming the calendar says yes, you'll be in.", "en"),
     ("So long as the system agrees, the slot will be yours.", "en")],
)  # fmt: skip
def test_an_outcome_under_someone_elses_answer_says_it_is_not_booked_yet(sentence, lang):
    assert passes_in(sentence, lang) == NOT_BOOKED


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Läuft die Buchung durch, sind Sie eingetragen.", "de"),
     ("Wenn nichts dazwischenkommt, stehen Sie gleich im Kalender.", "de"),
     ("If it all goes smoothly, you're booked in.", "en"),
     ("Provided nothing goes wrong, you'll be in the system.", "en")],
)  # fmt: skip
def test_an_outcome_under_the_bookings_own_success_is_the_booking_under_way(sentence, lang):
    # convention 100: the gated labels read "Wenn es klappt, sind Sie eingetragen" so
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Soll ich Ihnen Ihren Termin noch einmal zusammenfassen?", "de"),
     ("Möchten Sie Ihren Termin gleich im Telefon speichern?", "de"),
     ("Shall I run through your booking once more?", "en")],
)  # fmt: skip
def test_a_question_about_the_callers_own_appointment_takes_it_as_booked(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Wann war Ihr letzter Termin bei uns?", "de"),
     ("Haben Sie schon einen Termin bei uns?", "de"),
     ("Do you remember which day your appointment is?", "en"),
     ("Haben Sie die SMS schon bekommen?", "de")],
)  # fmt: skip
def test_a_question_for_an_appointment_or_a_text_takes_none_as_made(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Möchten Sie aus der Reservierung eine verbindliche Buchung machen?", "de", HELD),
     ("Can I convert your reservation into a firm booking?", "en", HELD),
     ("Soll ich Ihnen die Absage noch per SMS bestätigen?", "de", {"cancelled"}),
     ("Shall I confirm the cancellation in writing?", "en", {"cancelled"}),
     ("Haben Sie die SMS zu Ihrer Buchung bekommen?", "de", BOOKED_ANY),
     ("Did the confirmation of your booking reach you?", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_question_takes_the_hold_the_cancellation_or_the_booking_it_names(
    sentence, lang, expected
):
    # conventions 77 and 101: asked whether it arrived, no text is said sent
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Seit zwei Minuten ist Ihr Termin eingetragen.", "de"),
     ("Your booking has been confirmed since a moment ago.", "en"),
     ("It went into the book just now.", "en")],
)  # fmt: skip
def test_the_time_since_an_outcome_changes_nothing_of_it(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


def test_a_span_said_of_someone_else_claims_nothing():
    assert passes_in("Seit zehn Jahren ist Fabian bei uns.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Um zwölf wird der Platz wieder freigegeben, falls Sie nicht zustimmen.", "de"),
     ("The slot opens up again at twelve unless you confirm.", "en"),
     ("I can keep it for you for a few more minutes.", "en")],
)  # fmt: skip
def test_the_hold_freed_unless_the_caller_says_yes_presupposes_it(sentence, lang):
    # convention 89: a clock time is the hold's end, not the slot's
    assert passes_in(sentence, lang) == HELD


def test_a_rule_for_every_hold_claims_nothing():
    assert passes_in("Reservations lapse after ten minutes.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Noch zwei Tage bis zu Ihrem Termin!", "de", BOOKED_FRIDAY),
     ("Two more sleeps until your appointment!", "en", BOOKED_FRIDAY),
     ("Only three more days until your visit.", "en", TWO)],
)  # fmt: skip
def test_a_countdown_to_the_visit_is_a_booking_on_the_day_it_counts_to(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("What we discussed is in the book now.", "en", BOOKED_ANY),
     ("The one we chose earlier is confirmed.", "en", BOOKED_ANY),
     ("Das mit dem Termin von vorhin ist abgesagt.", "de", {"cancelled"}),
     ("Die zweite Option – Donnerstag um 15 Uhr – ist jetzt Ihr neuer Termin.", "de", {"moved"}),
     ("Wie gehabt: Ihr Termin bleibt.", "de", BOOKED_FRIDAY),
     ("Ist Ihnen klar, dass Ihr Termin unverändert bleibt?", "de", BOOKED_FRIDAY)],
)  # fmt: skip
def test_a_reference_back_is_read_as_what_it_points_to(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Das von vorhin schaue ich mir gleich an.", "de"),
     ("What we discussed earlier, I'll look into now.", "en")],
)  # fmt: skip
def test_a_reference_back_to_what_is_still_to_do_claims_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Lena ist am Samstag ausgebucht, außer um elf.", "de", {"offered", "two"}),
     ("Lena is fully booked on Saturday apart from eleven.", "en", {"offered", "two"}),
     ("Lena ist am Samstag ausgebucht.", "de", EVERYWHERE)],
)  # fmt: skip
def test_a_full_day_but_one_slot_names_that_slot_free(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Hiermit bestätigen wir Ihre zwei Termine.", "de", TWO),
     ("We confirm your appointment with Lena.", "en", TWO),
     ("Since it's booked, you'll find it in your messages in a moment.", "en", TEXTED)],
)  # fmt: skip
def test_the_salons_confirmation_of_the_appointments_says_what_it_names(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
