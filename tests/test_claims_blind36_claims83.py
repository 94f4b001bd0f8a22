"""Blind round 36's leftovers in claims83's share, as classes: the caller's visit named by what it
takes up (the caller's time, hour or chair with an outcome said of it, the caller's name on a slot
or off a day); a denial told in a German factive frame; an English emotive frame over the
caller's appointment; the outcome in the head of a pseudo-cleft with the appointment or its day in
the focus; and the nearest sentences that must still pass. Sentences in words of neither corpus
file nor claims83's probe."""

from __future__ import annotations

import pytest

from tests.claims_support import (
    BOOKED_ANY,
    BOOKED_FRIDAY,
    CANCELLED_FRIDAY,
    EVERYWHERE,
    NOT_BOOKED,
    passes_in,
)


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihre Zeit bei Fabian am Freitag ist jetzt vermerkt.", "de", BOOKED_FRIDAY),
     ("Ihre Stunde am Freitag wurde storniert.", "de", CANCELLED_FRIDAY),
     ("Your seat with Fabian on Friday is confirmed.", "en", BOOKED_FRIDAY),
     ("Your hour on Friday has been cancelled.", "en", CANCELLED_FRIDAY)],
)  # fmt: skip
def test_the_callers_time_or_chair_with_an_outcome_is_the_appointment(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Ihr Name wurde aus dem Freitagskalender entfernt.", "de", CANCELLED_FRIDAY),
     ("I've crossed your name off the Friday schedule.", "en", CANCELLED_FRIDAY),
     ("Der Platz am Freitag um zehn trägt nun Ihren Namen.", "de", BOOKED_FRIDAY),
     ("Friday at ten bears your name.", "en", BOOKED_FRIDAY)],
)  # fmt: skip
def test_the_callers_name_on_a_slot_or_off_a_day_is_the_outcome_there(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [("Ihre Zeit ist uns wichtig.", "de"),
     ("Der Stuhl am Fenster ist frisch bezogen.", "de"),
     ("Ihr Name ist bei uns gespeichert.", "de"),
     ("Your time matters to us.", "en"),
     ("Your name is on our mailing list.", "en")],
)  # fmt: skip
def test_time_chair_and_name_without_an_outcome_claim_nothing(sentence, lang):
    assert passes_in(sentence, lang) == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    ["Ich habe bemerkt, dass Ihr Termin noch nicht gebucht ist.",
     "Leider kann ich Ihnen nur sagen, dass bisher nichts eingetragen ist.",
     "Ich sehe hier, dass Ihr Termin überhaupt nicht eingetragen ist."],
)  # fmt: skip
def test_a_denial_in_a_german_factive_frame_is_the_denial(sentence):
    assert passes_in(sentence, "de") == NOT_BOOKED


def test_a_belief_over_a_denial_is_no_factive_frame():
    assert passes_in("Sie glauben, dass noch nichts gebucht ist.", "de") == EVERYWHERE


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm really happy your booking went through.",
        "I'm relieved that your appointment is booked.",
    ],
)
def test_an_english_emotive_frame_over_the_appointment_asserts_it(sentence):
    assert passes_in(sentence, "en") == BOOKED_ANY


def test_an_emotive_frame_over_anything_else_claims_nothing():
    assert passes_in("I'm glad you rang us today.", "en") == EVERYWHERE


@pytest.mark.parametrize(
    ("sentence", "lang", "expected"),
    [("Was gestrichen wurde, ist Ihr Freitagstermin.", "de", CANCELLED_FRIDAY),
     ("Was wir abgesagt haben, ist der Montag.", "de", set()),
     ("Was jetzt fix ist, ist Ihr Termin.", "de", BOOKED_ANY),
     ("What's been scrapped is your Friday appointment.", "en", CANCELLED_FRIDAY),
     ("What we've cancelled is the Tuesday.", "en", set()),
     ("What's confirmed now is your appointment.", "en", BOOKED_ANY)],
)  # fmt: skip
def test_a_pseudo_clefts_outcome_is_said_of_its_focus(sentence, lang, expected):
    assert passes_in(sentence, lang) == expected


def test_a_pseudo_cleft_with_no_appointment_in_focus_claims_nothing():
    assert passes_in("What's confirmed is that we open at nine.", "en") == EVERYWHERE
