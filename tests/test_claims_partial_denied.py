"""Partial outcomes of two appointments (probe29, claims57): one part says an appointment is
booked, a later part says the other did not work out. Each part must be true of its own
appointment: the sentence passes where the first is booked and the other is not, and is stopped
where both are booked (state 'two'), or where the first is not. A part that denies nothing of an
appointment of its own leaves a plain booking as it is. Sentences in words of neither corpus file."""

from __future__ import annotations

import pytest

from tests.claims_support import passes_in

ONLY_FRIDAY = {"booked", "no_sms"}  # Friday 10:00 booked, no Saturday appointment
ONE_OF_TWO = {"booked", "moved", "no_sms"}  # one confirmed appointment, no second
PERM_ONLY = {"booked", "moved", "no_sms"}  # the perm with Fabian booked, no highlights


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Freitag um zehn ist eingetragen, der Samstag ging leider nicht mehr.", "de", ONLY_FRIDAY),
     ("Your Friday appointment is booked, but Saturday wasn't possible.", "en", ONLY_FRIDAY),
     ("Die Dauerwelle ist gebucht, die Strähnchen bei Lena konnte ich nicht unterbringen.", "de",
      PERM_ONLY),
     ("The perm is booked, but I couldn't squeeze the highlights in.", "en", PERM_ONLY)],
)  # fmt: skip
def test_a_booking_beside_a_named_appointment_that_did_not_work_out(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Einer von zwei Terminen ist gebucht, der zweite leider nicht.", "de"),
     ("The first one is booked, the other one isn't.", "en")],
)  # fmt: skip
def test_one_of_two_booked_and_the_other_not_is_false_where_both_are(sentence, lang):
    assert passes_in(sentence, lang) == ONE_OF_TWO


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Termin am Freitag ist gebucht, Sie brauchen nichts mitzubringen.", "de",
      {"booked", "two", "no_sms"}),
     ("Friday is booked, and no, there's no deposit.", "en", {"booked", "two", "no_sms"}),
     ("Friday is booked and Saturday too, nothing is missing.", "en", {"two"})],
)  # fmt: skip
def test_a_denial_of_nothing_of_its_own_leaves_the_booking(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected
