"""Blind round 20, the last misses (claims36), stated in sentences of neither the blind file nor
its probes. The call is the corpus's: now is Wednesday 26 November 2025, the call's appointment
Friday 28 November 10:00 with Fabian (Dauerwelle); in "moved" it went to Thursday 15:00.
"""

from __future__ import annotations

import pytest

from agent.claims.adverb_after import without_adverb_after
from tests.claims_support import BOOKED_ANY, passes_in
from tests.corpus.claims_corpus import STATES

# -- an adverb after the participle never stops it from being read ----------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The appointment is set now.", "en"),
        ("Your booking is set then.", "en"),
        ("Your appointment's in already.", "en"),
        ("The appointment's locked in already.", "en"),
        ("The appointment was confirmed already.", "en"),
        ("You're in now.", "en"),
        ("You're all set too.", "en"),
        ("That's in as well.", "en"),
        ("Er, the booking is set now.", "en"),
        ("Ihr Termin ist eingetragen jetzt.", "de"),
        ("Der Termin ist fest nun.", "de"),
        ("Ihr Termin ist bestätigt schon.", "de"),
    ],
)
def test_a_booking_participle_followed_by_an_adverb_is_a_booking_claim(sentence, lang):
    assert passes_in(sentence, lang) == BOOKED_ANY


@pytest.mark.parametrize(
    ("sentence", "lang", "state"),
    [
        ("Your appointment is called off now.", "en", "cancelled"),
        ("The booking is cancelled too.", "en", "cancelled"),
        ("Ihr Termin ist abgesagt jetzt.", "de", "cancelled"),
        ("Your appointment is moved now.", "en", "moved"),
        ("Der Termin ist verlegt schon.", "de", "moved"),
    ],
)
def test_a_cancellation_or_move_participle_followed_by_an_adverb_is_read(sentence, lang, state):
    assert passes_in(sentence, lang) == {state}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten o'clock is booked already.",  # another's slot, as "already booked"
        "Is it set now?",
        "It's now booked for Friday.",
        "The appointment is set for Friday.",
    ],
)
def test_what_the_adverb_step_leaves_as_said(sentence):
    assert without_adverb_after(sentence) is None


def test_another_clients_slot_booked_already_claims_nothing():
    assert passes_in("Ten o'clock is booked already.", "en") == set(STATES)


# -- a day said before and corrected, an apology opening the slot -----------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Verzeihung, ich hatte vorhin Donnerstag gesagt – gebucht ist Freitag um zehn.", "de"),
        ("My mistake, I said Thursday before – you're booked for Friday at ten.", "en"),
    ],
)
def test_the_day_said_before_and_corrected_is_no_part_of_the_claim(sentence, lang):
    assert passes_in(sentence, lang) == {"booked", "two", "no_sms"}


def test_an_apology_before_a_verbless_slot_leaves_the_slot_to_the_verdict_after_it():
    sentence = "Pardon, Korrektur: Freitag um zehn, nicht Samstag. Ist drin."
    assert passes_in(sentence, "de") == {"booked", "two", "no_sms"}


# -- out of the book, cancelled in its own word -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ihr Termin am Freitag um zehn ist raus.",
        "Also, äh, Ihr Freitagstermin, der ist jetzt raus, storniert.",
        "Ihr Termin am Freitag ist weg.",
    ],
)
def test_the_callers_day_said_out_is_cancelled_and_not_also_booked(sentence):
    assert passes_in(sentence, "de") == {"cancelled"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Bei uns ist nichts mehr eingetragen, Sie haben den Freitag ja storniert.",
        "Da ist nichts mehr für Sie, den Termin haben Sie abgesagt.",
    ],
)
def test_nothing_left_beside_a_cancellation_said_is_no_move(sentence):
    assert passes_in(sentence, "de") == {"cancelled"}


def test_nothing_left_beside_a_move_still_reads_the_move():
    assert passes_in("Bei uns ist nichts mehr, der Freitag ist ja verschoben.", "de") == {"moved"}


# -- the failure of another appointment, the visit as planned ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Freitag um zehn ist eingetragen. Die andere Buchung ist leider fehlgeschlagen.", "de"),
        ("You're booked for Friday at ten. The second appointment failed, sorry.", "en"),
    ],
)
def test_a_failure_said_of_another_appointment_takes_back_nothing(sentence, lang):
    """Convention 171: the other appointment said failed is a part of its own, not booked (false
    where both are booked, state 'two'); the Friday booking stays."""
    assert passes_in(sentence, lang) == {"booked", "no_sms"}


def test_a_failure_said_of_the_booking_itself_still_takes_it_back():
    sentence = "Freitag um zehn ist eingetragen. Die Buchung ist leider fehlgeschlagen."
    assert passes_in(sentence, "de") == set()


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Sie dürfen wie vereinbart am Freitag kommen.", "de"),
        ("You can still come in on Friday as arranged.", "en"),
    ],
)
def test_the_caller_told_to_come_as_planned_says_the_visit_stands(sentence, lang):
    assert passes_in(sentence, lang) == {"booked", "two", "no_sms"}


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Der Termin ist storniert. Sie dürfen wie vereinbart am Freitag kommen.", "de"),
        ("Friday is called off. You can still come in on Friday as arranged.", "en"),
    ],
)
def test_cancelled_and_come_as_planned_is_true_in_no_state(sentence, lang):
    assert passes_in(sentence, lang) == set()


# -- a joke taken back, a pleasantry about the call -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Ziehen Sie am Freitag was Warmes an, wenn Sie kommen – nein, nur Spaß.", "de"),
        ("Bring sunglasses when you come in on Friday – no, only joking.", "en"),
    ],
)
def test_a_joke_taken_back_keeps_the_visit_it_presupposed(sentence, lang):
    assert passes_in(sentence, lang) == {"booked", "two", "no_sms"}


def test_a_self_repair_without_a_joke_still_takes_back_the_day():
    sentence = "Ihr Termin ist am Donnerstag – nein, am Freitag."
    assert "booked" in passes_in(sentence, "de")


@pytest.mark.parametrize(
    "sentence",
    [
        "It was really lovely talking to you today.",
        "It's been great chatting with you this morning.",
    ],
)
def test_a_pleasantry_about_the_call_claims_no_visit(sentence):
    assert passes_in(sentence, "en") == set(STATES)


def test_back_then_is_a_time_not_a_participle_and_its_adverb():
    assert without_adverb_after("Your October appointment was with Lena back then.") is None
